package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * {@link FastComposer} composes either nothing (the library then does) or exactly the tree
 * snakeyaml-engine composes ({@link Yaml#composeWithLibrary}, the oracle, as {@link YamlTree#of}
 * converts it): node kinds, tags (resolution), styles, values, entries in order, and every field of
 * every start and end mark (name, index, line, column, the buffer and the pointer into it); and the
 * library's nodes made of its tree ({@link YamlTree#toLibrary}) carry the same. Over every YAML file of the
 * examples, of every module's test resources and of the shared reference repository (each
 * document, and each as a ResourceList item), and over generated documents: random trees of
 * adversarial scalars written in several styles, then mutated (comments everywhere, odd
 * indentation, trailing spaces, markers, tabs).
 */
class FastComposerTest {
    private static final Path ROOT = Path.of("../.."); // the repository, from the module's directory

    /** How many texts the fast composer took and how many it left to the library. */
    private static final class Tally {
        int composed;
        int left;

        void add(boolean fast) {
            if (fast) {
                composed++;
            } else {
                left++;
            }
        }
    }

    @Test
    void theRepositorysYamlComposesAsTheLibraryComposesIt() throws IOException {
        Tally tally = new Tally();
        List<Path> roots = new ArrayList<>(List.of(ROOT.resolve("examples"), ROOT.resolve("kustomize-examples")));
        try (Stream<Path> modules = Files.list(ROOT.resolve("functions"))) {
            for (Path module : modules.toList()) {
                if (Files.isDirectory(module.resolve("src/test/resources"))) {
                    roots.add(module.resolve("src/test/resources"));
                }
            }
        }
        for (Path root : roots) {
            checkFilesUnder(root, tally);
        }
        System.out.println("FastComposerTest, the repository: " + tally.composed + " composed, " + tally.left + " left to the library");
        assertThat(tally.composed).as("texts the fast composer took").isGreaterThan(500);
    }

    @Test
    void theReferenceRepositorysYamlComposesAsTheLibraryComposesIt() throws IOException {
        String property = System.getProperty("rhoai.shared");
        Path shared = property != null && !property.isBlank() ? Path.of(property) : ROOT.toAbsolutePath().normalize().resolveSibling("shared");
        Path reference = shared.resolve("reference");
        Assumptions.assumeTrue(Files.isDirectory(reference), "no reference/ in the shared folder (" + shared
                + ", or -Drhoai.shared=DIR): the reference repository's YAML is not held to the library here (skipped)");
        Tally tally = new Tally();
        checkFilesUnder(reference, tally);
        System.out.println("FastComposerTest, the reference repository: " + tally.composed + " composed, " + tally.left + " left to the library");
        assertThat(tally.composed).as("texts the fast composer took").isGreaterThan(100);
    }

