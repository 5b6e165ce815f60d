package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kubectl kustomize --enable-alpha-plugins runs the functions as legacy exec plugins from the
 * plugin home bin/make-plugin-home lays out: as a generator (config file only) and as a
 * transformer (intents under resources:, every resource on stdin, so cross-checks see them).
 */
class KubectlKustomizeIT {
    @TempDir
    static Path pluginHome;

    @BeforeAll
    static void layOutPluginHome() {
        E2e.pluginHome(pluginHome);
    }

    static Processes.Result kustomize(Path dir) {
        Processes.launcher("model-serving-generator");
        return E2e.kustomize(dir, pluginHome);
    }

    @Test
    void theExampleKustomizationBuildsWithTheGenerator() {
        Processes.Result run = kustomize(Golden.projectRoot().resolve("examples/model-serving/orchestrator-8b"));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("kind: InferenceService", "kind: Job", "kind: PersistentVolumeClaim",
                "networking.kserve.io/visibility: exposed")
                .doesNotContain("kind: ModelServing", "config.kubernetes.io/path");
        assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
    }

    @Test
    void asATransformerItSeesTheOtherResourcesAndKeepsThem(@TempDir Path dir) {
        E2e.write(dir.resolve("kustomization.yaml"), """
                resources: [hand-written.yaml, model.yaml]
                transformers: [model.yaml]
                """);
        E2e.write(dir.resolve("hand-written.yaml"), E2e.HAND_WRITTEN);
        E2e.write(dir.resolve("model.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata:
                  name: granite
                  annotations: {config.kubernetes.io/local-config: "true"}
                spec:
                  model: {uri: "hf://ibm-granite/granite-3.3-8b-instruct"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        Processes.Result run = kustomize(dir);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("name: settings", "name: creds", "name: granite-download-", "kind: ServingRuntime")
                .doesNotContain("kind: ModelServing", "kustomize.config.k8s.io/id");
    }

    @Test
    void anInvalidIntentFailsTheBuildWithItsFieldPath(@TempDir Path dir) {
        E2e.write(dir.resolve("kustomization.yaml"), "generators: [model.yaml]\n");
        E2e.write(dir.resolve("model.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata: {name: broken}
                spec:
                  model: {uri: "oci://registry.redhat.io/rhelai1/modelcar-gpt-oss-120b:1.5"}
                  gpu: {count: 1, product: NVIDIA-L40S}
                """);
        Processes.Result run = kustomize(dir);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("spec.gpu.count", "does not fit on 1 × NVIDIA-L40S", "g6e.12xlarge");
        assertThat(run.stderr()).as("the kustomization that lists the intent, not kustomize's temporary copy of it")
                .contains("model-serving-generator: error: " + dir.toAbsolutePath() + "/kustomization.yaml: ModelServing/broken: spec.gpu.count")
                .doesNotContain("model-serving-generator: error: /tmp/kust-plugin-config-");
    }

    /**
     * With buildMetadata: [originAnnotations], kustomize (v5.5.0 on PATH, v5.7.1 of the real tools)
     * tells the plugin the intent's file (api/resource/origin.go): the message names it.
     */
    @Test
    void withOriginAnnotationsTheMessageNamesTheIntentsFile(@TempDir Path dir) {
        E2e.write(dir.resolve("kustomization.yaml"), "buildMetadata: [originAnnotations]\ngenerators: [models/broken.yaml]\n");
        E2e.write(dir.resolve("models/broken.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata: {name: broken}
                spec:
                  model: {uri: "hf://ibm-granite/granite-3.3-8b-instruct"}
                  gpu: {count: -1, product: NVIDIA-L40S}
                """);
        Processes.launcher("model-serving-generator");
        for (String kubectl : List.of(Processes.requireTool("kubectl"), RealTools.KUBECTL.path())) {
            Processes.Result run = Processes.run(List.of(kubectl, "kustomize", "--enable-alpha-plugins", dir.toString()), dir,
                    Map.of("KUSTOMIZE_PLUGIN_HOME", pluginHome.toString()), new byte[0]);
            assertThat(run.exitCode()).as(run.describe()).isNotZero();
            assertThat(run.stderr()).as(kubectl)
                    .contains("model-serving-generator: error: models/broken.yaml: ModelServing/broken: spec.gpu.count: -1 is less than the minimum 0");
        }
    }
}
