package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every example under examples/gpu-workerset renders to its .expected/manifests.yaml, twice
 * identically, and every object in it is valid against the upstream schema of its kind. The
 * examples that take the cluster's facts from a saved worker MachineSet render exactly what their
 * fully stated twins render, and nothing the API server wrote into the saved MachineSet gets out.
 */
class ExamplesGoldenTest {
    static final Path EXAMPLES = Golden.projectRoot().resolve("examples/gpu-workerset");
    /** Example taking its facts from a saved MachineSet → the example stating them. */
    static final Map<String, String> TWINS = Map.of(
            "aws-from-machineset", "aws-reference",
            "azure-from-machineset", "azure",
            "gcp-from-machineset", "gcp");
    /** What only a live cluster writes into the saved MachineSets of the examples, and what is the source's own. */
    static final List<String> SERVER_SET = List.of("status:", "managedFields", "resourceVersion", "creationTimestamp", "uid:",
            "generation:", "readyReplicas", "observedGeneration", "kubernetes.io/arch=amd64",
            "lifecycleHooks", "metadataServiceOptions", "diagnostics", "shieldedInstanceConfig");

    static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("gpu-workers.yaml"))).sorted().toList();
        }
    }

    static InProcess.Run render(Path dir) {
        return InProcess.render(dir, List.of(new GpuWorkerSetFunction()));
    }

    @TestFactory
    Stream<DynamicTest> examplesRenderAsExpected() throws IOException {
        return examples().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            InProcess.Run run = render(dir);
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stderr()).isEmpty();
            Golden.assertMatches(dir.resolve(".expected/manifests.yaml"), run.stdout());
            assertThat(render(dir).stdout()).isEqualTo(run.stdout());
            assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> aSavedWorkerMachineSetGivesWhatTheStatedFactsGive() {
        return TWINS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            InProcess.Run derived = render(EXAMPLES.resolve(e.getKey()));
            InProcess.Run stated = render(EXAMPLES.resolve(e.getValue()));
            assertThat(derived.exitCode()).as(derived.stderr()).isZero();
            // The one difference: the stated AWS defaults also name the resources of clusters installed before 4.16
            // (AwsPlatform.defaultSubnet, defaultSecurityGroups); the saved MachineSet names its own cluster's only.
            assertThat(derived.stdout()).isEqualTo(stated.stdout().replaceAll("(?m)^ +- ocp-2qkbk-(worker-sg|private-us-east-2[a-z])\n", ""));
            assertThat(derived.stdout()).doesNotContain(SERVER_SET);
            Map<String, Object> saved = new Load(LoadSettings.builder().build()).loadFromString(
                    Files.readString(EXAMPLES.resolve(e.getKey()).resolve(savedFile(e.getKey())))) instanceof Map<?, ?> m ? cast(m) : Map.of();
            Map<String, Object> metadata = cast((Map<?, ?>) saved.get("metadata"));
            assertThat(saved).as("the saved MachineSet is realistic: it has what the API server writes").containsKey("status");
            assertThat(metadata).containsKeys("uid", "resourceVersion", "creationTimestamp", "managedFields", "generation");
            assertThat(derived.stdout()).doesNotContain(String.valueOf(metadata.get("uid")), String.valueOf(metadata.get("name")),
                    "\"" + metadata.get("resourceVersion") + "\"");
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    static String savedFile(String example) throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES.resolve(example))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains("worker") && n.endsWith(".yaml")
                    && !n.equals("gpu-workers.yaml")).findFirst().orElseThrow();
        }
    }

    @TestFactory
    Stream<DynamicTest> thereAreExamplesForEveryPlatform() {
        return Stream.of(DynamicTest.dynamicTest("examples", () -> assertThat(examples()).extracting(p -> p.getFileName().toString())
                .contains("aws-reference", "azure", "gcp", "aws-from-machineset", "azure-from-machineset", "gcp-from-machineset")));
    }
}
