package dev.rhoaikrm.core.result;

import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The results a run collects, in the order they were found. */
public final class Results {
    private final List<Result> all = new ArrayList<>();
    /** Counted as they come: the pipeline asks after every intent. */
    private int errors;

    public void add(Result result) {
        all.add(result);
        if (result.severity() == Severity.ERROR) {
            errors++;
        }
    }

    public void error(SourceObject about, String fieldPath, String message) {
        add(about, Severity.ERROR, fieldPath, message);
    }

    public void warning(SourceObject about, String fieldPath, String message) {
        add(about, Severity.WARNING, fieldPath, message);
    }

    public void info(SourceObject about, String fieldPath, String message) {
        add(about, Severity.INFO, fieldPath, message);
    }

    private void add(SourceObject about, Severity severity, String fieldPath, String message) {
        add(new Result(severity, message, about == null ? null : about.summary(), fieldPath,
                about == null ? null : about.file(), about == null ? 0 : about.indexInFile()));
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    public List<Result> all() {
        return Collections.unmodifiableList(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
