package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.GoldenUpdate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The bad-input corpus (src/test/resources/bad-input/, see {@link BadInputCase}) through every
 * front door that applies: exit 1, exactly the expected error results (severity, file, object,
 * field path, message), never a stack trace, nothing on stdout of a plain door, and the KRM door's
 * items back unchanged. {@code -Drhoai.golden.update=true} rewrites a failing case's results from
 * what its render door reports ({@link BadInputUpdate}) and fails that test; read the diff.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Golden.projectRoot().resolve("functions/rhoai-krm/src/test/resources/bad-input");
    private static final Pattern FIELD_PATH = Pattern.compile("^[^\\s\"]+: ");
    private static final Pattern RESOURCE = Pattern.compile("^[A-Z][A-Za-z0-9]*/[^ ]*: ");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicNode> corpus() {
        List<BadInputCase> cases = BadInputCase.all(CORPUS);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        return cases.stream().map(c -> DynamicContainer.dynamicContainer(c.name() + ": " + c.about(), runs(c)));
    }

    private Stream<DynamicNode> runs(BadInputCase c) {
        List<DynamicNode> tests = new ArrayList<>();
        for (String door : c.doors()) {
            List<KrmFunction> functions = door.equals("krm") || door.equals("legacy") ? functions(c) : List.of(Functions.all().get(0));
            for (KrmFunction f : functions) {
                String name = functions.size() > 1 ? door + " (" + f.name() + ")" : door;
                tests.add(DynamicTest.dynamicTest(name, () -> check(c, door,
                        BadInputDoors.run(c, door, f, tmp.resolve(c.name()).resolve(name.replace(' ', '-'))))));
            }
        }
        return tests.stream();
    }

    private static List<KrmFunction> functions(BadInputCase c) {
        if ("all".equals(c.function())) {
            return Functions.all();
        }
        return Functions.all().stream().filter(f -> f.name().equals(c.function())).findFirst().map(List::of)
                .orElseThrow(() -> new IllegalStateException(c.name() + ": unknown function " + c.function()));
    }

    static void check(BadInputCase c, String door, BadInputDoors.Run run) {
        String what = door + " of " + c.name() + ":\n" + run.err();
        assertThat(run.err()).as(what).doesNotContain("\tat ", "Exception");
        assertThat(run.code()).as(what).isEqualTo(c.exit());
        List<BadInputCase.Expected> actual = door.equals("krm") ? krmResults(c, run) : lineResults(run.err());
        if (!door.equals("krm") && c.exit() != 0) {
            assertThat(run.out()).as("a plain door prints nothing on error: " + what).isEmpty();
        }
        List<BadInputCase.Expected> expected = c.results().stream().filter(e -> e.appliesTo(door)).map(e -> forDoor(c, door, e)).toList();
        try {
            assertMatch(expected, actual, door);
        } catch (AssertionError e) {
            // the directory door names files as the package has them; the others map them
            if (GoldenUpdate.requested() && door.equals(BadInputUpdate.door(c))) {
                BadInputUpdate.rewrite(c, door, actual); // and GoldenUpdateExtension fails the test, naming the file
                return;
            }
            throw new AssertionError(e.getMessage() + "\n--- " + what, e);
        }
        if (door.equals(BadInputUpdate.door(c))) {
            // what update mode would write for a case that holds is the case as it is
            String text = Yamls.read(c.dir().resolve(BadInputCase.EXPECT));
            assertThat(BadInputUpdate.rewritten(text, c, door, actual)).as("update mode leaves %s alone", c.name()).isEqualTo(text);
        }
    }

    /** The file a door reports for an expected file of the package. */
    static BadInputCase.Expected forDoor(BadInputCase c, String door, BadInputCase.Expected e) {
        String file = e.file();
        if (file != null && !file.startsWith("<")) {
            file = switch (door) {
                case "stream" -> "<stdin>";
                case "krm" -> c.raw() ? "<stdin>" : file;
                case "legacy" -> file.equals(c.legacyConfig()) ? file : "<stdin>";
                default -> file;
            };
        }
        return new BadInputCase.Expected(e.severity(), file, e.resource(), e.path(), e.message());
    }

    /** Every expected error matches one error result and no error is left over; expected warnings must be there. */
    private static void assertMatch(List<BadInputCase.Expected> expected, List<BadInputCase.Expected> actual, String door) {
        List<BadInputCase.Expected> left = new ArrayList<>(actual);
        for (BadInputCase.Expected e : expected) {
            BadInputCase.Expected hit = left.stream().filter(a -> matches(e, a)).findFirst()
                    .orElseThrow(() -> new AssertionError(door + ": no result matches " + e + "\nresults: " + actual));
            left.remove(hit);
        }
        assertThat(left.stream().filter(a -> a.severity().equals("error")).toList()).as(door + ": unexpected errors").isEmpty();
    }

    static boolean matches(BadInputCase.Expected e, BadInputCase.Expected a) {
        return e.severity().equals(a.severity()) && java.util.Objects.equals(e.file(), a.file())
                && java.util.Objects.equals(e.resource(), a.resource()) && java.util.Objects.equals(e.path(), a.path())
                && a.message().contains(e.message());
    }

    /** The KRM door's results, read from its ResourceList; its items must be the ones it was given. */
    @SuppressWarnings("unchecked")
    private static List<BadInputCase.Expected> krmResults(BadInputCase c, BadInputDoors.Run run) {
        if (run.out().isEmpty()) {
            return lineResults(run.err()); // not a ResourceList at all: the door read it as a plain stream
        }
        int at = run.out().lastIndexOf("\nresults:\n") + 1;
        assertThat(at > 0 || c.exit() == 0).as("the KRM door answers errors with results:\n" + run.out()).isTrue();
        String items = at > 0 ? run.out().substring(0, at) : run.out();
        String input = new String(run.stdin(), StandardCharsets.UTF_8);
        if (!items.equals(input)) {
            // only input that is no readable ResourceList at all gets an empty one back
            assertThat(items).as("the items come back unchanged")
                    .isEqualTo("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n");
            assertThat(c.results()).as("an unreadable ResourceList is reported on <stdin>")
                    .allMatch(r -> r.file() == null || c.raw() || r.file().equals("<stdin>"));
        }
        List<BadInputCase.Expected> out = new ArrayList<>();
        if (at == 0) {
            return out;
        }
        Map<String, Object> results = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(run.out().substring(at));
        for (Map<String, Object> r : (List<Map<String, Object>>) results.get("results")) {
            Map<String, Object> ref = (Map<String, Object>) r.get("resourceRef");
            Map<String, Object> field = (Map<String, Object>) r.get("field");
            Map<String, Object> file = (Map<String, Object>) r.get("file");
            out.add(new BadInputCase.Expected((String) r.get("severity"), file == null ? null : (String) file.get("path"),
                    ref == null ? null : ref.get("kind") + "/" + ref.get("name"), field == null ? null : (String) field.get("path"),
                    (String) r.get("message")));
        }
        return out;
    }

    /** The results a plain door printed on stderr: "test: SEVERITY: [FILE: ][Kind/name: ][field.path: ]message". */
    static List<BadInputCase.Expected> lineResults(String err) {
        List<BadInputCase.Expected> out = new ArrayList<>();
        for (String line : err.split("\n")) {
            for (String severity : List.of("error", "warning", "info")) {
                String prefix = BadInputDoors.LABEL + ": " + severity + ": ";
                if (line.startsWith(prefix)) {
                    out.add(parse(severity, line.substring(prefix.length())));
                }
            }
        }
        return out;
    }

    private static BadInputCase.Expected parse(String severity, String rest) {
        String file = null;
        int colon = rest.indexOf(": ");
        String first = colon < 0 ? "" : rest.substring(0, colon);
        if (first.startsWith("<") || first.matches("[^ \"]*\\.(yaml|yml|json)|[^ \"]*/[^ \"]*\\.(yaml|yml)")) {
            file = first;
            rest = rest.substring(colon + 2);
        }
        String resource = null;
        var m = RESOURCE.matcher(rest);
        if (m.find()) {
            resource = m.group().substring(0, m.group().length() - 2);
            rest = rest.substring(m.end());
        }
        String path = null;
        m = FIELD_PATH.matcher(rest);
        if (m.find()) {
            path = m.group().substring(0, m.group().length() - 2);
            rest = rest.substring(m.end());
        }
        return new BadInputCase.Expected(severity, file, resource, path, rest);
    }
}
