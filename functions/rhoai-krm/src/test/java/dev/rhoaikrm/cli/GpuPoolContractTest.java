package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.Directory;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSetFunction;
import dev.rhoaikrm.modelserving.ModelServingFunction;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    /** A 70B model and a pool of one-A100 GCP nodes whose platform comes only from the saved worker MachineSet. */
    static final String A100_FROM_MACHINESET = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster:
                fromMachineSet: {file: worker-a.yaml}
              pools:
                - {name: a100, instanceType: a2-highgpu-1g, zones: [us-central1-c], replicas: {min: 0, max: 2}}
            """;
    static final String LLAMA_70B = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: ModelServing
            metadata: {name: llama-70b}
            spec:
              model: {uri: "hf://meta-llama/Llama-3.3-70B-Instruct"}
              gpu: {count: 1, pool: a100}
            """;

    static void a100Package(Path dir, String gpuWorkers) throws IOException {
        Files.copy(Golden.projectRoot().resolve("examples/gpu-workerset/gcp-from-machineset/worker-a.yaml"), dir.resolve("worker-a.yaml"));
        Files.writeString(dir.resolve("gpu-workers.yaml"), gpuWorkers);
        Files.writeString(dir.resolve("model.yaml"), LLAMA_70B);
    }

    /**
     * The pool's platform (gcp) is known only from the MachineSet: model-serving-generator reads the
     * pool as gpu-workerset-generator resolved it (the GpuPool fact), so it sizes the model on an
     * A100 and refuses it. (It used to read the GpuWorkerSet itself, took the platform to be aws,
     * found no a2-highgpu-1g there and let the model through unsized.)
     */
    @Test
    void aModelTooLargeForAPoolFromASavedMachineSetIsRefused(@TempDir Path dir) throws IOException {
        a100Package(dir, A100_FROM_MACHINESET);
        InProcess.Run run = InProcess.render(dir, List.of(new ModelServingFunction(), new GpuWorkerSetFunction()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("model.yaml: ModelServing/llama-70b: spec.gpu.count: hf://meta-llama/Llama-3.3-70B-Instruct"
                + " does not fit on 1 × NVIDIA-A100-SXM4-40GB");
    }

    /** Started alone (as kpt and kustomize start it), model-serving-generator still sees the GpuWorkerSet's facts. */
    @Test
    void theFunctionStartedAloneKnowsThePoolsToo(@TempDir Path dir) throws IOException {
        a100Package(dir, A100_FROM_MACHINESET);
        InProcess.Run run = alone(ModelServingFunction.NAME, dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.gpu.count: hf://meta-llama/Llama-3.3-70B-Instruct does not fit on 1 × NVIDIA-A100-SXM4-40GB")
                .doesNotContain("GpuWorkerSet/gpu-workers:");
    }

    /** A GpuWorkerSet with errors publishes no pool: the model is refused with that reason, not passed unchecked. */
    @Test
    void aPoolOfAGpuWorkerSetWithErrorsIsNotTakenOnTrust(@TempDir Path dir) throws IOException {
        a100Package(dir, A100_FROM_MACHINESET.replace("us-central1-c", "europe-west4-a"));
        InProcess.Run run = alone(ModelServingFunction.NAME, dir);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("model.yaml: ModelServing/llama-70b: spec.gpu.pool: pool a100: GpuWorkerSet gpu-workers has errors,"
                + " so the model cannot be sized against it (pools without errors: none)");
    }

    /** rhoai-krm validate DIR with only {@code function} running, the others known, as the binary started under that name. */
    private static InProcess.Run alone(String function, Path dir) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(FunctionSet.only(function, Functions.registered()).orElseThrow()), function,
                InProcess.environment(Map.of()));
        int code = new Directory(doors).validate(dir, io);
        return new InProcess.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