    /** The point of the fast path: every shipped example's intent is composed without the library. */
    @Test
    void everyExampleIntentTakesTheFastPath() throws IOException {
        List<Path> intents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("/.expected/")).toList()) {
                for (String document : documents(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (document.contains("apiVersion: rhoai-krm.dev/")) {
                        assertThat(FastComposer.compose(document)).as(file + " as a document").isNotNull();
                        assertThat(FastComposer.compose(Yaml.asItem(document))).as(file + " as a ResourceList item").isNotNull();
                        intents.add(file);
                    }
                }
            }
        }
        assertThat(intents).hasSizeGreaterThan(20);
        // the benchmark's intent (bench/make-input.py), as kpt hands it over
        String bench = """
                - apiVersion: rhoai-krm.dev/v1alpha1
                  kind: ModelServing
                  metadata:
                    name: model-0
                    annotations:
                      config.kubernetes.io/local-config: "true"
                      config.kubernetes.io/path: 'models/model-0.yaml'
                      internal.config.kubernetes.io/path: 'models/model-0.yaml'
                  spec:
                    model: {uri: "hf://Qwen/Qwen2.5-7B-Instruct"}
                    runtime: {maxModelLen: 8192}
                    gpu: {count: 1, product: NVIDIA-L40S}
                """;
        assertThat(check(bench)).as("the benchmark's intent takes the fast path").isTrue();
    }

    /** 4,000 documents from a fixed seed; -Drhoai.fastComposer.cases=N -Drhoai.fastComposer.seed=S for a longer hunt. */
    @Test
    void generatedDocumentsComposeAsTheLibraryComposesThem() {
        int cases = Integer.getInteger("rhoai.fastComposer.cases", 4000);
        Random random = new Random(Long.getLong("rhoai.fastComposer.seed", 2026_12_06L));
        Tally tally = new Tally();
        for (int i = 0; i < cases; i++) {
            Generator generator = new Generator(random);
            String text = generator.document();
            tally.add(check(text));
            tally.add(check(Yaml.asItem(text)));
            String mutated = generator.mutate(text);
            tally.add(check(mutated));
        }
        System.out.println("FastComposerTest, generated: " + tally.composed + " composed, " + tally.left + " left to the library");
        assertThat(tally.composed).as("generated texts the fast composer took").isGreaterThan(cases * 3 / 4);
        assertThat(tally.left).as("generated texts left to the library").isGreaterThan(cases / 4);
    }

    @Test
    void whatItLeavesToTheLibrary() {
        for (String text : List.of("", "# only a comment\n", "a: &x 1\nb: *x\n", "a: !t 1\n", "a: |\n  x\n", "a: >\n  x\n",
                "a: b\n  c\n", "? a\n: b\n", "--- \na: 1\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "a:\tb\n", "a: b\r\n",
                "\uFEFFa: b\n", "a: \"\\x41\"\n", "a: 'b\n  c'\n", "a: {b: c,\n  d: e}\n", "a: [b, {c}]\n", "a: {[b]: c}\n", "<<: {a: b}\n", "a: 😀\n",
                "a: b\u2028c\n", "a: \u0001\n", "-\n- a\n", "- # c\n- a\n", "- - a\n", "scalar\n", "{a: b}\n", "a: b: c\n", "a: 'b' c\n",
                "a: \"b\"#c\n", "a:\n  b\n", "[a, b]\n")) {
            assertThat(FastComposer.compose(text)).as(text).isNull();
            check(text);
        }
    }

    @Test
    void someShapesItComposes() {
        for (String text : List.of("a: 1\n", "a:\n", "a:\n- b\n- c\nd: e\n", "- a: b\n  c: d\n- e\n", "a:\n  b:\n    - c\n",
                "a: {b: c, 'd': \"e\"}\nf: []\ng: {}\nh: [1, two, 'three']\n", "'a': \"b\\n\\\"c\\\"\"\n", "a: b # c\n# d\n\ne: f",
                "  a: 1\n  b: 2\n", "a : b\n", "a: b:c\n", "a: -1\n", "a: hf://x/y\n", "a: b, c]\n", "é: ü 中文\n",
                "a: {b: {c: d}, e: [f, [g, {}]]}\n", "- # c\n  a: b\n  c: d\n-\n  - e\n")) {
            assertThat(check(text)).as(text).isTrue();
        }
    }

    // ---- the oracle ---------------------------------------------------------------------------

    private static void checkFilesUnder(Path root, Tally tally) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).toList()) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (java.nio.charset.MalformedInputException e) {
                    continue; // not UTF-8: nothing a render reads
                }
                tally.add(check(text));
                for (String document : documents(text)) {
                    tally.add(check(document));
                    tally.add(check(Yaml.asItem(document)));
                }
            }
        }
    }

    /** The documents of a stream, split at "---" lines (as the texts of SourceObjects come). */
    private static List<String> documents(String text) {
        List<String> documents = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("---")) {
                documents.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        documents.add(current.toString());
        documents.removeIf(d -> d.isBlank());
        return documents;
    }

    /** Whether the fast composer took {@code text}; fails when it composed a tree other than the library's. */
    static boolean check(String text) {
        YamlTree fast = FastComposer.compose(text);
        Node library;
        try {
            library = Yaml.composeWithLibrary(text, "test.yaml", false);
        } catch (YamlInputException e) {
            if (fast != null) {
                fail("the library refuses this text (" + e.getMessage() + ") but the fast composer composed it:\n" + text);
            }
            return false;
        }
        if (fast == null) {
            return false;
        }
        YamlTree expected = YamlTree.of(library);
        String difference = first(difference(expected, fast, "$"),
                // what callers of the library's nodes get from the fast path (Yaml.composeOne)
                difference(expected, YamlTree.of(YamlTree.toLibrary(fast)), "library nodes of the fast tree: $"));
        if (difference != null) {
            fail(difference + "\nin:\n" + text.replace(" \n", "·\n"));
        }
        return true;
    }

    /** The first difference between two trees, or null. */
    private static String difference(YamlTree expected, YamlTree actual, String path) {
        if (expected.getClass() != actual.getClass()) {
            return path + ": " + actual.getClass().getSimpleName() + " instead of " + expected.getClass().getSimpleName();
        }
        String d = first(
                differs("tag", expected.tag(), actual.tag()),
                markDifference("start mark", expected.start(), actual.start()),
                markDifference("end mark", expected.end(), actual.end()));
        if (d != null) {
            return path + ": " + d;
        }
        if (expected instanceof YamlTree.Scalar e) {
            YamlTree.Scalar a = (YamlTree.Scalar) actual;
            d = first(differs("value", e.value(), a.value()), differs("style", e.style(), a.style()));
            return d == null ? null : path + ": " + d;
        }
        if (expected instanceof YamlTree.Sequence e) {
            YamlTree.Sequence a = (YamlTree.Sequence) actual;
            d = differs("flow style", e.flowStyle(), a.flowStyle());
            if (d != null) {
                return path + ": " + d;
            }
            if (e.items().size() != a.items().size()) {
                return path + ": " + a.items().size() + " entries instead of " + e.items().size();
            }
            for (int i = 0; i < a.items().size(); i++) {
                d = difference(e.items().get(i), a.items().get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        YamlTree.Mapping e = (YamlTree.Mapping) expected;
        YamlTree.Mapping a = (YamlTree.Mapping) actual;
        d = differs("flow style", e.flowStyle(), a.flowStyle());
        if (d != null) {
            return path + ": " + d;
        }
        if (e.entries().size() != a.entries().size()) {
            return path + ": " + a.entries().size() + " entries instead of " + e.entries().size();
        }
        for (int i = 0; i < a.entries().size(); i++) {
            YamlTree.Entry et = e.entries().get(i);
            YamlTree.Entry at = a.entries().get(i);
            d = difference(et.key(), at.key(), path + ".key" + i);
            if (d == null) {
                d = difference(et.value(), at.value(), path + "." + et.keyText());
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String markDifference(String what, Optional<Mark> expected, Optional<Mark> actual) {
        if (expected.isEmpty() || actual.isEmpty()) {
            return differs(what + " presence", expected.isPresent(), actual.isPresent());
        }
        Mark e = expected.get();
        Mark a = actual.get();
        return first(
                differs(what + " name", e.getName(), a.getName()),
                differs(what + " index", e.getIndex(), a.getIndex()),
                differs(what + " line", e.getLine(), a.getLine()),
                differs(what + " column", e.getColumn(), a.getColumn()),
                differs(what + " pointer", e.getPointer(), a.getPointer()),
                java.util.Arrays.equals(e.getBuffer(), a.getBuffer()) ? null : what + " buffer differs",
                differs(what + " snippet", e.createSnippet(), a.createSnippet()));
    }

    private static String differs(String what, Object expected, Object actual) {
        return java.util.Objects.equals(expected, actual) ? null : what + " " + actual + " instead of " + expected;
    }

    private static String first(String... differences) {
        for (String d : differences) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    // ---- generated documents ------------------------------------------------------------------

    /** Random trees of adversarial scalars, written in several styles, and mutations of the text. */
    private static final class Generator {
        private static final String[] SCALARS = {"a", "hello world", "a  b", "x y z", "a: b", "a:b", "a :b", "a #b", "a#b", "# x",
            "'q'", "\"d\"", "it's", "say \"hi\"", "-", "-1", "- a", "-a", "?", "? x", "?x", ":", ":x", "x:", "x: ", "1", "0", "-0", "+1",
            "010", "0x1F", "0xfg", "0o17", "0o8", "1_000", "1.5", "-.5e-3", "1e5", "1E+5", ".inf", "-.Inf", "+.INF", ".nan", ".NaN",
            "true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "yes", "on", "off", "y", "<<",
            "[a]", "{a: b}", "a, b", "a]", "a}", "[", "{", "}", "@x", "`x", "%x", "&a", "*a", "!t", "|", ">", "é ü 中文", "trailing ",
            " leading", " ", "", "back\\slash", "new\nline", "tab\there", "12:30", "http://x/y", "hf://Qwen/Qwen2.5-7B", "a:// b",
            "...", "---", "$HOME", "${X:-y}", "a/b.c_d-e", "NVIDIA-L40S", "4Gi", "0.90", "\u00a0nbsp", "a\u2028b", "smile 😀",
            "del\u007f", "a,b", "a:,b", "x\\ny", "q\\\"", "'", "''", "\""};
        /** Ordinary values, so that most generated documents are ones the fast composer takes. */
        private static final String[] TAME = {"a", "web", "hello world", "1", "42", "0.90", "true", "false", "null", "4Gi",
            "NVIDIA-L40S", "hf://Qwen/Qwen2.5-7B", "quay.io/x/y:1.2", "Managed", "-1", "1e3", "a-b_c.d", "x y"};
        private static final String[] TAME_KEYS = {"a", "b", "c", "name", "spec", "image", "count", "x-y", "app.kubernetes.io/name"};
        private static final String[] KEYS = {"a", "b", "name", "spec", "my key", "1", "true", "null", "~", "-x", "a:b", "a#b", "é",
            "a: b", "#x", "", "<<", "x ", "'k'", "k'", "2.5", "apiVersion", "kind", "?k", "[k]", "a,b"};

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        String document() {
            StringBuilder out = new StringBuilder();
            int step = 1 + random.nextInt(4);
            if (random.nextInt(4) == 0) {
                sequence(out, 0, step, 0);
            } else {
                mapping(out, 0, step, 0);
            }
            return out.toString();
        }

        private void mapping(StringBuilder out, int indent, int step, int depth) {
            int entries = 1 + random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                out.append(" ".repeat(indent)).append(scalar(anyKey(), false)).append(':');
                value(out, indent, step, depth, true);
            }
        }

        private void sequence(StringBuilder out, int indent, int step, int depth) {
            int entries = 1 + random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                out.append(" ".repeat(indent)).append('-');
                int shape = depth < 4 ? random.nextInt(6) : 5;
                if (shape < 2) {
                    // "- key: value" with the mapping's further keys under the first
                    int gap = 1 + random.nextInt(shape == 0 ? 1 : 3);
                    StringBuilder inner = new StringBuilder();
                    mapping(inner, indent + 1 + gap, step, depth + 1);
                    out.append(" ".repeat(gap)).append(inner.substring(indent + 1 + gap));
                } else if (shape == 2) {
                    // "-" alone (or with a comment), its entry on the lines below
                    out.append(random.nextBoolean() ? " # head comment\n" : "\n");
                    if (random.nextBoolean()) {
                        mapping(out, indent + 1 + random.nextInt(3), step, depth + 1);
                    } else {
                        sequence(out, indent + 1 + random.nextInt(3), step, depth + 1);
                    }
                } else {
                    value(out, indent, step, depth, false);
                }
            }
        }

        /** After "key:" or "-": a scalar, a flow collection, nothing, or a block collection below. */
        private void value(StringBuilder out, int indent, int step, int depth, boolean inMapping) {
            int choice = random.nextInt(10);
            if (depth < 4 && choice < 3) {
                out.append(random.nextInt(5) == 0 ? " # c\n" : "\n");
                if (random.nextBoolean()) {
                    mapping(out, indent + step, step, depth + 1);
                } else {
                    sequence(out, inMapping && random.nextBoolean() ? indent : indent + step, step, depth + 1);
                }
            } else if (choice < 5) {
                out.append(' ').append(flow()).append('\n');
            } else if (choice == 5 && inMapping) {
                out.append('\n');
            } else {
                out.append(' ').append(scalar(anyScalar(), true));
                out.append(random.nextInt(6) == 0 ? " # comment: x\n" : "\n");
            }
        }

        private String flow() {
            int entries = random.nextInt(4);
            boolean mapping = random.nextBoolean();
            StringBuilder out = new StringBuilder(mapping ? "{" : "[");
            for (int i = 0; i < entries; i++) {
                if (i > 0) {
                    out.append(random.nextInt(4) == 0 ? " , " : ", ");
                }
                if (mapping) {
                    out.append(scalar(anyKey(), false)).append(random.nextInt(5) == 0 ? " : " : ": ");
                }
                out.append(random.nextInt(8) == 0 ? flow() : scalar(anyScalar(), true));
            }
            return out.append(mapping ? "}" : "]").toString();
        }

        private String anyScalar() {
            return random.nextInt(4) > 0 ? TAME[random.nextInt(TAME.length)] : SCALARS[random.nextInt(SCALARS.length)];
        }

        private String anyKey() {
            return random.nextInt(3) > 0 ? TAME_KEYS[random.nextInt(TAME_KEYS.length)] : KEYS[random.nextInt(KEYS.length)];
        }

        /** A string as a plain, single- or double-quoted scalar; sometimes plain though it cannot be. */
        private String scalar(String s, boolean value) {
            switch (random.nextInt(value ? 6 : 8)) {
                case 0, 1 -> {
                    return "'" + s.replace("'", "''") + "'";
                }
                case 2 -> {
                    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
                }
                case 3 -> {
                    // other escapes: unicode, hex, slash and an escaped space
                    return "\"" + s.replace("\\", "\\/").replace("a", "\\x61").replace("é", "\\u00e9").replace(" ", "\\ ") + "\"";
                }
                default -> {
                    return s.isEmpty() || s.contains("\n") ? "''" : s;
                }
            }
        }

        /** The text with a few random edits. */
        String mutate(String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(lines.size());
                String line = lines.get(at);
                switch (random.nextInt(14)) {
                    case 0 -> lines.add(at, " ".repeat(random.nextInt(6)) + "# a comment: with - things");
                    case 1 -> lines.set(at, line + " # trailing comment");
                    case 2 -> lines.set(at, line + "   ");
                    case 3 -> lines.add(at, "");
                    case 4 -> lines.set(at, " " + line);
                    case 5 -> lines.set(at, line.startsWith(" ") ? line.substring(1) : line);
                    case 6 -> lines.add(at, line); // a duplicate key or entry
                    case 7 -> lines.set(at, line + "#x");
                    case 8 -> lines.add(0, random.nextBoolean() ? "---" : "--- # start");
                    case 9 -> lines.add("...");
                    case 10 -> lines.set(at, line.replaceFirst(" ", "\t"));
                    case 11 -> lines.set(at, line.replace(": ", ":  "));
                    case 12 -> lines.set(at, line.isEmpty() ? line : line.substring(0, random.nextInt(line.length())));
                    default -> lines.add(at, "   ");
                }
            }
            return String.join("\n", lines);
        }
    }
}
