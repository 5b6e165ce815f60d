package dev.rhoaikrm.core.importing;

import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Severity;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report of {@code rhoai-krm import}, written for the review before the hand-written files go:
 * per intent, each object it replaces with its differences (each marked as a fix the function's
 * README documents, or "review"), then the files to delete, the objects kept as plain YAML, the
 * folders and files left out, and a closing count.
 */
final class ImportReport {
    /** One difference between a hand-written object and what its intent generates. */
    record Difference(String path, String change, Optional<Importable.Fix> fix) {
        String line() {
            String text = path.startsWith("(") ? change : path + ": " + change;
            return text + fix.map(f -> "  [fix: " + f.name() + "]").orElse("  [review]");
        }
    }

    /** A hand-written object (null for a generated object no hand-written one matches) and its differences. */
    record Compared(String object, SourceObject hand, List<Difference> differences) {
    }

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder notImported = new StringBuilder();
    private int proposalsDropped;
    private final Set<String> fixesUsed = new LinkedHashSet<>();
    /** Each file an intent replaces objects of, and how: whole, partly (other objects stay), or not reproduced. */
    private enum Replaced { WHOLE, PARTLY, NOT_REPRODUCED }

    private final Map<String, Replaced> replacedFiles = new LinkedHashMap<>();
    private int intents;
    private int replaced;
    private int documented;
    private int review;

    void intent(String intent, String target, List<String> notes, List<Compared> compared) {
        intents++;
        text.append("# ").append(intent).append(" -> ").append(target).append('\n');
        notes.forEach(n -> text.append("#   note: ").append(n).append('\n'));
        for (Compared c : compared) {
            int n = c.differences().size();
            text.append("#   ").append(c.object());
            if (c.hand() != null) {
                replaced++;
                replacedFiles.putIfAbsent(c.hand().file(), Replaced.WHOLE);
                if (c.differences().stream().anyMatch(d -> d.fix().isEmpty())) {
                    // never listed for deletion: what the differences show would be lost
                    replacedFiles.put(c.hand().file(), Replaced.NOT_REPRODUCED);
                }
                text.append(" (").append(c.hand().file()).append(')');
            }
            text.append(n == 0 ? ": reproduced exactly" : ": " + count(n, "difference")).append('\n');
            for (Difference d : c.differences()) {
                text.append("#     ").append(d.line()).append('\n');
                d.fix().ifPresentOrElse(f -> {
                    documented++;
                    fixesUsed.add(f.name());
                }, () -> review++);
            }
        }
    }

    /** A function that imports none of the objects it would take, and its notes saying why. */
    void nothingImported(String function, List<String> notes) {
        text.append("# ").append(function).append(": nothing imported\n");
        notes.forEach(n -> text.append("#   note: ").append(n).append('\n'));
    }

    /** A proposed intent that does not render: it is not written, and its objects stay as plain YAML. */
    void notImported(String intent, List<SourceObject> objects, List<String> errors) {
        proposalsDropped++;
        notImported.append("#   ").append(intent).append(" for ").append(String.join(", ", objects.stream()
                .map(o -> o.summary().kind() + "/" + o.summary().name()).toList())).append('\n');
        errors.forEach(e -> notImported.append("#     ").append(e).append('\n'));
    }

    /** The objects no function took, and the files whose objects were only partly replaced. */
    void kept(List<SourceObject> objects) {
        if (proposalsDropped > 0) {
            text.append("# not imported (the intent proposed for them does not render; they stay as plain YAML): ")
                    .append(count(proposalsDropped, "intent")).append('\n').append(notImported);
        }
        if (objects.isEmpty()) {
            return;
        }
        objects.forEach(o -> replacedFiles.computeIfPresent(o.file(), (f, how) -> how == Replaced.WHOLE ? Replaced.PARTLY : how));
        text.append("# kept as plain YAML (no intent generates them; the notes above say why an importer left one): ").append(count(objects.size(), "object")).append('\n');
        for (SourceObject o : objects) {
            text.append("#   ").append(o.file()).append(": ").append(o.summary().kind()).append('/').append(o.summary().name()).append('\n');
        }
    }

    /**
     * What the directory reader did not import, each under a heading that says what it is: folders
     * it did not walk into (a Helm chart, build output: their results name the folder, ending in
     * "/"), documents that are no Kubernetes objects (info), and files it could not read (errors).
     */
    void leftOut(List<Result> results) {
        List<Result> folders = results.stream().filter(r -> r.file() != null && r.file().endsWith("/")).toList();
        List<Result> documents = results.stream().filter(r -> !folders.contains(r) && r.severity() != Severity.ERROR).toList();
        List<Result> unreadable = results.stream().filter(r -> !folders.contains(r) && r.severity() == Severity.ERROR).toList();
        list("folders not read (Helm charts, build output)", folders, "folder");
        list("skipped (not Kubernetes objects, such as patches)", documents, "file");
        list("skipped (not readable as YAML)", unreadable, "file");
    }

    private void list(String heading, List<Result> results, String what) {
        if (results.isEmpty()) {
            return;
        }
        long files = results.stream().map(Result::file).distinct().count();
        text.append("# ").append(heading).append(": ").append(count((int) files, what)).append('\n');
        results.forEach(r -> text.append("#   ").append(r.file() == null ? "" : r.file() + ": ").append(r.message()).append('\n'));
    }

    /** Objects saved from a cluster: the server-written fields import left out (see {@link ServerFields}). */
    void serverFields(int objects, java.util.Collection<String> fields) {
        if (objects > 0) {
            text.append("# ").append(count(objects, "object")).append(" saved from a cluster: left out of the intents and the comparison: ")
                    .append(String.join(", ", fields)).append('\n');
        }
    }

    /** A line about how the objects were read (kustomizations built, or why not). */
    void reading(String line) {
        text.append("# ").append(line).append('\n');
    }

    String finish() {
        List<String> whole = new ArrayList<>();
        List<String> partly = new ArrayList<>();
        List<String> notReproduced = new ArrayList<>();
        replacedFiles.forEach((file, how) -> (how == Replaced.WHOLE ? whole : how == Replaced.PARTLY ? partly : notReproduced).add(file));
        StringBuilder out = new StringBuilder(text);
        if (!whole.isEmpty()) {
            out.append("# replaced files (delete them once the intents are in place): ").append(whole.size()).append('\n');
            whole.forEach(f -> out.append("#   ").append(f).append('\n'));
        }
        if (!partly.isEmpty()) {
            out.append("# partly replaced files (remove the replaced objects, keep the rest): ").append(partly.size()).append('\n');
            partly.forEach(f -> out.append("#   ").append(f).append('\n'));
        }
        if (!notReproduced.isEmpty()) {
            out.append("# files the intents do not reproduce (keep them: the [review] differences above would be lost; change the intent"
                    + " or the file until none is left): ").append(notReproduced.size()).append('\n');
            notReproduced.forEach(f -> out.append("#   ").append(f).append('\n'));
        }
        out.append("# ").append(count(intents, "intent")).append(" replace ").append(count(replaced, "object")).append(" in ")
                .append(count(whole.size() + partly.size() + notReproduced.size(), "file")).append("; ").append(count(documented + review, "difference"))
                .append(": ").append(documented).append(" documented fixes (").append(count(fixesUsed.size(), "kind"))
                .append("), ").append(review).append(" to review")
                .append(proposalsDropped == 0 ? "" : "; " + count(proposalsDropped, "intent") + " not imported").append('\n');
        return out.toString();
    }

    int toReview() {
        return review;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
