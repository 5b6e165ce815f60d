package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Importable;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.ObjectDiff;
import dev.rhoaikrm.core.fn.Outcome;
import dev.rhoaikrm.core.fn.OutputForm;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.core.yaml.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rhoai-krm import DIR}: the way in for a repository of hand-written YAML. Each function
 * that can work backwards proposes intents for the objects it would generate; each intent is then
 * rendered and compared with the objects it replaces, field by field, so the report lists exactly
 * what the intent does not reproduce (the reference's mistakes, or settings the intent lacks).
 */
public final class Importer {
    private final List<KrmFunction> functions;
    private final Environment environment;

    public Importer(List<KrmFunction> functions, Environment environment) {
        this.functions = functions;
        this.environment = environment;
    }

    public int run(Path dir, Optional<Path> output, Io io) {
        Results unreadable = new Results();
        List<SourceObject> objects = Directory.read(dir, unreadable);
        if (unreadable.hasErrors()) {
            return new FrontDoors(new Pipeline(functions, true), "rhoai-krm", environment).finish(unreadable, io);
        }
        StringBuilder intents = new StringBuilder();
        StringBuilder report = new StringBuilder();
        Set<SourceObject> replaced = new HashSet<>();
        Map<String, Integer> written = new HashMap<>();
        for (KrmFunction f : functions) {
            if (!(f instanceof Importable importable)) {
                continue;
            }
            for (Importable.Imported imported : importable.importFrom(objects)) {
                replaced.addAll(imported.replaces());
                String yaml = Yaml.dump(imported.intent());
                String target = targetPath(imported, written);
                report.append("# ").append(describe(imported.intent())).append(" -> ").append(target).append('\n');
                report.append("#   replaces: ").append(String.join(", ", imported.replaces().stream()
                        .map(o -> o.summary().kind() + "/" + o.summary().name() + " (" + o.file() + ")").toList())).append('\n');
                imported.notes().forEach(n -> report.append("#   note: ").append(n).append('\n'));
                differences(f, yaml, imported.replaces()).forEach(d -> report.append("#   differs: ").append(d).append('\n'));
                if (output.isPresent()) {
                    write(output.get().resolve(target), yaml);
                } else {
                    intents.append(intents.length() > 0 ? "---\n" : "").append(yaml);
                }
            }
        }
        for (SourceObject o : objects) {
            if (!replaced.contains(o) && !Pipeline.INTENT_GROUP.equals(o.summary().group())) {
                report.append("# kept as plain YAML: ").append(o.summary().kind()).append('/').append(o.summary().name())
                        .append(" (").append(o.file()).append(")\n");
            }
        }
        io.out().print(intents);
        io.err().print(report);
        return ExitCodes.OK;
    }

    /** The intent beside the first object it replaces: DIR-of-that-file/NAME.KIND.yaml. */
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

    /** Renders the intent and compares each object it makes with the hand-written one of the same kind and name. */
    private List<String> differences(KrmFunction f, String intentYaml, List<SourceObject> replaces) {
        List<SourceObject> intent = ObjectScanner.scan(SourceText.of(intentYaml), "import", InputLimits.DEFAULT).documents();
        Outcome outcome = new Pipeline(List.of(f), false).run(intent, Optional.empty(), environment, OutputForm.MANIFESTS);
        List<String> out = new ArrayList<>();
        if (outcome.failed()) {
            outcome.results().all().forEach(r -> out.add("the intent does not render: " + r.toLine()));
            return out;
        }
        Map<String, Map<String, Object>> made = new LinkedHashMap<>();
        for (Outcome.Out o : outcome.objects()) {
            if (o instanceof Outcome.Made m) {
                made.put(m.generated().summary().kind() + "/" + m.generated().summary().name(), m.generated().object());
            }
        }
        for (SourceObject hand : replaces) {
            String key = hand.summary().kind() + "/" + hand.summary().name();
            Map<String, Object> generated = made.remove(key);
            if (generated == null) {
                // renamed on purpose (a Job named after what it downloads): the one object of its kind left
                List<String> sameKind = made.keySet().stream().filter(k -> k.startsWith(hand.summary().kind() + "/")).toList();
                if (sameKind.size() == 1) {
                    out.add(key + ": renamed to " + sameKind.get(0));
                    generated = made.remove(sameKind.get(0));
                }
            }
            if (generated == null) {
                out.add(key + ": not generated (" + hand.file() + ")");
                continue;
            }
            ObjectDiff.diff(hand.toMap(), generated).stream()
                    .filter(d -> !d.startsWith("metadata.annotations.rhoai-krm.dev/generated-by"))
                    .forEach(d -> out.add(key + ": " + d));
        }
        made.keySet().forEach(k -> out.add(k + ": generated, not in the hand-written files"));
        return out;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
