package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockWriter} must write exactly what snakeyaml-engine's emitter writes with our settings,
 * or decline. Checked on every expected output this repository ships (where it must not decline)
 * and on random trees built from awkward strings (where declining is allowed). This holds the
 * layout; the quoting it cannot hold (the emitter asks BlockWriter how to quote), which
 * {@link QuotingOracleTest} holds to the YAML specs' tables and a YAML 1.1 parser.
 */
class BlockWriterTest {
    private static final Path REPO = Path.of("../..");

    @Test
    void writesEveryShippedManifestLikeTheEmitter() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(REPO.resolve("functions"))) {
            files = new ArrayList<>(walk.filter(p -> p.toString().contains("/src/test/resources/golden")
                    && !p.toString().contains("/golden/import-") // intents joined by file comments, not a stream
                    && p.toString().endsWith(".yaml")).toList());
        }
        try (Stream<Path> walk = Files.walk(REPO.resolve("examples"))) {
            walk.filter(p -> p.toString().contains("/.expected/") && p.toString().endsWith(".yaml")).forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(50);
        int objects = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            for (SourceObject o : ObjectScanner.scan(SourceText.of(text), file.toString(), InputLimits.DEFAULT).documents()) {
                Object value = o.toMap();
                assertThat(BlockWriter.write(value)).as(file + ": " + o.summary()).isEqualTo(Yaml.dumpWithEmitter(value));
                objects++;
            }
        }
        assertThat(objects).isGreaterThan(200);
    }

    @Test
    void layoutOfNestedCollectionsAndBlocks() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("args", List.of("a\nb", "x", List.of("p\nq"), Map.of("k", "m\nn")));
        m.put("deep", Map.of("k", List.of(Map.of("k2", List.of("z\nw", "keep\n\n", "clip\n")))));
        m.put("lists", List.of(List.of(List.of("a")), List.of(Map.of("b", 1)), List.of(), Map.of()));
        m.put("scalars", List.of(1, 5_000_000_000L, 0.9, 1e9, -0.0, 3.0f, true, "", "n", "0755", "1:30", ".inf", "-x", "?x", "=x"));
        m.put("quoted", List.of("a: b", "x #y", "it's \"q\"", "say \"hi\"", "back\\slash", "k:", "[x]", "*a", "%x", "@x"));
        String fast = BlockWriter.write(m);
        assertThat(fast).isNotNull().isEqualTo(Yaml.dumpWithEmitter(m));
        assertThat(BlockWriter.write(List.of("top", Map.of("a", 1)))).isEqualTo(Yaml.dumpWithEmitter(List.of("top", Map.of("a", 1))));
    }

    /**
     * Every short string of the characters numbers are made of, and of YAML's indicators: the emitter
     * and the writer must agree on each.
     */
    @Test
    void numberLikeAndIndicatorStringsAreWrittenLikeTheEmitter() {
        List<String> strings = new ArrayList<>(allStrings("0189.-+eEx_:o", 4));
        strings.addAll(allStrings(" #:-?,[]{}&*!|>'\"%@`a~=\\", 3));
        for (String s : strings) {
            Map<String, Object> m = Map.of("k", s);
            String fast = BlockWriter.write(m);
            if (fast != null) {
                assertThat(fast).as(s).isEqualTo(Yaml.dumpWithEmitter(m));
            }
        }
        assertThat(BlockWriter.write(Map.of("k", "089"))).isEqualTo("k: \"089\"\n"); // YAML 1.2 reads 089 as a number
    }

    static List<String> allStrings(String alphabet, int maxLength) {
        List<String> strings = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= maxLength; length++) {
            List<String> longer = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : alphabet.toCharArray()) {
                    longer.add(prefix + c);
                }
            }
            strings.addAll(longer);
            previous = longer;
        }
        return strings;
    }

    @Test
    void declinesWhatOnlyTheEmitterWrites() {
        for (Object awkward : List.of(Map.of("", "empty key"), Map.of("a\nb", "v"), Map.of("k", "ünï"), Map.of("k", " lead\nx"),
                Map.of("k", "trail \nx"), Map.of("k", "---"), Map.of("k", "tab\tx"), Map.of("k", Double.NaN),
                Map.of("k", new java.math.BigDecimal("1.5")), Map.of("k", "x".repeat(200) + "\ny"), Map.of("x".repeat(130), 1))) {
            String fast = BlockWriter.write(awkward);
            if (fast != null) {
                assertThat(fast).as(awkward.toString()).isEqualTo(Yaml.dumpWithEmitter(awkward));
            }
        }
        assertThat(BlockWriter.write(Map.of("k", "ünï"))).isNull();
        assertThat(BlockWriter.write(Map.of("", 1))).isNull();
    }

    @Test
    void randomTreesAreWrittenLikeTheEmitterOrDeclined() {
        Random random = new Random(20261127);
        int written = 0;
        for (int i = 0; i < 3000; i++) {
            Object tree = tree(random, 0);
            String fast = BlockWriter.write(tree);
            if (fast != null) {
                assertThat(fast).as("tree %d: %s", i, tree).isEqualTo(Yaml.dumpWithEmitter(tree));
                written++;
            }
        }
        assertThat(written).as("trees the fast writer took").isGreaterThan(1000);
    }

    private static final String[] PIECES = {"a", "b", "Z", "0", "1", "9", "-", "_", ".", "/", ":", " ", "#", "\"", "'", "\\",
        "\n", "\n\n", "\t", "?", ",", "[", "]", "{", "}", "*", "&", "!", "|", ">", "%", "@", "`", "=", "~", "+", "e", "x",
        "true", "no", "null", "0x1F", "1_0", ".5", "ü", "---", "...", "  "};

    private static Object tree(Random random, int depth) {
        int pick = random.nextInt(depth > 3 ? 6 : 9);
        return switch (pick) {
            case 0, 1, 2 -> string(random);
            case 3 -> (long) random.nextInt(2000) - 1000;
            case 4 -> random.nextBoolean();
            case 5 -> random.nextInt(10) == 0 ? null : random.nextInt(100) / 8.0;
            case 6 -> {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    list.add(tree(random, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    map.put(random.nextInt(3) == 0 ? string(random) : "k" + n, tree(random, depth + 1));
                }
                yield map;
            }
        };
    }

    private static String string(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(5); n >= 0; n--) {
            b.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : "word");
        }
        return b.toString();
    }
}
