package dev.rhoaikrm.core.result;

import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The results a run collects, in the order they were found. */
public final class Results {
    private final List<Result> all = new ArrayList<>();

    public void add(Result result) {
        all.add(result);
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
        all.add(new Result(severity, message, about == null ? null : about.summary(), fieldPath,
                about == null ? null : about.file(), about == null ? 0 : about.indexInFile()));
    }

    /**
     * Strict mode: every warning becomes an error, its message marked so, in its place. A warning
     * says a check could not run or something looks wrong; where nobody reads warnings (kustomize
     * and ArgoCD show a plugin's messages only when it fails) strict mode makes them stop the render.
     */
    public void warningsAsErrors(String why) {
        all.replaceAll(r -> r.severity() != Severity.WARNING ? r
                : new Result(Severity.ERROR, r.message() + " [" + why + "]", r.resource(), r.fieldPath(), r.file(), r.index()));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(r -> r.severity() == Severity.ERROR);
    }

    public int errorCount() {
        return (int) all.stream().filter(r -> r.severity() == Severity.ERROR).count();
    }

    public List<Result> all() {
        return Collections.unmodifiableList(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
