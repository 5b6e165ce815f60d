package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.catalog.ModelFacts;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Will the model fit? Weights (parameters × bytes per parameter of the precision) plus the KV cache
 * for one sequence of maxModelLen tokens plus a fixed per-GPU overhead must fit in
 * {@code count × usable GPU memory × gpuMemoryUtilization}, and the tensor-parallel size must
 * divide the attention heads. This is vLLM's own start-up check made before deployment.
 */
final class GpuSizing {
    /** CUDA context, activations and sampler buffers per GPU that vLLM needs beside weights and KV cache. */
    static final double OVERHEAD_GIB_PER_GPU = 1.0;
    /** KV cache as a fraction of the weights when the model's layers and heads are unknown. */
    static final double UNKNOWN_KV_FRACTION = 0.2;
    /** The most GPUs one node offers (p5.48xlarge, ND96isr_H100_v5, a3-highgpu-8g): vLLM TP stays in a node. */
    static final int MAX_GPUS_PER_NODE = 8;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final double parametersB;
    private final String quantization;
    private final ModelFacts facts;
    private final int contextLength;

    GpuSizing(double parametersB, String quantization, ModelFacts facts, int contextLength) {
        this.parametersB = parametersB;
        this.quantization = quantization;
        this.facts = facts;
        this.contextLength = contextLength;
    }

    static double bytesPerParameter(String quantization) {
        return switch (quantization) {
            case "bf16", "fp16" -> 2.0;
            case "fp8", "int8" -> 1.0;
            case "int4" -> 0.5;
            case "mxfp4" -> 4.25 / 8; // 4-bit values plus one 8-bit scale per 32
            default -> throw new IllegalArgumentException(quantization);
        };
    }

    double weightsGiB() {
        return parametersB * 1e9 * bytesPerParameter(quantization) / GIB;
    }

    /** KV cache of one full-length sequence: 2 (K and V) × layers × KV heads × head size × 2 bytes per token. */
    double kvCacheGiB() {
        if (facts == null) {
            return weightsGiB() * UNKNOWN_KV_FRACTION;
        }
        double perToken = 2.0 * facts.layers() * facts.kvHeads() * facts.headDim() * 2;
        return perToken * contextLength / GIB;
    }

    double neededGiB(int gpus) {
        return weightsGiB() + kvCacheGiB() + OVERHEAD_GIB_PER_GPU * gpus;
    }

    static double availableGiB(int gpus, double memoryGiB, double utilization) {
        return gpus * memoryGiB * utilization;
    }

    boolean fits(int gpus, double memoryGiB, double utilization) {
        return neededGiB(gpus) <= availableGiB(gpus, memoryGiB, utilization);
    }

    /** Whether vLLM can split the model over this many GPUs (tensor parallelism divides the heads). */
    boolean divides(int tensorParallel) {
        return facts == null || facts.attentionHeads() % tensorParallel == 0;
    }

    /** The smallest GPU count (at most one node's) on which the model fits and splits evenly. */
    OptionalInt smallestFit(double memoryGiB, double utilization) {
        for (int n = 1; n <= MAX_GPUS_PER_NODE; n++) {
            if (divides(n) && fits(n, memoryGiB, utilization)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    ModelFacts facts() {
        return facts;
    }

    /** "weights 57.8 GiB + KV cache 4.5 GiB (65536 tokens) + 1.0 GiB per GPU". */
    String explain() {
        String kv = facts == null
                ? String.format(Locale.ROOT, "KV cache %.1f GiB (%.0f %% of the weights: the model's layers are unknown)", kvCacheGiB(), UNKNOWN_KV_FRACTION * 100)
                : String.format(Locale.ROOT, "KV cache %.1f GiB (%d tokens)", kvCacheGiB(), contextLength);
        return String.format(Locale.ROOT, "weights %.1f GiB (%s B parameters at %s) + %s + %.1f GiB per GPU",
                weightsGiB(), trim(parametersB), quantization, kv, OVERHEAD_GIB_PER_GPU);
    }

    static String gib(double v) {
        return String.format(Locale.ROOT, "%.1f GiB", v);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
