package dev.rhoaikrm.core.importing;

import dev.rhoaikrm.core.files.OutputTree;
import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.fn.Outcome;
import dev.rhoaikrm.core.fn.OutputForm;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.Directory;
import dev.rhoaikrm.core.frontdoor.ExitCodes;
import dev.rhoaikrm.core.frontdoor.Input;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.frontdoor.Terminal;
import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.result.Severity;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.core.yaml.Yaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rhoai-krm import DIR}: the way in for a repository of hand-written YAML. Each function
 * that can work backwards proposes intents for the objects it would generate; each intent is then
 * rendered and compared with the objects it replaces, field by field, so the report lists exactly
 * what the intent does not reproduce (the reference's mistakes, or settings the intent lacks).
 */
public final class Importer {
    private final List<FunctionImporter> importers;
    private final Environment environment;

    /** @param importers in the order they take objects: what one takes, the next does not see */
    public Importer(List<FunctionImporter> importers, Environment environment) {
        this.importers = List.copyOf(importers);
        this.environment = environment;
    }

    public int run(Path dir, Optional<Path> output, Io io) {
        return run(new Input(dir), output, io);
    }

    /** {@link #run(Path, Optional, Io)} of a directory, one file, or standard input. */
    public int run(Input input, Optional<Path> output, Io io) {
        Results unreadable = new Results();
        StringBuilder intents = new StringBuilder();
        ImportReport report = new ImportReport();
        List<SourceObject> objects = new ArrayList<>();
        java.util.Set<String> serverFields = new java.util.TreeSet<>();
        int exported = 0;
        List<SourceObject> asWritten = unwrapLists(Directory.read(input, io.stdin(), Optional.empty(), unreadable));
        // kustomizations are built only in a directory: a file or standard input is read as written
        KustomizeBuilds.Read read = input.isStdin() || input.isFile() ? new KustomizeBuilds.Read(asWritten, List.of())
                : KustomizeBuilds.read(input.path(), asWritten, environment);
        read.lines().forEach(report::reading);
        for (SourceObject o : read.objects()) {
            ServerFields.Stripped stripped = ServerFields.strip(o);
            exported += stripped.fields().isEmpty() ? 0 : 1;
            serverFields.addAll(stripped.fields());
            objects.add(stripped.object());
        }
        report.serverFields(exported, serverFields);
        // what one function takes, the next does not see (a DataScienceCluster's Application is not an explicit one too)
        List<SourceObject> unclaimed = new ArrayList<>(objects.stream()
                .filter(o -> !Pipeline.INTENT_GROUP.equals(o.summary().group())).toList());
        Map<String, Integer> written = new HashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (FunctionImporter fi : importers) {
            KrmFunction f = fi.function();
            Importable importable = fi.importer();
            for (Importable.Imported imported : importable.importFrom(List.copyOf(unclaimed))) {
                if (imported.intent() == null) {
                    report.nothingImported(f.name(), imported.notes());
                    continue;
                }
                String yaml = Yaml.dump(imported.intent());
                Outcome rendered = render(f, yaml, imported.renderedWith());
                if (rendered.failed()) {
                    // an intent that does not render is no way in: its objects stay as they are
                    report.notImported(describe(imported.intent()), imported.replaces(),
                            rendered.results().all().stream().filter(r -> r.severity() == Severity.ERROR).map(Result::toLine).toList());
                    continue;
                }
                unclaimed.removeAll(imported.replaces());
                String target = targetPath(imported, written);
                List<String> notes = new ArrayList<>(imported.notes());
                imported.renderedWith().forEach((k, v) -> notes.add("compared as rendered with " + k + "=" + v
                        + " (a stand-in: the intent leaves it to where it is rendered)"));
                report.intent(describe(imported.intent()), target, notes, compare(rendered, importable.fixes(), imported));
                if (output.isPresent()) {
                    files.put(target, yaml);
                } else {
                    intents.append(intents.length() > 0 ? "---\n" : "").append(yaml);
                }
            }
        }
        report.kept(unclaimed);
        report.leftOut(unreadable.all());
        if (output.isPresent()) {
            try {
                OutputTree.write(output.get(), files);
            } catch (OutputTree.Refused e) {
                io.err().println("rhoai-krm import: " + Terminal.escape(e.getMessage()));
                return ExitCodes.ERROR_RESULTS;
            }
        }
        io.out().print(intents);
        io.err().print(Terminal.escape(report.finish()));
        return ExitCodes.OK;
    }

    /**
     * The items of a v1 List (what {@code oc get -o yaml} writes for several objects) as objects of
     * its file: they are what was saved, the List only wraps them.
     */
    @SuppressWarnings("unchecked")
    private static List<SourceObject> unwrapLists(List<SourceObject> objects) {
        List<SourceObject> out = new ArrayList<>();
        for (SourceObject o : objects) {
            if (!"List".equals(o.summary().kind()) || !"v1".equals(o.summary().apiVersion())) {
                out.add(o);
                continue;
            }
            Object items = o.toMap().get("items");
            for (Object item : items instanceof List<?> l ? l : List.of()) {
                out.addAll(ObjectScanner.scan(SourceText.of(Yaml.dump(item)), o.file(), InputLimits.DEFAULT).documents());
            }
        }
        return out;
    }

    /** The intent beside the first object it replaces: DIR-of-that-file/KIND.NAME.yaml. */
    private static String targetPath(Importable.Imported imported, Map<String, Integer> written) {
        String file = imported.replaces().isEmpty() ? "" : imported.replaces().get(0).file();
        String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
        String name = describe(imported.intent()).replace('/', '.').toLowerCase(java.util.Locale.ROOT);
        String path = dir + name + ".yaml";
        int n = written.merge(path, 1, Integer::sum);
        return n == 1 ? path : path.replace(".yaml", "-" + n + ".yaml");
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> intent) {
        return intent.get("kind") + "/" + ((Map<String, Object>) intent.get("metadata")).get("name");
    }

    /** The intent rendered alone, by its own function, as the report compares it. */
    private Outcome render(KrmFunction f, String intentYaml, Map<String, String> with) {
        List<SourceObject> intent = ObjectScanner.scan(SourceText.of(intentYaml), "import", InputLimits.DEFAULT).documents();
        Map<String, String> variables = new HashMap<>(environment.variables());
        variables.putAll(with);
        return new Pipeline(List.of(f), false).run(intent, Optional.empty(), new Environment(variables, environment.workingDirectory()),
                OutputForm.MANIFESTS);
    }

    /**
     * Compares each object the rendered intent makes with the hand-written one it replaces:
     * the one of the same kind and name, else the one the importer says it renames, else the only
     * generated object of that kind left.
     */
    private static List<ImportReport.Compared> compare(Outcome outcome, List<Importable.Fix> fixes, Importable.Imported imported) {
        List<ImportReport.Compared> out = new ArrayList<>();
        Map<String, Map<String, Object>> made = new LinkedHashMap<>();
        for (Outcome.Out o : outcome.objects()) {
            if (o instanceof Outcome.Made m) {
                made.put(m.generated().summary().kind() + "/" + m.generated().summary().name(), Manifests.withoutGeneratedBy(m.generated().object()));
            }
        }
        for (SourceObject hand : imported.replaces()) {
            String kind = hand.summary().kind();
            String key = kind + "/" + hand.summary().name();
            List<ImportReport.Difference> differences = new ArrayList<>();
            String matched = made.containsKey(key) ? key : null;
            if (matched == null && imported.renamedTo().containsKey(hand) && made.containsKey(kind + "/" + imported.renamedTo().get(hand))) {
                matched = kind + "/" + imported.renamedTo().get(hand);
            }
            if (matched == null) {
                List<String> sameKind = made.keySet().stream().filter(k -> k.startsWith(kind + "/")).toList();
                matched = sameKind.size() == 1 ? sameKind.get(0) : null;
            }
            if (matched == null) {
                differences.add(difference(fixes, kind, Importable.Fix.NOT_GENERATED, "not generated"));
            } else {
                if (!matched.equals(key)) {
                    differences.add(difference(fixes, kind, Importable.Fix.RENAMED, "renamed to " + matched));
                }
                for (String d : ObjectDiff.diff(Manifests.withoutGeneratedBy(hand.toMap()), made.remove(matched))) {
                    String path = d.substring(0, d.indexOf(": "));
                    boolean renamed = !matched.equals(key) && path.equals("metadata.name");
                    if (!renamed) {
                        differences.add(difference(fixes, kind, path, d.substring(d.indexOf(": ") + 2)));
                    }
                }
            }
            out.add(new ImportReport.Compared(key, hand, differences));
        }
        made.keySet().forEach(k -> out.add(new ImportReport.Compared(k, null,
                List.of(difference(fixes, k.substring(0, k.indexOf('/')), Importable.Fix.GENERATED, "generated, not in the hand-written files")))));
        return out;
    }

    private static ImportReport.Difference difference(List<Importable.Fix> fixes, String kind, String path, String change) {
        return new ImportReport.Difference(path, change, fixes.stream().filter(x -> x.covers(kind, path, change)).findFirst());
    }
}
