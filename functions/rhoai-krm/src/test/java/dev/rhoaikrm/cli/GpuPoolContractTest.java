package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.gpuworkerset.GpuWorkerSetFunction;
import dev.rhoaikrm.modelserving.ModelServingFunction;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The contract between the two functions: a ModelServing with gpu.pool gets a node selector that
 * the pool's MachineSet template carries (so the autoscaler can scale the pool up from zero for it),
 * and a toleration of the pool's taint; a pool too small for the model is refused.
 */
class GpuPoolContractTest {
    static final String MODEL = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: ModelServing
            metadata: {name: gpt-oss-120b}
            spec:
              model: {uri: "oci://registry.redhat.io/rhelai1/modelcar-gpt-oss-120b:1.5", quantization: mxfp4}
              runtime: {maxModelLen: 65536, gpuMemoryUtilization: 0.95}
              gpu: {count: %d, pool: %s}
            """;

    static InProcess.Run render(Path dir, int gpus, String pool) throws IOException {
        Files.copy(Golden.projectRoot().resolve("examples/gpu-workerset/aws-reference/gpu-workers.yaml"), dir.resolve("gpu-workers.yaml"));
        Files.writeString(dir.resolve("model.yaml"), MODEL.formatted(gpus, pool));
        return InProcess.render(dir, List.of(new ModelServingFunction(), new GpuWorkerSetFunction()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theModelsNodeSelectorIsOnThePoolsMachineSetTemplate(@TempDir Path dir) throws IOException {
        InProcess.Run run = render(dir, 4, "l40s");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<Map<String, Object>> objects = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(run.stdout()).forEach(o -> objects.add((Map<String, Object>) o));
        Map<String, Object> isvc = objects.stream().filter(o -> "InferenceService".equals(o.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> predictor = (Map<String, Object>) ((Map<String, Object>) isvc.get("spec")).get("predictor");
        Map<String, Object> selector = (Map<String, Object>) predictor.get("nodeSelector");
        Map<String, Object> machineSet = objects.stream().filter(o -> "MachineSet".equals(o.get("kind"))
                && ((Map<String, Object>) o.get("metadata")).get("name").equals("ocp-2qkbk-gpu-l40s-us-east-2a")).findFirst().orElseThrow();
        Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) machineSet.get("spec")).get("template");
        Map<String, Object> nodeLabels = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) template.get("spec"))
                .get("metadata")).get("labels");
        assertThat(selector).isEqualTo(Map.of("rhoai-krm.dev/gpu-pool", "l40s"));
        assertThat(nodeLabels).containsAllEntriesOf(selector);
        List<Map<String, Object>> taints = (List<Map<String, Object>>) ((Map<String, Object>) template.get("spec")).get("taints");
        assertThat((List<Map<String, Object>>) predictor.get("tolerations"))
                .anySatisfy(t -> assertThat(t).containsEntry("key", taints.get(0).get("key")).containsEntry("effect", taints.get(0).get("effect"))
                        .containsEntry("operator", "Exists"));
    }

    @Test
    void aPoolTooSmallForTheModelIsRefused(@TempDir Path dir) throws IOException {
        InProcess.Run run = render(dir, 2, "l4");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.gpu.count: 2 GPUs per replica, but a node of pool l4 (g6.2xlarge, 1 × NVIDIA-L4) has 1");
    }
}
