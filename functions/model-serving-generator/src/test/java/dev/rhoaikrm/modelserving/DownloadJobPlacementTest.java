package dev.rhoaikrm.modelserving;

import static dev.rhoaikrm.modelserving.VllmRulesTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSetFunction;
import dev.rhoaikrm.testsupport.InProcess;
import org.junit.jupiter.api.Test;

/**
 * Issue #17 items 7 and 8: the download fetches what vLLM loads and the volume is sized from it;
 * the Job runs where the model will, so that a WaitForFirstConsumer volume binds in the right zone.
 * vLLM rules from repository vllm-project/vllm, each file at the commit named.
 */
class DownloadJobPlacementTest {

    /**
     * vllm/model_executor/model_loader/default_loader.py DefaultModelLoader._prepare_weights (0e06f498):
     * load_format auto is the Hugging Face format when no consolidated*.safetensors is in the model
     * directory, and that format loads the shards model.safetensors.index.json names
     * (weight_utils.py filter_duplicate_safetensors_files, 0a1ee72e).
     */
    @Test
    void vllmWeightUtils_mistralsConsolidatedCheckpointIsNotDownloaded() {
        InProcess.Run run = render("""
                  model: {uri: "hf://mistralai/Mistral-7B-Instruct-v0.3"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L40S}
                """);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("consolidated*.safetensors\n", "storage: 22Gi"); // 13.5 GiB of shards × 1.25 + 5
    }

    /** default_loader.py _prepare_weights (0e06f498): --load-format mistral loads consolidated*.safetensors. */
    @Test
    void vllmDefaultLoader_theMistralFormatKeepsIt() {
        InProcess.Run run = render("""
                  model: {uri: "hf://mistralai/Mistral-7B-Instruct-v0.3"}
                  runtime: {maxModelLen: 8192, args: [--load-format=mistral, --tokenizer-mode=mistral, --config-format=mistral]}
                  gpu: {count: 1, product: NVIDIA-L40S}
                """);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).doesNotContain("consolidated*.safetensors");
    }

    @Test
    void theJobRunsOnTheModelsPoolWithoutAGpu() {
        InProcess.Run run = InProcess.stdin(WorkerSetFileTest.WORKERS + """
                ---
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata: {name: m}
                spec:
                  model: {uri: "hf://Qwen/Qwen2.5-7B-Instruct"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 1, pool: l40s}
                """, FunctionSet.runningWith(new ModelServingFunction(), new GpuWorkerSetFunction()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String job = run.stdout().substring(run.stdout().indexOf("kind: Job"), run.stdout().indexOf("kind: ServingRuntime"));
        assertThat(job).contains("      nodeSelector:\n        rhoai-krm.dev/gpu-pool: l40s\n",
                "      tolerations:\n      - key: nvidia.com/gpu\n        operator: Exists\n        effect: NoSchedule\n")
                .doesNotContain("nvidia.com/gpu: ");
    }

    @Test
    void theJobFollowsTheProductSelectorAndTheIntentsOwnTolerations() {
        InProcess.Run run = render("""
                  model: {uri: "hf://Qwen/Qwen2.5-7B-Instruct"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L40S}
                  tolerations: [{key: team, operator: Equal, value: ai, effect: NoSchedule}]
                """);
        String job = run.stdout().substring(run.stdout().indexOf("kind: Job"), run.stdout().indexOf("kind: ServingRuntime"));
        assertThat(job).contains("nvidia.com/gpu.product: NVIDIA-L40S", "key: team");
    }
}
