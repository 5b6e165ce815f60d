package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17: "in kustomize, transformer order decides whether the model/pool check runs". With
 * the real kubectl kustomize, a ModelServing and the GpuWorkerSet of its pool as transformers of one
 * kustomization, in both orders: each plugin keeps the local-config intents in the stream and
 * kustomize drops them from the output (verified here: no intent comes out); the later plugin checks
 * the earlier intent again with its facts. The build's output is the same in both orders, a model
 * its pool cannot hold fails in both, and gpu.workerSetFile makes even strict mode independent of
 * the order (the earlier plugin cannot see what a later one holds, so without it strict mode refuses
 * the skipped check: that is the warning strict mode is for).
 */
class TransformerOrderIT {
    @TempDir
    static Path pluginHome;

    static final String WORKERS = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata:
              name: gpu-workers
              annotations: {config.kubernetes.io/local-config: "true"}
            spec:
              cluster: {platform: aws, region: us-east-2, infrastructureId: ocp-2qkbk, image: ami-0fd7c367ed8a90d52}
              pools:
                - {name: l40s, instanceType: g6e.12xlarge, zones: [us-east-2a], replicas: {min: 0, max: 2}}
            """;

    @BeforeAll
    static void layOutPluginHome() {
        E2e.pluginHome(pluginHome);
    }

    static String model(String gpu) {
        return """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata:
                  name: granite
                  annotations: {config.kubernetes.io/local-config: "true"}
                spec:
                  model: {uri: "oci://registry.redhat.io/rhelai1/modelcar-granite-3-3-8b-instruct:1.5"}
                  runtime: {maxModelLen: 8192}
                """ + "  gpu: " + gpu + "\n";
    }

    static Processes.Result build(Path dir, String gpu, List<String> order, Map<String, String> env) {
        E2e.write(dir.resolve("workers/gpu-workers.yaml"), WORKERS);
        E2e.write(dir.resolve("model.yaml"), model(gpu));
        E2e.write(dir.resolve("gpu-workers.yaml"), WORKERS);
        E2e.write(dir.resolve("kustomization.yaml"), "transformers: [" + String.join(", ", order) + "]\n");
        Processes.launcher("model-serving-generator");
        String kubectl = Processes.requireTool("kubectl");
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("KUSTOMIZE_PLUGIN_HOME", pluginHome.toString());
        return Processes.run(List.of(kubectl, "kustomize", "--enable-alpha-plugins", dir.toString()), dir, all, new byte[0]);
    }

    static final List<String> POOL_FIRST = List.of("gpu-workers.yaml", "model.yaml");
    static final List<String> MODEL_FIRST = List.of("model.yaml", "gpu-workers.yaml");

    @Test
    void theOutputIsTheSameInBothOrdersAndHoldsNoIntent(@TempDir Path a, @TempDir Path b) {
        Processes.Result poolFirst = build(a, "{count: 2, pool: l40s}", POOL_FIRST, Map.of());
        Processes.Result modelFirst = build(b, "{count: 2, pool: l40s}", MODEL_FIRST, Map.of());
        assertThat(poolFirst.exitCode()).as(poolFirst.describe()).isZero();
        assertThat(modelFirst.exitCode()).as(modelFirst.describe()).isZero();
        assertThat(modelFirst.stdout()).isEqualTo(poolFirst.stdout());
        assertThat(poolFirst.stdout()).contains("kind: MachineSet", "kind: InferenceService", "rhoai-krm.dev/gpu-pool: l40s")
                .as("the pool was checked in both orders").doesNotContain("rhoai-krm.dev/unchecked")
                .as("kustomize drops the local-config intents the plugins keep in the stream")
                .doesNotContain("kind: ModelServing", "kind: GpuWorkerSet");
    }

    @Test
    void aPoolTooSmallFailsInBothOrders(@TempDir Path a, @TempDir Path b) {
        for (Processes.Result run : List.of(build(a, "{count: 8, pool: l40s}", POOL_FIRST, Map.of()),
                build(b, "{count: 8, pool: l40s}", MODEL_FIRST, Map.of()))) {
            assertThat(run.exitCode()).isNotZero();
            assertThat(run.stdout()).isEmpty();
            assertThat(run.stderr()).contains("ModelServing/granite: spec.gpu.count: 8 GPUs per replica, but a node of pool l40s"
                    + " (g6e.12xlarge, 4 × NVIDIA-L40S) has 4");
        }
    }

    @Test
    void aMissingPoolFailsInBothOrders(@TempDir Path a, @TempDir Path b) {
        for (Processes.Result run : List.of(build(a, "{count: 1, pool: a100}", POOL_FIRST, Map.of()),
                build(b, "{count: 1, pool: a100}", MODEL_FIRST, Map.of()))) {
            assertThat(run.exitCode()).isNotZero();
            assertThat(run.stderr()).contains("spec.gpu.pool: no GpuWorkerSet pool is named \"a100\"");
        }
    }

    @Test
    void warningsOfAPluginThatSucceedsReachNoOneUnlessStrict(@TempDir Path a, @TempDir Path b) {
        Processes.Result quiet = build(a, "{count: 1, product: NVIDIA-L40X}", List.of("model.yaml"), Map.of());
        assertThat(quiet.exitCode()).as(quiet.describe()).isZero();
        assertThat(quiet.stderr()).as("kustomize shows a plugin's stderr only when it fails").doesNotContain("NVIDIA-L40X");
        assertThat(quiet.stdout()).contains("rhoai-krm.dev/unchecked: 'GPU sizing: NVIDIA-L40X is no product of the instance"); // kustomize folds the line
        Processes.Result strict = build(b, "{count: 1, product: NVIDIA-L40X}", List.of("model.yaml"), Map.of("RHOAI_KRM_STRICT", "true"));
        assertThat(strict.exitCode()).isNotZero();
        assertThat(strict.stderr()).contains("spec.gpu.product: \"NVIDIA-L40X\" is not a GPU product of the instance catalog",
                "[strict mode: RHOAI_KRM_STRICT=true]");
    }

    @Test
    void withTheWorkerSetFileStrictModePassesInBothOrders(@TempDir Path a, @TempDir Path b) {
        String gpu = "{count: 2, pool: l40s, workerSetFile: workers/gpu-workers.yaml}";
        Processes.Result poolFirst = build(a, gpu, POOL_FIRST, Map.of("RHOAI_KRM_STRICT", "true"));
        Processes.Result modelFirst = build(b, gpu, MODEL_FIRST, Map.of("RHOAI_KRM_STRICT", "true"));
        assertThat(poolFirst.exitCode()).as(poolFirst.describe()).isZero();
        assertThat(modelFirst.exitCode()).as(modelFirst.describe()).isZero();
        assertThat(modelFirst.stdout()).isEqualTo(poolFirst.stdout());
        Processes.Result withoutFile = build(b, "{count: 2, pool: l40s}", MODEL_FIRST, Map.of("RHOAI_KRM_STRICT", "true"));
        assertThat(withoutFile.exitCode()).isNotZero();
        assertThat(withoutFile.stderr()).contains("GPU check skipped", "gpu.workerSetFile", "[strict mode");
    }
}
