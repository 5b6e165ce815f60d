package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.catalog.ModelFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Will the model fit, and on which shapes can vLLM run it at all? vLLM's own start-up checks,
 * made before deployment, each with its upstream rule:
 * <ul>
 * <li>the tensor-parallel size divides the attention heads (vllm/config/model.py
 *     ModelConfig.verify_with_parallel_config), the KV heads divide it or it divides them (KV heads
 *     are replicated when TP exceeds them: vllm/model_executor/layers/linear.py QKVParallelLinear), and
 *     it divides the MLP width (linear.py MergedColumnParallelLinear and RowParallelLinear divide());</li>
 * <li>on the TP × PP GPUs of one engine, the weights as vLLM holds them, the KV cache of one sequence
 *     of maxModelLen tokens (with the replicated KV heads) and a per-GPU overhead fit in
 *     {@code GPUs × memory × gpuMemoryUtilization}; vLLM refuses to start when the KV cache cannot
 *     hold one maxModelLen sequence.</li>
 * </ul>
 * The per-GPU overhead is what vLLM's memory profiling measures beside weights and KV cache: the
 * activation peak of its dummy forward pass (CUDA graphs included) and the memory outside torch
 * (CUDA context, NCCL buffers). The figures are measurements of vLLM on H100 by llm-d
 * (llm-d/llm-d-benchmark at 7593b1a7, config_explorer/src/config_explorer/capacity_planner.py L31-37:
 * ACTIVATION_MEMORY_BASE_DENSE_GIB 5.5, ACTIVATION_MEMORY_BASE_MOE_GIB 8.0,
 * VLLM_NON_TORCH_MEMORY_TP1_GIB 0.15, VLLM_NON_TORCH_MEMORY_TPN_GIB 0.6, per GPU; the runs in
 * config_explorer/empirical-vllm-memory-results.md; the file has since moved to
 * llm-d-incubation/llm-d-planner src/planner/capacity_planner.py with the same values). The planner's
 * per-architecture figures (VALIDATED_ACTIVATION_PROFILES, Llama 4.8 GiB) are not used: the type
 * constants are the larger. The activation peak comes from vLLM's profiling forward pass of
 * max_num_batched_tokens tokens, which its API server sets to 8192 on GPUs of 70 GiB and more (A100
 * excepted) and to 2048 on the others (vllm-project/vllm 99d7eb5d vllm/engine/arg_utils.py
 * EngineArgs._set_default_args): on those the measured peak is scaled by 2048/8192. That scaling is
 * ours; the planner holds the peak constant (measured at one batch size).
 */
final class GpuSizing {
    /** Activation peak of a dense model on a large GPU (8192 batched tokens): llm-d capacity_planner.py. */
    static final double ACTIVATION_DENSE_GIB = 5.5;
    /** Activation peak of a mixture of experts on a large GPU (gpt-oss-20b measured 7.38): llm-d capacity_planner.py. */
    static final double ACTIVATION_MOE_GIB = 8.0;
    /** Memory outside torch on one GPU alone, and per GPU with NCCL (TP or PP above 1): llm-d capacity_planner.py. */
    static final double NON_TORCH_ONE_GPU_GIB = 0.15;
    static final double NON_TORCH_PER_GPU_GIB = 0.6;
    /** vLLM's API server profiles 8192 tokens on GPUs of 70 GiB and more except A100, 2048 on the others (arg_utils.py). */
    static final int LARGE_GPU_BATCHED_TOKENS = 8192;
    static final int BATCHED_TOKENS = 2048;
    static final double LARGE_GPU_GIB = 70;
    /** KV cache as a fraction of the weights when the model's layers and heads are unknown. */
    static final double UNKNOWN_KV_FRACTION = 0.2;
    /** The most GPUs one node offers (p5.48xlarge, ND96isr_H100_v5, a3-highgpu-8g): vLLM TP stays in a node. */
    static final int MAX_GPUS_PER_NODE = 8;
    /** A maxModelLen offered as a way out is rounded down to a multiple of this. */
    static final int CONTEXT_STEP = 1024;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final double parametersB;
    private final WeightPrecision precision;
    private final ModelFacts facts;
    private final int contextLength;

    GpuSizing(double parametersB, WeightPrecision precision, ModelFacts facts, int contextLength) {
        this.parametersB = parametersB;
        this.precision = precision;
        this.facts = facts;
        this.contextLength = contextLength;
    }

