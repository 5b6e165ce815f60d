package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What we write as a plain scalar must read back as the same string in every YAML our users'
 * tools read: held to oracles that know nothing of {@link BlockWriter}'s quoting list (which the
 * emitter path asks too, so {@link BlockWriterTest} cannot catch a word missing from it).
 * <ol>
 * <li>The YAML 1.1 type tables, as the spec writes them: kubectl, kustomize, Helm and Argo CD read
 *     YAML through sigs.k8s.io/yaml, that is go-yaml v2, a YAML 1.1 reader ({@code value: on} is
 *     true there).</li>
 * <li>The YAML 1.2.2 core schema's tag resolution table: the 1.2 readers (snakeyaml-engine, go-yaml v3).</li>
 * <li>A round trip through SnakeYAML 2.x, a YAML 1.1 parser, and through snakeyaml-engine's 1.2
 *     core schema: the string comes back, as a string, under the same key.</li>
 * </ol>
 * Every string of the tables' enumerations, samples of each regular expression's branches and every
 * short string of the characters numbers are made of are written as values and as keys, by
 * {@link Yaml#dump} (what the product writes) and {@link BlockWriter} (when it takes the value).
 */
class QuotingOracleTest {

    /**
     * YAML 1.1, https://yaml.org/type/: bool.html, null.html, int.html, float.html, merge.html,
     * value.html, each regular expression as the page gives it, with one correction: float.html's
     * base-10 branch reads {@code \.[0-9.]*}, which would make "1.2.3" a float; no YAML 1.1 reader
     * reads it so (PyYAML resolver.py, SnakeYAML's Resolver and go-yaml v2's resolve.go take digits
     * and underscores after the point), so the table takes {@code \.[0-9_]*}. timestamp.html is left
     * out: go-yaml v2 (decode.go) gives a timestamp-like plain scalar read into interface{}, as
     * sigs.k8s.io/yaml reads every document, back as its string.
     */
    static final Map<String, Pattern> YAML_1_1 = tables(
            "bool", "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "null", "~|null|Null|NULL|",
            "int", "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+",
            "float", "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)",
            "merge", "<<",
            "value", "=");

    /** YAML 1.2.2, https://yaml.org/spec/1.2.2/#1032-tag-resolution (the core schema). */
    static final Map<String, Pattern> YAML_1_2_CORE = tables(
            "null", "null|Null|NULL|~|",
            "bool", "true|True|TRUE|false|False|FALSE",
            "int", "[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+",
            "float", "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?(\\.inf|\\.Inf|\\.INF)|\\.nan|\\.NaN|\\.NAN");

    /** One string per branch of the tables' regular expressions, and strings near them. */
    static final List<String> BRANCHES = List.of("0b1010_0111", "-0b1", "0755", "+0_7", "0", "-19", "1_000", "0x1F", "0xdead_beef",
            "190:20:30", "1:30", "1.5", "-.5", "6.8523015e+5", "685.230_15e+03", "190:20:30.15", ".inf", "-.Inf", "+.INF", ".NaN",
            "0o17", "1e3", "1E+3", "+.5e-2", "1.", "1.2.3", "v1.2", "1.0-rc1", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
            "<<", "=", "<", "==", "0.", "+1", "-0", "00", "09", "089", "1e", "e3", "0x", "0b", "0o", ".", "..", "-", "+", "~x");

    private static final org.yaml.snakeyaml.Yaml YAML11 = yaml11();
    private static final Load YAML12 = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());

    @Test
    void everyPlainScalarReadsAsAStringInYaml11AndYaml12() {
        List<String> strings = new ArrayList<>(BRANCHES);
        YAML_1_1.values().forEach(p -> strings.addAll(words(p)));
        YAML_1_2_CORE.values().forEach(p -> strings.addAll(words(p)));
        List<String> problems = new ArrayList<>();
        for (String s : strings) {
            check(Map.of("k", s), problems);
            check(Map.of(s, "v"), problems);
            check(List.of(s), problems);
        }
        // keys and list items are quoted by the same rule as values: the short strings as values only
        List<String> numberLike = BlockWriterTest.allStrings("0189.-+eEx_:ob", 4);
        numberLike.forEach(s -> check(Map.of("k", s), problems));
        assertThat(problems).as("strings written so that a YAML reader takes them for something else").isEmpty();
        assertThat(numberLike).hasSizeGreaterThan(40_000);
    }

    /** The oracle itself: the words the issue names read as other types, a version string does not. */
    @Test
    void theTablesSayWhatTheSpecsSay() {
        assertThat(type(YAML_1_1, "on")).isEqualTo("bool");
        assertThat(type(YAML_1_1, "y")).isEqualTo("bool");
        assertThat(type(YAML_1_2_CORE, "on")).isEqualTo("str");
        assertThat(type(YAML_1_1, "0755")).isEqualTo("int");
        assertThat(type(YAML_1_2_CORE, "0o755")).isEqualTo("int");
        assertThat(type(YAML_1_1, "1:30")).isEqualTo("int");
        assertThat(type(YAML_1_2_CORE, "1e3")).isEqualTo("float");
        assertThat(type(YAML_1_1, "1e3")).as("YAML 1.1 floats need a point").isEqualTo("str");
        assertThat(type(YAML_1_1, "1.2.3")).isEqualTo("str");
        assertThat(type(YAML_1_1, "")).isEqualTo("null");
        assertThat((Object) YAML11.load("k: on")).isEqualTo(Map.of("k", true));
        assertThat((Object) YAML11.load("k: 2001-12-14")).isEqualTo(Map.of("k", "2001-12-14"));
    }

    private static void check(Object tree, List<String> problems) {
        String dumped = Yaml.dump(tree);
        String fast = BlockWriter.write(tree);
        for (String text : fast == null || fast.equals(dumped) ? List.of(dumped) : List.of(dumped, fast)) {
            String written = scalarOf(text, tree);
            if (written != null && isPlain(written)) {
                for (var tables : List.of(YAML_1_1, YAML_1_2_CORE)) {
                    String type = type(tables, written);
                    if (!type.equals("str")) {
                        problems.add(text.strip() + "  <- " + type + " in YAML " + (tables == YAML_1_1 ? "1.1" : "1.2"));
                    }
                }
            }
            try {
                Object back11 = YAML11.load(text);
                Object back12 = YAML12.loadFromString(text);
                if (!tree.equals(back11) || !tree.equals(back12)) {
                    problems.add(text.strip() + "  <- reads back as " + back11 + " (YAML 1.1), " + back12 + " (YAML 1.2)");
                }
            } catch (RuntimeException e) {
                problems.add(text.strip() + "  <- " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    /** The scalar as written: after "k: ", before ": v", after "- ". */
    private static String scalarOf(String text, Object tree) {
        String line = text.strip();
        if (tree instanceof List<?>) {
            return line.startsWith("- ") ? line.substring(2) : null;
        }
        Map<?, ?> map = (Map<?, ?>) tree;
        if (map.containsKey("k")) {
            return line.startsWith("k: ") ? line.substring(3) : null;
        }
        return line.endsWith(": v") ? line.substring(0, line.length() - 3) : null;
    }

    private static boolean isPlain(String written) {
        return !written.isEmpty() && "\"'|>?".indexOf(written.charAt(0)) < 0;
    }

    static String type(Map<String, Pattern> tables, String plain) {
        return tables.entrySet().stream().filter(e -> e.getValue().matcher(plain).matches()).map(Map.Entry::getKey)
                .findFirst().orElse("str");
    }

    /**
     * SnakeYAML's YAML 1.1 resolver without timestamps: as go-yaml v2 reads them into interface{}
     * (see {@link #YAML_1_1}).
     */
    static org.yaml.snakeyaml.Yaml yaml11() {
        Resolver withoutTimestamps = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(Tag.INT, INT, "-+0123456789");
                addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(Tag.MERGE, MERGE, "<");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
                addImplicitResolver(Tag.YAML, YAML, "!&*");
            }
        };
        LoaderOptions loading = new LoaderOptions();
        DumperOptions dumping = new DumperOptions();
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, withoutTimestamps);
    }

    /** The literal words of an alternation of words ("y|Y|yes"), none for a regular expression. */
    private static List<String> words(Pattern p) {
        return List.of(p.pattern().split("\\|", -1)).stream().filter(w -> w.matches("[A-Za-z~<=]*")).toList();
    }

    private static Map<String, Pattern> tables(String... typeAndRegex) {
        Map<String, Pattern> tables = new LinkedHashMap<>();
        for (int i = 0; i < typeAndRegex.length; i += 2) {
            tables.put(typeAndRegex[i], Pattern.compile(typeAndRegex[i + 1]));
        }
        return tables;
    }
}
