package dev.rhoaikrm.modelserving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example under examples/model-serving renders to its .expected/manifests.yaml, twice
 * identically, and every object in it is valid against the upstream schema of its kind.
 */
class ExamplesGoldenTest {
    static final Path EXAMPLES = Golden.projectRoot().resolve("examples/model-serving");

    static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("model.yaml"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesRenderAsExpected() throws IOException {
        return examples().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            InProcess.Run run = InProcess.render(dir, List.of(new ModelServingFunction()));
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            Golden.assertMatches(dir.resolve(".expected/manifests.yaml"), run.stdout());
            assertThat(InProcess.render(dir, List.of(new ModelServingFunction())).stdout()).isEqualTo(run.stdout());
            assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> thereAreThreeReferenceModels() throws IOException {
        return Stream.of(DynamicTest.dynamicTest("examples", () -> assertThat(examples()).extracting(p -> p.getFileName().toString())
                .contains("gpt-oss-120b", "qwen-math-7b", "orchestrator-8b")));
    }
}