    /** The same model with another context length, or served in another precision. */
    GpuSizing withContext(int tokens) {
        return new GpuSizing(parametersB, precision, facts, tokens);
    }

    GpuSizing withPrecision(WeightPrecision other) {
        return new GpuSizing(parametersB, other, facts, contextLength);
    }

    static double bytesPerParameter(String precision) {
        return switch (precision) {
            case "bf16", "fp16" -> 2.0;
            case "fp8", "int8" -> 1.0;
            case "int4" -> 0.5;
            case "mxfp4" -> 4.25 / 8; // 4-bit values plus one 8-bit scale per 32 (OCP Microscaling MXFP4)
            default -> throw new IllegalArgumentException(precision);
        };
    }

    /** Bytes of the weights at {@code precision}; a partly quantized checkpoint keeps the rest in bf16. */
    private double weightBytes(String at) {
        double parameters = parametersB * 1e9;
        if (facts != null && facts.quantizedParametersB() > 0 && at.equals(facts.dtype())) {
            double quantized = facts.quantizedParametersB() * 1e9;
            return quantized * bytesPerParameter(at) + (parameters - quantized) * bytesPerParameter("bf16");
        }
        return parameters * bytesPerParameter(at);
    }

    /** The checkpoint as stored: what the download Job fetches and the PVC holds. */
    double checkpointGiB() {
        return weightBytes(precision.stored()) / GIB;
    }

    /** The weights as vLLM holds them in GPU memory (fp8 when quantized at load time). */
    double weightsGiB() {
        return weightBytes(precision.served()) / GIB;
    }

    /**
     * The KV heads the TP GPUs hold together: each GPU holds {@code kvHeads / tp}, or one replica
     * when TP is at least the KV heads (vllm/model_executor/layers/linear.py QKVParallelLinear:
     * num_kv_heads = 1, num_kv_head_replicas = tp / total_num_kv_heads).
     */
    int kvHeadsHeld(int tensorParallel) {
        return Math.max(facts.kvHeads(), tensorParallel);
    }

    /** KV cache bytes of one token over the TP GPUs: 2 (K and V) × layers × KV heads held × head size × 2 bytes (bf16). */
    double kvBytesPerToken(int tensorParallel) {
        return 2.0 * facts.layers() * kvHeadsHeld(tensorParallel) * facts.headDim() * 2;
    }

    double kvCacheGiB(int tensorParallel) {
        if (facts == null) {
            return weightsGiB() * UNKNOWN_KV_FRACTION;
        }
        return kvBytesPerToken(tensorParallel) * contextLength / GIB;
    }

    /** vLLM's measured activation peak and memory outside torch, per GPU, on this GPU. */
    double overheadPerGpuGiB(int gpus, Gpu gpu) {
        double activation = facts != null && facts.moe() ? ACTIVATION_MOE_GIB : ACTIVATION_DENSE_GIB;
        if (!isLarge(gpu)) {
            activation = activation * BATCHED_TOKENS / LARGE_GPU_BATCHED_TOKENS;
        }
        return activation + (gpus > 1 ? NON_TORCH_PER_GPU_GIB : NON_TORCH_ONE_GPU_GIB);
    }

    /** vLLM's large-GPU defaults apply: 70 GiB or more and no A100 (arg_utils.py EngineArgs._set_default_args). */
    static boolean isLarge(Gpu gpu) {
        return gpu.memoryGiB() >= LARGE_GPU_GIB && !gpu.product().toLowerCase(Locale.ROOT).contains("a100");
    }

    /** Memory one engine of TP × PP GPUs needs. */
    double neededGiB(int tensorParallel, int pipelineParallel, Gpu gpu) {
        int gpus = tensorParallel * pipelineParallel;
        return weightsGiB() + kvCacheGiB(tensorParallel) + overheadPerGpuGiB(gpus, gpu) * gpus;
    }

    static double availableGiB(int gpus, double memoryGiB, double utilization) {
        return gpus * memoryGiB * utilization;
    }

    boolean fits(int tensorParallel, int pipelineParallel, Gpu gpu, double utilization) {
        return neededGiB(tensorParallel, pipelineParallel, gpu)
                <= availableGiB(tensorParallel * pipelineParallel, gpu.memoryGiB(), utilization);
    }

