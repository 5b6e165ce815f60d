package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery against working trees. Each case under src/test/resources/discovery/NAME/ holds
 * intent.yaml (discover: true), tree.txt (the repository to build: one file per line, "DIR/" for
 * an empty directory, "link PATH -> TARGET" for a symbolic link; a .git directory is added so the
 * root is found as in a checkout), and the expected output: results.txt (the function's results,
 * the temporary root shown as &lt;root&gt;) and discover.txt (what {@code rhoai-krm discover
 * --root TREE} prints on stdout, then its stderr).
 */
class DiscoveryCasesTest {
    static final Path CASES = Golden.projectRoot().resolve("functions/appset-discovery-generator/src/test/resources/discovery");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private void check(Path dir) throws IOException {
        Path root = tmp.resolve(dir.getFileName().toString()).resolve("repo");
        build(root, Files.readString(dir.resolve("tree.txt")));
        String intent = Files.readString(dir.resolve("intent.yaml"));

        InProcess.Run run = Runs.stdin(intent, Map.of(), root.resolve(startIn(dir)));
        String results = run.stderr().replace(root.toRealPath().toString(), "<root>");
        Golden.assertMatches(dir.resolve("results.txt"), results);
        boolean failing = Runs.assertOutcome(run);
        if (!failing) {
            assertThat(run.stdout()).contains("kind: ");
            long emitted = run.stdout().lines().filter(l -> l.equals("kind: Application")).count();
            long explicit = run.stderr().lines().filter(l -> l.contains(") from the bootstrap") || l.contains(") from the explicit")).count();
            assertThat(emitted).as("only the bootstrap and explicit Applications are emitted; the sets own the discovered ones")
                    .isEqualTo(explicit);
        }

        Path intents = tmp.resolve(dir.getFileName().toString()).resolve("intents");
        Files.createDirectories(intents);
        Files.writeString(intents.resolve("intent.yaml"), intent);
        InProcess.Run discover = Runs.discover(intents.toString(), "--root", root.toString());
        String text = discover.stdout() + "--- stderr\n" + discover.stderr();
        Golden.assertMatches(dir.resolve("discover.txt"), text.replace(root.toRealPath().toString(), "<root>")
                .replace(intents.toString(), "<intents>"));
        assertThat(discover.exitCode()).isEqualTo(failing ? 1 : 0);
    }

    /** Where the function runs: the root, or the directory named in start.txt (to test finding the root). */
    private static String startIn(Path dir) throws IOException {
        Path start = dir.resolve("start.txt");
        return Files.exists(start) ? Files.readString(start).trim() : ".";
    }

    static void build(Path root, String tree) throws IOException {
        Trees.build(root, tree);
    }
}
