package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reference validator (shared/crds/validate.py) and SchemaValidator give the same verdicts on
 * the sample set. validate.py is pointed at the vendored schemas, so only the validators differ.
 */
class ValidatePyAgreementTest {
    private static Map<String, Set<String>> python;
    private static Map<String, Set<String>> java;

    /** Runs both once; called by each test so that a missing python aborts (skips) each visibly. */
    private static synchronized void runBoth() throws Exception {
        if (python != null) {
            return;
        }
        Path script = Golden.sharedOrSkip("crds/validate.py", "the comparison with validate.py");
        if (!pythonReady()) {
            abort("python3 with pyyaml and jsonschema not available: comparison with validate.py skipped");
        }
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), "--strict-kinds",
                "--schemas", vendoredDir().toString()));
        Samples.files().forEach(f -> cmd.add(f.toString()));
        Result r = run(cmd);
        List<String> lines = r.output.lines().toList();
        assertThat(lines).as(r.output).isNotEmpty();
        assertThat(lines.get(lines.size() - 1)).as("validate.py saw the same objects, all of known kinds")
                .startsWith(Samples.all().size() + " objects, ").endsWith(", 0 unknown kind");
        // FILE: KIND/NAME: PATH: MESSAGE
        Map<String, Set<String>> py =
                byLabel(lines.subList(0, lines.size() - 1).stream().map(l -> l.split(": ", 2)[1]).toList());
        java = byLabel(Samples.files().stream()
                .flatMap(f -> SchemaValidator.shipped().validateYaml(Samples.read(f)).stream()).toList());
        python = py; // last: marks the run as done
    }

    @Test
    void sameObjectsAreInvalid() throws Exception {
        runBoth();
        assertThat(java.keySet()).as("invalid per SchemaValidator vs validate.py").isEqualTo(python.keySet());
    }

    /** Stricter than the verdict: the same paths are reported (messages differ by library). */
    @Test
    void sameProblemPaths() throws Exception {
        runBoth();
        assertThat(java).isEqualTo(python);
    }

    private static Map<String, Set<String>> byLabel(List<String> problems) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String p : problems) {
            String[] parts = p.split(": ", 3);
            out.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[1]);
        }
        return out;
    }

    private static Path vendoredDir() throws URISyntaxException {
        return Path.of(Samples.class.getClassLoader().getResource(ShippedSchemas.BASE + "SOURCES.md").toURI())
                .getParent();
    }

    private record Result(int exitCode, String output) {
    }

    private static boolean pythonReady() throws InterruptedException {
        try {
            return run(List.of("python3", "-c", "import yaml, jsonschema")).exitCode == 0;
        } catch (UncheckedIOException e) { // no python3 on the PATH
            return false;
        }
    }

    private static Result run(List<String> cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
