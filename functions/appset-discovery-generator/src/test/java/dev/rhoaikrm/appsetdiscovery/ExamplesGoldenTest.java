package dev.rhoaikrm.appsetdiscovery;

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
 * Every example under examples/appset-discovery renders to its .expected/manifests.yaml, twice
 * identically, and every object in it is valid against the upstream schema of its kind (ArgoCD
 * Application, ApplicationSet, AppProject; ClusterRoleBinding).
 */
class ExamplesGoldenTest {
    static final Path EXAMPLES = Golden.projectRoot().resolve("examples/appset-discovery");

    static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("Kptfile"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesRenderAsExpected() throws IOException {
        return examples().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            InProcess.Run run = InProcess.render(dir, List.of(new AppSetDiscoveryFunction()));
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stderr()).as("the examples render without warnings").isEmpty();
            Golden.assertMatches(dir.resolve(".expected/manifests.yaml"), run.stdout());
            assertThat(InProcess.render(dir, List.of(new AppSetDiscoveryFunction())).stdout()).isEqualTo(run.stdout());
            assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> theReferenceRepositoryIsAnExample() throws IOException {
        return Stream.of(DynamicTest.dynamicTest("examples", () -> assertThat(examples()).extracting(p -> p.getFileName().toString())
                .contains("rhoai-deploy-gitops")));
    }
}
