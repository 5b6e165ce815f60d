package dev.rhoaikrm.modelserving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rhoaikrm.catalog.ModelCatalog;
import dev.rhoaikrm.catalog.ModelFacts;
import dev.rhoaikrm.testsupport.InProcess;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The shapes and sizes vLLM accepts, each test named after the upstream rule it encodes (issue #17
 * items 3-6 and 9). vLLM is repository vllm-project/vllm, each file read at the commit named (the
 * stored copies of one commit do not hold them all):
 * <ul>
 * <li>vllm/config/model.py at 0052a5b818980ce8a0477706aaf9f75bd5af72cd: ModelConfig.verify_with_parallel_config
 *     ("Total number of attention heads ... must be divisible by tensor parallel size"),
 *     get_num_kv_heads, _verify_quantization, and the module's _get_and_verify_max_len;</li>
 * <li>vllm/model_executor/layers/linear.py at 0036d38de46c5d48fdedeb658dedc0fc0f95677d:
 *     QKVParallelLinear.__init__ (num_heads = divide(heads, tp); tp &ge; KV heads: one KV head per GPU,
 *     replicas = divide(tp, KV heads); else divide(KV heads, tp); divide asserts divisibility),
 *     MergedColumnParallelLinear.__init__ ({@code assert all(output_size % self.tp_size == 0 ...)}) and
 *     RowParallelLinear.__init__ (divide(input_size, tp)): the MLP width;</li>
 * <li>vllm/engine/arg_utils.py at 99d7eb5d6a512cfcc5a2b104f24ebf2d6cda772b: EngineArgs._set_default_args
 *     (the API server's max_num_batched_tokens: 8192 with 70 GiB or more and no A100, else 2048).</li>
 * </ul>
 * The overhead figures: llm-d/llm-d-benchmark at 7593b1a74fadcc888c0e8fe46916abfd9d3c1e60 (the last
 * commit to change it before it moved to llm-d-incubation/llm-d-planner, src/planner/capacity_planner.py,
 * same values), config_explorer/src/config_explorer/capacity_planner.py L31-37,
 * estimate_vllm_non_torch_memory (L307), estimate_vllm_activation_memory (L334).
 */
class VllmRulesTest {
    static final GpuSizing.Gpu L4 = new GpuSizing.Gpu("NVIDIA-L4", 22.5);
    static final GpuSizing.Gpu L40S = new GpuSizing.Gpu("NVIDIA-L40S", 45.0);
    static final GpuSizing.Gpu H100 = new GpuSizing.Gpu("NVIDIA-H100-80GB-HBM3", 79.6);
    static final GpuSizing.Gpu A100_80 = new GpuSizing.Gpu("NVIDIA-A100-SXM4-80GB", 80.0);
    static final WeightPrecision BF16 = new WeightPrecision("bf16", null);

    static ModelFacts catalog(String id) {
        return ModelCatalog.shipped().find(id).orElseThrow();
    }

    static GpuSizing sizing(String id, int context) {
        ModelFacts f = catalog(id);
        return new GpuSizing(f.parametersB(), new WeightPrecision(f.dtype(), null), f, context);
    }

    /** A model of the given shape, not in the catalog. */
    static ModelFacts shape(int heads, int kvHeads, int intermediate) {
        return new ModelFacts("test", "org/test", List.of("org/test"), 10, 32, heads, kvHeads, 128, intermediate, 0, "bf16", 0, 32768,
                List.of("https://example.invalid/config.json"));
    }

    @Test
    void vllmConfigModelPy_verifyWithParallelConfig_attentionHeadsDivisibleByTp() {
        assertThat(sizing("qwen2.5-7b-instruct", 4096).tensorParallelProblems(8)).anyMatch(p -> p.contains("28 attention heads"));
        assertThat(sizing("qwen2.5-7b-instruct", 4096).tensorParallelProblems(4)).isEmpty();
    }

    /** The cases: Qwen2.5-32B on 5 GPUs and Qwen2.5-7B on 7 were accepted. */
    @Test
    void vllmLinearPy_QKVParallelLinear_kvHeadsDivideTpOrTpDividesThem() {
        assertThat(sizing("qwen2.5-32b-instruct", 4096).tensorParallelProblems(5)).anyMatch(p -> p.contains("8 KV heads"));
        assertThat(sizing("qwen2.5-7b-instruct", 4096).tensorParallelProblems(7)).anyMatch(p -> p.contains("4 KV heads"));
        // replication: TP 8 over 2 KV heads is accepted (8 % 2 == 0), TP 6 over 4 is not
        assertThat(new GpuSizing(10, BF16, shape(48, 2, 4800), 4096).tensorParallelProblems(8)).isEmpty();
        assertThat(new GpuSizing(10, BF16, shape(48, 4, 4800), 4096).tensorParallelProblems(6)).anyMatch(p -> p.contains("4 KV heads"));
    }

    @Test
    void vllmLinearPy_MergedColumnParallelLinear_mlpWidthDivisibleByTp() {
        GpuSizing s = new GpuSizing(10, BF16, shape(32, 8, 1004), 4096);
        assertThat(s.tensorParallelProblems(8)).containsExactly(
                "the MLP width 1004 is not divisible by 8 (vllm/model_executor/layers/linear.py MergedColumnParallelLinear)");
        assertThat(s.tensorParallelProblems(4)).isEmpty();
        assertThat(catalog("qwen2.5-7b-instruct").intermediateSize() % 7).as("18944 is not divisible by 7 either").isNotZero();
    }

    @Test
    void vllmLinearPy_QKVParallelLinear_replicatedKvHeadsAreInTheKvCacheEstimate() {
        GpuSizing s = new GpuSizing(10, BF16, shape(48, 2, 4800), 4096);
        assertThat(s.kvHeadsHeld(1)).isEqualTo(2);
        assertThat(s.kvHeadsHeld(2)).isEqualTo(2);
        assertThat(s.kvHeadsHeld(8)).as("one replica per GPU").isEqualTo(8);
        assertThat(s.kvCacheGiB(8)).isEqualTo(s.kvCacheGiB(1) * 4, within(1e-9));
    }

    /** A GPU count vLLM refuses is never offered, even when its memory would do. */
    @Test
    void smallestFitSuggestsOnlyShapesVllmAccepts() {
        GpuSizing s = new GpuSizing(25, BF16, shape(32, 8, 14336), 4096); // 46.6 GiB of weights
        assertThat(s.fits(3, 1, L4, 0.9)).as("3 × L4 would hold it").isTrue();
        assertThat(s.tensorParallelProblems(3)).isNotEmpty();
        assertThat(s.smallestFit(L4, 0.9)).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void rendered_qwen32bOnFiveGpusIsRefusedNamingTheAcceptedSizes() {
        InProcess.Run run = render("""
                  model: {uri: "hf://Qwen/Qwen2.5-32B-Instruct"}
                  storage: {size: 100Gi}
                  gpu: {count: 5, product: NVIDIA-L40S}
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.gpu.count: vLLM refuses tensor parallel size 5 for qwen2.5-32b-instruct",
                "the 8 KV heads neither divide 5 nor are divisible by it", "It accepts 1, 2, 4, 8");
    }

    /** vLLM uses TP × PP × DP GPUs; requested GPUs beyond them sit idle. */
    @Test
    void tensorParallelBelowGpuCountIsRefusedUnlessPipelineOrDataParallelUseTheRest() {
        InProcess.Run idle = render("""
                  model: {uri: "oci://registry.redhat.io/rhelai1/modelcar-llama-3-1-8b-instruct:1.5"}
                  runtime: {tensorParallelSize: 2, maxModelLen: 8192}
                  gpu: {count: 4, product: NVIDIA-L40S}
                """);
        assertThat(idle.exitCode()).isEqualTo(1);
        assertThat(idle.stderr()).contains("spec.gpu.count: 4 GPUs per replica, but vLLM uses tensorParallelSize 2 × pipelineParallelSize 1"
                + " × dataParallelSize 1 = 2: 2 would sit idle");
        for (String shape : List.of("{tensorParallelSize: 2, pipelineParallelSize: 2, maxModelLen: 8192}",
                "{tensorParallelSize: 2, dataParallelSize: 2, maxModelLen: 8192}", "{pipelineParallelSize: 2, maxModelLen: 8192}")) {
            InProcess.Run run = render("  model: {uri: \"oci://registry.redhat.io/rhelai1/modelcar-llama-3-1-8b-instruct:1.5\"}\n"
                    + "  runtime: " + shape + "\n  gpu: {count: 4, product: NVIDIA-L40S}\n");
            assertThat(run.exitCode()).as(shape + run.stderr()).isZero();
            assertThat(run.stdout()).contains("--tensor-parallel-size=2");
        }
    }

    /** Sized on the GPUs of one engine (TP × PP), not on all the replica's GPUs. */
    @Test
    void sizedAgainstTensorTimesPipelineParallelGpus() {
        GpuSizing s = sizing("llama-3.1-70b-instruct", 8192);
        assertThat(s.fits(2, 1, L40S, 0.9)).isFalse();
        assertThat(s.fits(4, 1, L40S, 0.9)).isTrue();
        assertThat(s.fits(2, 2, L40S, 0.9)).isTrue();
        InProcess.Run dataParallel = render("""
                  model: {uri: "hf://meta-llama/Llama-3.1-70B-Instruct"}
                  storage: {size: 200Gi}
                  runtime: {tensorParallelSize: 2, dataParallelSize: 2, maxModelLen: 8192}
                  gpu: {count: 4, product: NVIDIA-L40S}
                """);
        assertThat(dataParallel.stderr()).contains("does not fit on 2 × NVIDIA-L40S");
    }

    /** Measured overheads (llm-d capacity_planner.py) and vLLM's batch defaults per GPU class (arg_utils.py EngineArgs._set_default_args). */
    @Test
    void llmdCapacityPlanner_overheadsScaledByVllmArgUtilsBatchDefaults() {
        GpuSizing dense = sizing("llama-3.1-8b-instruct", 4096);
        GpuSizing moe = sizing("gpt-oss-20b", 4096);
        assertThat(dense.overheadPerGpuGiB(1, H100)).isEqualTo(5.5 + 0.15, within(1e-9));
        assertThat(moe.overheadPerGpuGiB(1, H100)).isEqualTo(8.0 + 0.15, within(1e-9));
        assertThat(dense.overheadPerGpuGiB(2, H100)).isEqualTo(5.5 + 0.6, within(1e-9));
        assertThat(dense.overheadPerGpuGiB(1, L40S)).as("2048 of 8192 tokens").isEqualTo(5.5 / 4 + 0.15, within(1e-9));
        assertThat(dense.overheadPerGpuGiB(1, A100_80)).as("A100 keeps the small defaults").isEqualTo(5.5 / 4 + 0.15, within(1e-9));
    }

    /** gpt-oss keeps attention and embeddings in bf16 (model card, arXiv:2508.10925 table 1: checkpoints of 60.8 and 12.8 GiB). */
    @Test
    void gptOssModelCard_mxfp4ExpertsWithBf16AttentionAndEmbeddings() {
        assertThat(sizing("gpt-oss-120b", 4096).checkpointGiB()).isCloseTo(60.8, within(0.3));
        assertThat(sizing("gpt-oss-20b", 4096).checkpointGiB()).isCloseTo(12.8, within(0.3));
        assertThat(sizing("gpt-oss-120b", 4096).checkpointGiB()).as("more than all of it at 4.25 bits")
                .isGreaterThan(116.8e9 * 4.25 / 8 / (1 << 30));
    }

    @Test
    void theLongestContextOfferedFitsAndOneStepMoreDoesNot() {
        GpuSizing s = sizing("llama-3.1-8b-instruct", 131072);
        assertThat(s.fits(1, 1, L4, 0.9)).isFalse();
        OptionalLong tokens = s.longestContext(1, 1, L4, 0.9);
        assertThat(tokens).isPresent();
        assertThat(s.withContext((int) tokens.getAsLong()).fits(1, 1, L4, 0.9)).isTrue();
        assertThat(s.withContext((int) tokens.getAsLong() + GpuSizing.CONTEXT_STEP).fits(1, 1, L4, 0.9)).isFalse();
    }

    /** Every way out of a model that does not fit: fewer tokens, a quantization, more GPUs. */
    @Test
    void aModelThatDoesNotFitIsToldEveryWayOut() {
        InProcess.Run run = render("""
                  model: {uri: "hf://meta-llama/Llama-3.1-8B-Instruct"}
                  storage: {size: 40Gi}
                  runtime: {maxModelLen: 32768}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("does not fit on 1 × NVIDIA-L4", "Ways out: fewer tokens: runtime.maxModelLen: 30720 fits",
                "a quantization: runtime.quantization: fp8 (vLLM quantizes the bf16 weights at load time)",
                "more GPUs: gpu.count: 2 × NVIDIA-L4");
    }

    /** vllm/config/model.py ModelConfig._verify_quantization: --quantization must match a checkpoint's own quantization. */
    @Test
    void vllmModelPy_verifyQuantization_noLoadTimeQuantizationOfAQuantizedCheckpoint() {
        InProcess.Run derivative = render("""
                  model: {uri: "hf://RedHatAI/Meta-Llama-3.1-8B-Instruct-FP8-dynamic"}
                  storage: {size: 40Gi}
                  runtime: {quantization: fp8, maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        assertThat(derivative.exitCode()).isEqualTo(1);
        assertThat(derivative.stderr()).contains("spec.runtime.quantization: the checkpoint is already quantized (stored as fp8, by its name)");

        InProcess.Run asStored = render("""
                  model: {uri: "hf://RedHatAI/Meta-Llama-3.1-8B-Instruct-FP8-dynamic"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        assertThat(asStored.exitCode()).as(asStored.stderr()).isZero();
        assertThat(asStored.stdout()).doesNotContain("--quantization").contains("storage: 15Gi"); // 7.5 GiB × 1.25 + 5
    }

    /** The old meaning of model.quantization: fp8 (quantize at load time) is runtime.quantization now; no silent change. */
    @Test
    void fp8OnABaseCheckpointIsLoadTimeQuantizationThroughItsOwnField() {
        InProcess.Run old = render("""
                  model: {uri: "hf://meta-llama/Llama-3.1-8B-Instruct", quantization: fp8}
                  storage: {size: 40Gi}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        assertThat(old.exitCode()).isEqualTo(1);
        assertThat(old.stderr()).contains("spec.model.quantization: hf://meta-llama/Llama-3.1-8B-Instruct is meta-llama/Llama-3.1-8B-Instruct,"
                + " stored as bf16", "set runtime.quantization: fp8");
        InProcess.Run now = render("""
                  model: {uri: "hf://meta-llama/Llama-3.1-8B-Instruct"}
                  runtime: {quantization: fp8, maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        assertThat(now.exitCode()).as(now.stderr()).isZero();
        assertThat(now.stdout()).contains("--quantization=fp8", "storage: 24Gi"); // the bf16 download: 15.0 GiB × 1.25 + 5
    }

    /** Issue #17 item 6: fp8 outside the catalog is sized and downloaded as what is stored, and the flag follows the field. */
    @Test
    void fp8OutsideTheCatalogIsSizedFromTheStoredPrecision() {
        InProcess.Run loadTime = render("""
                  model: {uri: "hf://my-org/my-model", parameters: 7B}
                  runtime: {quantization: fp8, maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        assertThat(loadTime.exitCode()).as(loadTime.stderr()).isZero();
        assertThat(loadTime.stdout()).contains("--quantization=fp8", "storage: 22Gi"); // 13.0 GiB of bf16 × 1.25 + 5
        InProcess.Run stored = render("""
                  model: {uri: "hf://my-org/my-model", parameters: 7B, quantization: fp8}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        assertThat(stored.exitCode()).as(stored.stderr()).isZero();
        assertThat(stored.stdout()).doesNotContain("--quantization").contains("storage: 14Gi"); // 6.5 GiB × 1.25 + 5
    }

    @Test
    void vllmModelPy_getAndVerifyMaxLen_noContextBeyondTheModels() {
        InProcess.Run run = render("""
                  model: {uri: "hf://Qwen/Qwen2.5-Math-7B-Instruct"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 1, product: NVIDIA-L40S}
                """);
        assertThat(run.stderr()).contains("spec.runtime.maxModelLen: 8192 is more than the 4096 tokens qwen2.5-math-7b-instruct was trained for");
    }

    @Test
    void aFlagAFieldOwnsIsRefusedInArgsInEitherSpelling() {
        InProcess.Run run = render("""
                  model: {uri: "pvc://models/granite-3.3-2b-instruct"}
                  runtime: {args: ["-tp", "2", "--quantization=fp8", "--max-model-len=4096"]}
                  gpu: {count: 1, product: NVIDIA-L4}
                """);
        assertThat(run.stderr()).contains("spec.runtime.args[0]: -tp is set through runtime.tensorParallelSize",
                "spec.runtime.args[2]: --quantization is set through runtime.quantization",
                "spec.runtime.args[3]: --max-model-len is set through runtime.maxModelLen");
    }

    static InProcess.Run render(String spec) {
        return InProcess.stdin("apiVersion: rhoai-krm.dev/v1alpha1\nkind: ModelServing\nmetadata: {name: m}\nspec:\n" + spec,
                new ModelServingFunction());
    }
}
