package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * {@link CoreTagResolver} decides every plain scalar's tag as snakeyaml-engine's own core schema
 * does ({@code CoreSchema}'s resolver is the oracle): over every scalar in the repository's YAML,
 * every string of up to three characters from those that numbers, booleans, nulls and the other
 * resolvers' first characters are made of (of up to five from those of numbers), and 200,000 longer
 * random strings of them.
 */
class CoreTagResolverTest {
    private static final ScalarResolver LIBRARY = new CoreSchema().getScalarResolver();
    private static final ScalarResolver OURS = CoreTagResolver.SCHEMA.getScalarResolver();
    /** Digits, signs, points, exponents, radix letters, the words' letters, and the other resolvers' first characters. */
    private static final String ALPHABET = "019+-.eEoxXaAfFnNtTrRuUlLsS_<$~{} :";
    /** What numbers are made of, for every string of up to five characters. */
    private static final String NUMBER_ALPHABET = "019+-.eEox_";

    @Test
    void everyScalarOfTheRepositoryResolvesAsTheLibraryResolvesIt() throws IOException {
        Set<String> scalars = new LinkedHashSet<>();
        Path root = Path.of("../.."); // the repository, from the module's directory (as BlockWriterTest)
        for (String dir : List.of("examples", "kustomize-examples", "functions")) {
            try (Stream<Path> files = Files.walk(root.resolve(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("/target/")).toList()) {
                    scalars.addAll(plainScalars(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(scalars).as("the repository's plain scalars").hasSizeGreaterThan(1000);
        assertSameTags(scalars);
    }

    @Test
    void everyShortStringResolvesAsTheLibraryResolvesIt() {
        List<String> strings = new ArrayList<>(List.of("", "~", "null", "Null", "NULL", " ", "true", "True", "TRUE", "tRUE",
                "false", "False", "FALSE", "<<", "<", "${HOME}", "${ HOME:-x }", "${A:?b}", "$", ".inf", "-.Inf", "+.INF",
                ".nan", ".NaN", ".NAN", "+.nan", "0o17", "0o", "0o8", "0x1F", "0xfg", "0x", "+0x1", "1_000", "1e5", "1E+5", "1e",
                ".5", "5.", "-.5e-3", "٣", "0x١", "１"));
        strings.add("");
        for (int length = 1; length <= 3; length++) {
            strings.addAll(allStrings(ALPHABET, length));
        }
        for (int length = 4; length <= 5; length++) {
            strings.addAll(allStrings(NUMBER_ALPHABET, length));
        }
        Random random = new Random(22);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = 5 + random.nextInt(8);
            for (int j = 0; j < length; j++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            strings.add(s.toString());
        }
        assertSameTags(strings);
    }

    @Test
    void aQuotedScalarIsAString() {
        for (String s : List.of("true", "1", "null", "", "${X}")) {
            assertThat(OURS.resolve(s, false)).isEqualTo(LIBRARY.resolve(s, false)).isEqualTo(Tag.STR);
        }
    }

    private static void assertSameTags(Iterable<String> strings) {
        List<String> differ = new ArrayList<>();
        for (String s : strings) {
            if (!OURS.resolve(s, true).equals(LIBRARY.resolve(s, true))) {
                differ.add("\"" + s + "\": " + OURS.resolve(s, true) + ", the library: " + LIBRARY.resolve(s, true));
            }
        }
        assertThat(differ).as("scalars resolved unlike snakeyaml-engine's CoreSchema").isEmpty();
    }

    private static List<String> allStrings(String alphabet, int length) {
        List<String> out = new ArrayList<>(List.of(""));
        for (int i = 0; i < length; i++) {
            List<String> next = new ArrayList<>(out.size() * alphabet.length());
            for (String prefix : out) {
                for (char c : alphabet.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            out = next;
        }
        return out;
    }

    /** The plain scalars of a YAML stream, as its events give them (a file the parser refuses gives none). */
    private static List<String> plainScalars(String yaml) {
        List<String> out = new ArrayList<>();
        try {
            new Parse(LoadSettings.builder().build()).parseString(yaml).forEach(e -> {
                if (e instanceof ScalarEvent s && s.isPlain()) {
                    out.add(s.getValue());
                }
            });
        } catch (RuntimeException e) {
            // templates and deliberately broken fixtures: not YAML to resolve
        }
        return out;
    }
}