    /** Why vLLM refuses this tensor-parallel size for the model; empty when it accepts it (or the model is unknown). */
    List<String> tensorParallelProblems(int tp) {
        List<String> problems = new ArrayList<>();
        if (facts == null) {
            return problems;
        }
        if (facts.attentionHeads() % tp != 0) {
            problems.add(facts.attentionHeads() + " attention heads are not divisible by " + tp
                    + " (vllm/config/model.py verify_with_parallel_config)");
        }
        if (facts.kvHeads() % tp != 0 && tp % facts.kvHeads() != 0) {
            problems.add("the " + facts.kvHeads() + " KV heads neither divide " + tp + " nor are divisible by it"
                    + " (vllm/model_executor/layers/linear.py QKVParallelLinear)");
        }
        if (facts.intermediateSize() % tp != 0) {
            problems.add("the MLP width " + facts.intermediateSize() + " is not divisible by " + tp
                    + " (vllm/model_executor/layers/linear.py MergedColumnParallelLinear)");
        }
        return problems;
    }

    /** The smallest GPU count (at most one node's) on which vLLM accepts the model as TP and it fits. */
    OptionalInt smallestFit(Gpu gpu, double utilization) {
        for (int n = 1; n <= MAX_GPUS_PER_NODE; n++) {
            if (tensorParallelProblems(n).isEmpty() && fits(n, 1, gpu, utilization)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** The tensor-parallel sizes vLLM accepts for the model, up to one node. */
    List<Integer> acceptedTensorParallelSizes() {
        List<Integer> sizes = new ArrayList<>();
        for (int n = 1; n <= MAX_GPUS_PER_NODE; n++) {
            if (tensorParallelProblems(n).isEmpty()) {
                sizes.add(n);
            }
        }
        return sizes;
    }

    /**
     * The longest maxModelLen (a multiple of {@value #CONTEXT_STEP}) whose KV cache fits beside the
     * weights and overhead on this engine; empty when the model's KV cache is unknown or even
     * {@value #CONTEXT_STEP} tokens do not fit.
     */
    OptionalLong longestContext(int tensorParallel, int pipelineParallel, Gpu gpu, double utilization) {
        if (facts == null) {
            return OptionalLong.empty();
        }
        int gpus = tensorParallel * pipelineParallel;
        double budget = availableGiB(gpus, gpu.memoryGiB(), utilization) - weightsGiB() - overheadPerGpuGiB(gpus, gpu) * gpus;
        long tokens = (long) (budget * GIB / kvBytesPerToken(tensorParallel));
        tokens = Math.min(tokens, facts.maxContext()) / CONTEXT_STEP * CONTEXT_STEP;
        return tokens >= CONTEXT_STEP ? OptionalLong.of(tokens) : OptionalLong.empty();
    }

    ModelFacts facts() {
        return facts;
    }

    WeightPrecision precision() {
        return precision;
    }

    int contextLength() {
        return contextLength;
    }

    /**
     * "weights 60.7 GiB (116.8 B parameters at mxfp4) + KV cache 4.5 GiB (65536 tokens) + 2.60 GiB
     * per GPU (vLLM's activation peak and CUDA/NCCL memory)"; without a GPU, the overhead unnamed.
     */
    String explain(int tensorParallel, int pipelineParallel, Gpu gpu) {
        String kv = facts == null
                ? String.format(Locale.ROOT, "KV cache %.1f GiB (%.0f %% of the weights: the model's layers are unknown)",
                        kvCacheGiB(tensorParallel), UNKNOWN_KV_FRACTION * 100)
                : String.format(Locale.ROOT, "KV cache %.1f GiB (%d tokens%s)", kvCacheGiB(tensorParallel), contextLength,
                        tensorParallel > facts.kvHeads() ? ", " + facts.kvHeads() + " KV heads replicated over " + tensorParallel + " GPUs" : "");
        String overhead = gpu == null ? "vLLM's activation peak and CUDA/NCCL memory per GPU"
                : String.format(Locale.ROOT, "%.2f GiB per GPU (vLLM's activation peak and CUDA/NCCL memory)",
                        overheadPerGpuGiB(tensorParallel * pipelineParallel, gpu));
        return String.format(Locale.ROOT, "weights %.1f GiB (%s B parameters at %s) + %s + %s",
                weightsGiB(), trim(parametersB), precision.describe(), kv, overhead);
    }

    static String gib(double v) {
        return String.format(Locale.ROOT, "%.1f GiB", v);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The GPU a replica's engine runs on: its product as GPU feature discovery labels it and its usable memory. */
    record Gpu(String product, double memoryGiB) {
    }
}
