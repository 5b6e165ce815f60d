package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The start-path rule of docs/ARCHITECTURE.md ("One run"), enforced on the built jar: on the
 * typical render of each function (its example in bench/run's FUNCTIONS, through the kpt door, a
 * ResourceList on stdin, and the kustomize exec door, the file as argument, as bin/build-aot-cache
 * trains them), none of our code links a lambda or method reference, and none of our code compiles a
 * java.util.regex Pattern. Each costs on JDK 17's cold start: the first invokedynamic ≈ 6–9 ms, each
 * further call site 0.35–0.8 ms, the first regex 2–3 ms (docs/PERFORMANCE.md).
 *
 * <p>How each is seen, deterministically and without a profiler:
 * <ul>
 * <li>lambdas: the JVM's class-load log ({@code -Xlog:class+load}) names every lambda proxy class
 *     after the class whose call site made it ({@code dev.rhoaikrm...Foo$$Lambda$12/0x...});
 * <li>regexes: the JVM lists every method that ran ({@code -XX:+LogTouchedMethods}, a diagnostic
 *     flag of JDK 9 to 20); of ours, none may contain a call that compiles a Pattern
 *     ({@link #REGEX_CALLS}), read from its bytecode with javap. A method that compiles one only on
 *     a branch the render does not take counts too: keep such code in a method of its own. JDKs
 *     without the flag check the lambdas only, and say so.
 * </ul>
 * What is not ours (snakeyaml-engine, the JDK) is not checked here.
 */
class StartPathIT {
    static final Path ROOT = Golden.projectRoot();
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** The JDK methods that compile a regex when called (JDK 17: String.format's Formatter parses with one). */
    static final Set<String> REGEX_CALLS = Set.of("java/util/regex/Pattern.compile", "java/util/regex/Pattern.matches",
            "java/lang/String.matches", "java/lang/String.replaceAll", "java/lang/String.replaceFirst",
            "java/lang/String.split", "java/lang/String.format", "java/lang/String.formatted", "java/util/Formatter.format");
    /** String.split's own fast path (String.java): one character that is no regex metacharacter, or a backslash and one that is no letter or digit. */
    private static final Pattern SPLIT_FAST_PATH = Pattern.compile("[^.$|()\\[{^?*+\\\\]|\\\\[^0-9a-zA-Z]");
    /**
     * The one place our code may compile a regex on the path: an intent schema's pattern that is
     * not one of the fixed {@code KnownPattern}s (a model URI, a parser name, a duration), compiled
     * the first time a field that has it is present (the schemas declare ~25 open-ended patterns).
     */
    private static final Set<String> ALLOWED_REGEX = Set.of("dev/rhoaikrm/core/intent/RegexPattern.compiled:()Ljava/util/regex/Pattern;");
    /**
     * Regex compiles on the path not yet replaced (2026-12, the first pass did the model-serving
     * path and the names, label keys and quantities of all four): Git URL forms (scp-like, ssh://),
     * the {{ }} placeholders of name templates, an AWS zone of a region. Each still compiles (checked
     * below, so an entry is removed once its method no longer does): shrink this list, never grow it.
     */
    static final Set<String> PENDING_REGEX = Set.of(
            "dev/rhoaikrm/core/fn/GitSource.<clinit>:()V",
            "dev/rhoaikrm/appsetdiscovery/NameTemplate.<clinit>:()V",
            "dev/rhoaikrm/appsetdiscovery/Fleet.<clinit>:()V",
            "dev/rhoaikrm/gpuworkerset/AwsPlatform.zoneInRegion:(Ljava/lang/String;Ljava/lang/String;)Z");
    /**
     * Typical renders (function, door) that link no invokedynamic call site at all: the JDK's
     * lambda machinery and java.util.regex stay unloaded, and snakeyaml-engine's {@code Tag}, whose
     * constants compile the process's first regex (binding reads {@code YamlTree} instead). The
     * kustomize door still scans its file with the library's parser (LoadSettings, JsonSchema).
     */
    static final Set<String> NO_INVOKEDYNAMIC = Set.of("model-serving-generator kpt", "dsc-overlay-composer kpt");
    /** The classes whose loading means an invokedynamic linkage, a regex, or the library's Tag. */
    private static final List<String> INDY_CLASSES = List.of("org.snakeyaml.engine.v2.nodes.Tag", "java.lang.invoke.LambdaMetafactory",
            "java.util.regex.Pattern");

    /** A bytecode instruction in javap's listing ("12: invokevirtual #7 // Method ..."). */
    private static final Pattern INSTRUCTION = Pattern.compile("\\d+: [a-z]");
    private static final Pattern INT_CONSTANT = Pattern.compile("^\\d+: (iconst_\\w+|bipush|sipush)\\b");
    private static final Pattern LAMBDA = Pattern.compile("\\] (dev\\.rhoaikrm\\.[\\w.$]+?)\\$\\$Lambda\\S*");

    static Path jar;
    static boolean touchedMethods;
    /** javap's reading of each of our classes: method (name:descriptor) to the regex calls in it. */
    private static final Map<String, Map<String, List<String>>> regexCallsByClass = new HashMap<>();

    @BeforeAll
    static void theBuiltJar() {
        Processes.launcher("rhoai-krm"); // fails when the jar was not built
        jar = Path.of(System.getProperty("rhoai.dist", ROOT.resolve("target/dist").toString())).resolve("rhoai-krm.jar");
        touchedMethods = Runtime.version().feature() <= 20; // -XX:+LogTouchedMethods was removed in JDK 21
    }

    /** bench/run's FUNCTIONS: each function with its shipped example. */
    static List<String[]> examples() throws IOException {
        String bench = Files.readString(ROOT.resolve("bench/run"));
        String table = bench.substring(bench.indexOf("FUNCTIONS = {"), bench.indexOf("}", bench.indexOf("FUNCTIONS = {")));
        Matcher m = Pattern.compile("\"([a-z-]+)\": \"([^\"]+)\"").matcher(table);
        List<String[]> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(new String[] {m.group(1), m.group(2), "kpt"});
            examples.add(new String[] {m.group(1), m.group(2), "kustomize"});
        }
        assertThat(examples).as("bench/run FUNCTIONS").hasSize(2 * Functions.registered().size());
        return examples;
    }

    @ParameterizedTest(name = "{0} on {1}, {2} door")
    @MethodSource("examples")
    void noLambdaOrRegexOfOursOnTheTypicalRender(String function, String example, String door, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path file = ROOT.resolve(example);
        Path log = tmp.resolve("class-load.log"); // a file: the log outgrows a pipe nobody drains yet
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Xlog:class+load=info:file=" + log, "-XX:+DisplayVMOutputToStderr", "-Drhoai.krm.function=" + function));
        if (touchedMethods) {
            command.addAll(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+LogTouchedMethods", "-XX:+PrintTouchedMethodsAtExit"));
        }
        command.addAll(List.of("-cp", jar.toString(), "dev.rhoaikrm.cli.Main"));
        byte[] stdin = new byte[0];
        if (door.equals("kpt")) {
            stdin = resourceList(file).getBytes(StandardCharsets.UTF_8);
        } else {
            command.add(file.toString());
        }
        Processes.Result run = Processes.run(command, file.getParent(), Map.of(), stdin);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).as("the render's output").contains("kind: ");

        String classLoads = Files.readString(log);
        // without these lists the checks below would pass on nothing
        assertThat(classLoads).as("the class-load log").contains("] dev.rhoaikrm.cli.Main source: ");
        if (touchedMethods) {
            assertThat(run.stderr()).as("the JVM's touched-methods list on stderr").contains("\ndev/rhoaikrm/cli/Main.main:([Ljava/lang/String;)V");
        }
        Set<String> lambdas = new TreeSet<>();
        Matcher m = LAMBDA.matcher(classLoads);
        while (m.find()) {
            lambdas.add(m.group(1));
        }
        List<String> regexes = touchedMethods ? regexCompilers(run.stderr()) : List.of();
        if (NO_INVOKEDYNAMIC.contains(function + " " + door)) {
            for (String indy : INDY_CLASSES) {
                assertThat(classLoads).as("%s's typical render (%s door) loads %s: something on the path now links an invokedynamic"
                        + " call site or touches the YAML library's Tag (docs/ARCHITECTURE.md, \"One run\")", function, door, indy)
                        .doesNotContain("] " + indy + " source: ");
            }
        }
        assertThat(lambdas).as("classes of ours that linked a lambda or method reference on %s's typical render (%s door):"
                + " write the loop, if or small named method instead (docs/ARCHITECTURE.md, \"One run\")", function, door).isEmpty();
        assertThat(regexes).as("methods of ours that ran on %s's typical render (%s door) and compile a java.util.regex Pattern:"
                + " match by hand (held to the regex by a test, as KnownPattern) or move the compile to where it is needed", function, door)
                .isEmpty();
        Assumptions.assumeTrue(touchedMethods, "JDK " + Runtime.version().feature()
                + " has no -XX:+LogTouchedMethods: the lambdas were checked, the regexes are checked on JDK 17 to 20");
    }

    /** Every pending entry still compiles a regex: a fixed one must leave {@link #PENDING_REGEX}. */
    @org.junit.jupiter.api.Test
    void everyPendingRegexIsStillThere() {
        for (String pending : PENDING_REGEX) {
            int dot = pending.indexOf('.');
            assertThat(regexCalls(pending.substring(0, dot)).get(pending.substring(dot + 1))).as(pending).isNotEmpty();
        }
    }

    /** "Class.method calls X" for each method of ours the JVM lists as run that calls one of {@link #REGEX_CALLS}. */
    private static List<String> regexCompilers(String stderr) {
        List<String> found = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (!line.startsWith("dev/rhoaikrm/") || line.contains("$$Lambda") || ALLOWED_REGEX.contains(line) || PENDING_REGEX.contains(line)) {
                continue; // not ours, a lambda's hidden class (the class-load log has those), the one allowance, or not done yet
            }
            int dot = line.indexOf('.');
            String className = line.substring(0, dot);
            List<String> calls = regexCalls(className).get(line.substring(dot + 1));
            if (calls != null && !calls.isEmpty()) {
                found.add(line + " calls " + String.join(", ", calls));
            }
        }
        return found;
    }

    /** The regex calls in each method of a class of the jar (name:descriptor to calls), read once with javap. */
    private static synchronized Map<String, List<String>> regexCalls(String className) {
        Map<String, List<String>> known = regexCallsByClass.get(className);
        if (known != null) {
            return known;
        }
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        int exit = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-s", "-cp", jar.toString(), className.replace('/', '.'));
        assertThat(exit).as("javap %s: %s", className, out).isZero();
        Map<String, List<String>> byMethod = new LinkedHashMap<>();
        String name = null;
        List<String> calls = null;
        String lastString = null; // the string constant just pushed, for split's separator
        for (String line : out.toString().split("\n")) {
            String t = line.trim();
            if (line.startsWith("  ") && !line.startsWith("    ") && t.endsWith(";")) { // a member's header
                name = t.equals("static {};") ? "<clinit>" : memberName(t, className);
                calls = null;
            } else if (t.startsWith("descriptor: ") && name != null) {
                calls = new ArrayList<>();
                byMethod.put(name + ":" + t.substring("descriptor: ".length()), calls);
                name = null;
            } else if (calls != null && INSTRUCTION.matcher(t).lookingAt()) {
                String comment = t.contains("// ") ? t.substring(t.indexOf("// ") + 3) : "";
                if (comment.startsWith("String ")) {
                    lastString = comment.substring("String ".length());
                    continue;
                }
                if (comment.startsWith("Method ") || comment.startsWith("InterfaceMethod ")) {
                    String target = comment.substring(comment.indexOf(' ') + 1);
                    String owner = target.substring(0, target.indexOf(':'));
                    if (REGEX_CALLS.contains(owner) && !(owner.equals("java/lang/String.split") && fastSplit(lastString))) {
                        calls.add(owner.substring(owner.lastIndexOf('/') + 1));
                    }
                }
                if (!INT_CONSTANT.matcher(t).find()) {
                    lastString = null; // split(s, limit): only an int constant may come between the separator and the call
                }
            }
        }
        regexCallsByClass.put(className, byMethod);
        return byMethod;
    }

    /** split(s) or split(s, limit) with a constant s on String.split's fast path (no Pattern compiled). */
    private static boolean fastSplit(String separator) {
        return separator != null && SPLIT_FAST_PATH.matcher(unescape(separator)).matches();
    }

    /** javap writes a constant's backslash as \\. */
    private static String unescape(String javapString) {
        return javapString.replace("\\\\", "\\");
    }

    /** A method's name from javap's header ("public static boolean isNumber(java.lang.String);"), {@code <init>} for constructors. */
    private static String memberName(String header, String className) {
        int paren = header.indexOf('(');
        if (paren < 0) {
            return null; // a field
        }
        String before = header.substring(0, paren);
        String name = before.substring(before.lastIndexOf(' ') + 1);
        return name.equals(className.replace('/', '.')) ? "<init>" : name;
    }

    /** The example as the one item of a ResourceList, as kpt passes it (bin/build-aot-cache's resource_list). */
    private static String resourceList(Path example) throws IOException {
        StringBuilder b = new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
        boolean first = true;
        for (String line : Files.readAllLines(example)) {
            if (line.startsWith("#")) {
                continue;
            }
            b.append(first ? "- " : "  ").append(line).append('\n');
            first = false;
        }
        return b.toString();
    }
}
