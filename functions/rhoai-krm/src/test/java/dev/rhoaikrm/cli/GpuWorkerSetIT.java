package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gpu-workerset-generator end to end: the aws-reference example rendered in place by
 * kpt fn render --allow-exec (files it does not own as `cat` leaves them, stable on a second render),
 * the example that takes the cluster's facts from a saved worker MachineSet rendering the same files
 * (the saved file kept as it is), and every example built by kubectl kustomize with the plugin home:
 * as a generator reading the saved MachineSet from disk, and as a transformer finding it by name.
 */
class GpuWorkerSetIT {
    static final Path EXAMPLES = Golden.projectRoot().resolve("examples/gpu-workerset");
    static final List<String> GENERATED = List.of(
            "generated/gpu-workers/machineset_ocp-2qkbk-gpu-l4-us-east-2a.yaml",
            "generated/gpu-workers/machineautoscaler_ocp-2qkbk-gpu-l4-us-east-2a.yaml",
            "generated/gpu-workers/machineset_ocp-2qkbk-gpu-l40s-us-east-2a.yaml",
            "generated/gpu-workers/machineautoscaler_ocp-2qkbk-gpu-l40s-us-east-2a.yaml",
            "generated/gpu-workers/resourceflavor_gpu-l4.yaml",
            "generated/gpu-workers/resourceflavor_gpu-l40s.yaml",
            "generated/gpu-workers/resourceflavor_default-flavor.yaml",
            "generated/gpu-workers/clusterqueue_training-cluster-queue.yaml",
            "generated/gpu-workers/clusterautoscaler_default.yaml");

    @TempDir
    static Path pluginHome;

    @BeforeAll
    static void layOutPluginHome() {
        E2e.pluginHome(pluginHome);
    }

    @Test
    void kptRenderInPlaceIsLosslessAndStable(@TempDir Path tmp) {
        E2e.KptRendered kpt = E2e.kptRenderBesideCat(EXAMPLES.resolve("aws-reference"), Processes.launcher("gpu-workerset-generator"),
                "gpu-workers.yaml", tmp);
        for (String file : List.of("hand-written.yaml", "gpu-workers.yaml", "kustomization.yaml", ".expected/manifests.yaml", ".krmignore")) {
            assertThat(kpt.rendered().get(file)).as(file).isEqualTo(kpt.yardstick().get(file));
        }
        assertThat(kpt.rendered().keySet()).containsAll(GENERATED);
        assertThat(kpt.rendered().get("generated/gpu-workers/machineset_ocp-2qkbk-gpu-l40s-us-east-2a.yaml"))
                .contains("instanceType: g6e.12xlarge", "rhoai-krm.dev/gpu-pool: l40s", "cluster-api/accelerator: nvidia-l40s")
                .doesNotContain("config.kubernetes.io/path", "replicas: 1");
    }

    @Test
    void kptRenderFromASavedMachineSetWritesWhatTheStatedFactsWrite(@TempDir Path tmp) {
        E2e.KptRendered stated = E2e.kptRenderBesideCat(EXAMPLES.resolve("aws-reference"), Processes.launcher("gpu-workerset-generator"),
                "gpu-workers.yaml", tmp.resolve("stated"));
        E2e.KptRendered derived = E2e.kptRenderBesideCat(EXAMPLES.resolve("aws-from-machineset"),
                Processes.launcher("gpu-workerset-generator"), "gpu-workers.yaml", tmp.resolve("derived"));
        for (String file : List.of("worker-us-east-2a.yaml", "gpu-workers.yaml", "hand-written.yaml")) {
            assertThat(derived.rendered().get(file)).as(file).isEqualTo(derived.yardstick().get(file));
        }
        // the one difference, as in kubectlKustomizeBuildsEveryExample...: the stated defaults' pre-4.16 names
        Map<String, String> statedGenerated = generated(stated.rendered());
        statedGenerated.replaceAll((f, text) -> text.replaceAll("(?m)^ +- ocp-2qkbk-(worker-sg|private-us-east-2[a-z])\n", ""));
        assertThat(generated(derived.rendered())).isEqualTo(statedGenerated).hasSize(GENERATED.size());
    }

    private static Map<String, String> generated(Map<String, String> files) {
        Map<String, String> out = new TreeMap<>(files);
        out.keySet().removeIf(f -> !f.startsWith("generated/"));
        return out;
    }

    static Processes.Result kustomize(Path dir) {
        Processes.launcher("gpu-workerset-generator");
        return E2e.kustomize(dir, pluginHome);
    }

    @Test
    void kubectlKustomizeBuildsEveryExampleAndTheSavedMachineSetsGiveWhatTheStatedFactsGive() {
        Map<String, String> twins = Map.of("aws-from-machineset", "aws-reference", "azure-from-machineset", "azure",
                "gcp-from-machineset", "gcp");
        for (Map.Entry<String, String> e : twins.entrySet()) {
            Processes.Result stated = kustomize(EXAMPLES.resolve(e.getValue()));
            Processes.Result derived = kustomize(EXAMPLES.resolve(e.getKey()));
            assertThat(stated.exitCode()).as(stated.describe()).isZero();
            assertThat(derived.exitCode()).as(derived.describe()).isZero();
            assertThat(stated.stdout()).contains("kind: MachineSet", "kind: MachineAutoscaler", "kind: ClusterAutoscaler",
                    "kind: ResourceFlavor", "kind: ClusterQueue").doesNotContain("kind: GpuWorkerSet");
            assertThat(SchemaValidator.withModels().validateYaml(stated.stdout())).isEmpty();
            // the one difference (gpu-workerset-generator ExamplesGoldenTest): the stated AWS defaults also name the
            // resources of clusters installed before 4.16 (openshift/installer pkg/asset/machines/aws/machines.go);
            // the saved MachineSet names its own cluster's only
            assertThat(derived.stdout()).as(e.getKey())
                    .isEqualTo(stated.stdout().replaceAll("(?m)^ +- ocp-2qkbk-(worker-sg|private-us-east-2[a-z])\n", ""))
                    .doesNotContain("status:", "managedFields", "resourceVersion", "uid:", "-worker-eastus1", "-worker-a\n");
        }
    }

    @Test
    void aBadIntentFailsTheBuildWithItsFieldPath(@TempDir Path dir) {
        E2e.write(dir.resolve("kustomization.yaml"), "generators: [gpu-workers.yaml]\n");
        E2e.write(dir.resolve("gpu-workers.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: GpuWorkerSet
                metadata: {name: broken}
                spec:
                  cluster: {fromMachineSet: {file: missing.yaml}}
                  pools: [{name: l4, instanceType: g6.2xlarge}]
                """);
        Processes.Result run = kustomize(dir);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("spec.cluster.fromMachineSet.file", "oc get machineset -n openshift-machine-api");
    }
}
