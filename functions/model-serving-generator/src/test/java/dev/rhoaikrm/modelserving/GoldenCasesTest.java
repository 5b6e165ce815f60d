package dev.rhoaikrm.modelserving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSetFunction;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cases under src/test/resources/golden/NAME/: input.yaml (a manifest stream: intents and other
 * objects) in; expected.yaml (the manifests) and results.txt (stderr: results, one per line) out.
 * A case that should fail has an empty expected.yaml and exit code 1.
 */
class GoldenCasesTest {
    static final Path CASES = Golden.projectRoot().resolve("functions/model-serving-generator/src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private static void check(Path dir) throws IOException {
        // as the binary runs it: GpuWorkerSets of the input publish their pools
        InProcess.Run run = InProcess.stdin(Files.readString(dir.resolve("input.yaml")),
                FunctionSet.runningWith(new ModelServingFunction(), new GpuWorkerSetFunction()));
        Golden.assertMatches(dir.resolve("expected.yaml"), run.stdout());
        Golden.assertMatches(dir.resolve("results.txt"), run.stderr());
        boolean failing = run.stderr().contains(": error: ");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(failing ? 1 : 0);
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
        if (failing) {
            assertThat(run.stdout()).as("no partial output on error").isEmpty();
        } else {
            assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
        }
    }
}
