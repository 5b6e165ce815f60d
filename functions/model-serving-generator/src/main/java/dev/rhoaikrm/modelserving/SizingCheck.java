package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.catalog.ModelFacts;
import dev.rhoaikrm.core.fn.Expansion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Sizes a model against the GPUs it gets ({@link GpuSizing}) and says, when it does not fit or
 * vLLM would refuse its shape, every way out: fewer tokens, a quantization, more GPUs.
 */
final class SizingCheck {
    private final ModelServing m;
    private final Expansion out;
    private final SkippedChecks skipped;

    SizingCheck(ModelServing m, Expansion out, SkippedChecks skipped) {
        this.m = m;
        this.out = out;
        this.skipped = skipped;
    }

    /** The sizing of the model, checked against {@code gpu} when known; empty when the model's size is unknown. */
    Optional<GpuSizing> check(Optional<ModelFacts> facts, WeightPrecision precision, Optional<GpuSizing.Gpu> gpu) {
        Optional<Double> parameters = m.model().parameters().isPresent() ? Optional.of(billions(m.model().parameters().get()))
                : facts.isPresent() ? Optional.of(facts.get().parametersB()) : Optional.empty();
        if (parameters.isEmpty()) {
            out.error(m.model().at().pathOf("parameters"), "the model of " + m.uri().text() + " is not in the shipped catalog:"
                    + " state its parameter count (for example 7B), or catalogId for a known model");
            return Optional.empty();
        }
        Optional<Long> maxModelLen = m.runtime().maxModelLen();
        if (maxModelLen.isPresent() && facts.isPresent() && maxModelLen.get() > facts.get().maxContext()) {
            // vllm/config/model.py _get_and_verify_max_len: beyond max_position_embeddings only with VLLM_ALLOW_LONG_MAX_MODEL_LEN
            out.error(m.runtime().at().pathOf("maxModelLen"), maxModelLen.get() + " is more than the " + facts.get().maxContext()
                    + " tokens " + facts.get().id() + " was trained for (config.json max_position_embeddings); vLLM refuses it"
                    + " (vllm/config/model.py _get_and_verify_max_len)");
        }
        int context = maxModelLen.isPresent() ? maxModelLen.get().intValue() : facts.isPresent() ? facts.get().maxContext() : 4096;
        GpuSizing sizing = new GpuSizing(parameters.get(), precision, facts.orElse(null), context);
        if (m.gpu().count() == 0) {
            return Optional.of(sizing);
        }
        int tp = (int) m.tensorParallelSize();
        int pp = (int) m.pipelineParallelSize();
        List<String> refused = sizing.tensorParallelProblems(tp);
        if (!refused.isEmpty()) {
            String path = m.runtime().tensorParallelSize().isPresent() ? m.runtime().at().pathOf("tensorParallelSize") : m.gpu().at().pathOf("count");
            out.error(path, "vLLM refuses tensor parallel size " + tp + " for " + sizing.facts().id() + ": " + String.join("; ", refused)
                    + ". It accepts " + joined(sizing.acceptedTensorParallelSizes())
                    + (pp * m.dataParallelSize() > 1 ? " per pipeline stage" : ""));
        }
        if (gpu.isEmpty()) {
            if (m.gpu().product().isEmpty() && m.gpu().pool().isEmpty()) {
                skipped.skipped(m.at().pathOf("gpu"), "GPU check skipped: name gpu.product or gpu.pool to check that "
                        + sizing.explain(tp, pp, null) + " fits", "GPU sizing: no gpu.product or gpu.pool");
            }
            return Optional.of(sizing);
        }
        double utilization = m.runtime().gpuMemoryUtilization();
        if (refused.isEmpty() && !sizing.fits(tp, pp, gpu.get(), utilization)) {
            out.error(m.gpu().at().pathOf("count"), doesNotFit(sizing, tp, pp, gpu.get(), utilization));
        }
        return Optional.of(sizing);
    }

    /** The sizing, then every way out that works. */
    private String doesNotFit(GpuSizing sizing, int tp, int pp, GpuSizing.Gpu gpu, double utilization) {
        int gpus = tp * pp;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s does not fit on %d × %s: it needs %s (%s) but %d × %s × %s gives %s. Ways out:",
                m.uri().text(), gpus, gpu.product(), GpuSizing.gib(sizing.neededGiB(tp, pp, gpu)), sizing.explain(tp, pp, gpu),
                gpus, GpuSizing.gib(gpu.memoryGiB()), ModelServingFunction.trim(utilization),
                GpuSizing.gib(GpuSizing.availableGiB(gpus, gpu.memoryGiB(), utilization))));
        List<String> ways = new ArrayList<>();
        OptionalLong tokens = sizing.longestContext(tp, pp, gpu, utilization);
        if (tokens.isPresent() && tokens.getAsLong() < sizing.contextLength()) {
            ways.add("fewer tokens: runtime.maxModelLen: " + tokens.getAsLong() + " fits");
        }
        WeightPrecision precision = sizing.precision();
        if (precision.loadTime() == null && WeightPrecision.UNQUANTIZED.contains(precision.stored())) {
            GpuSizing fp8 = sizing.withPrecision(new WeightPrecision(precision.stored(), "fp8"));
            if (fp8.fits(tp, pp, gpu, utilization)) {
                ways.add("a quantization: runtime.quantization: fp8 (vLLM quantizes the " + precision.stored()
                        + " weights at load time) needs " + GpuSizing.gib(fp8.neededGiB(tp, pp, gpu)));
            }
        }
        ways.add("more GPUs: " + moreGpus(sizing, gpu, utilization));
        b.append(' ').append(String.join("; ", ways)).append('.');
        return b.toString();
    }

    /** The smallest accepted tensor-parallel size of this GPU that fits, and where to get it; else the GPUs that can. */
    private String moreGpus(GpuSizing sizing, GpuSizing.Gpu gpu, double utilization) {
        OptionalInt smallest = sizing.smallestFit(gpu, utilization);
        String product = gpu.product();
        if (smallest.isEmpty()) {
            return "no node of " + product + " GPUs holds it; " + largerGpus(sizing, utilization);
        }
        int n = smallest.getAsInt();
        long replicaGpus = n * m.dataParallelSize();
        StringBuilder b = new StringBuilder(m.pipelineParallelSize() * m.dataParallelSize() > 1
                ? "runtime.tensorParallelSize: " + n + " with pipelineParallelSize 1 (gpu.count " + replicaGpus + ")"
                : "gpu.count: " + n + " × " + product);
        List<InstanceType> types = new ArrayList<>();
        for (InstanceType t : InstanceCatalog.shipped().withGpuProduct(product)) {
            if (t.gpu().count() >= replicaGpus) {
                types.add(t);
            }
        }
        if (!types.isEmpty()) {
            List<String> listed = new ArrayList<>();
            for (InstanceType t : GpuTarget.smallestPerPlatform(types)) {
                listed.add(t.name() + " (" + t.platform() + ", " + t.gpu().count() + " × " + product + ")");
            }
            b.append(", on the smallest instance types with at least ").append(replicaGpus).append(": ")
                    .append(String.join(", ", listed));
        }
        return b.toString();
    }

    /** For a model no node of this GPU can hold: the GPU products (and counts) that can. */
    private static String largerGpus(GpuSizing sizing, double utilization) {
        Map<String, Integer> fits = new TreeMap<>();
        for (InstanceType t : InstanceCatalog.shipped().all()) {
            OptionalInt n = sizing.smallestFit(new GpuSizing.Gpu(t.gpu().product(), t.gpu().memoryGiB()), utilization);
            if (n.isPresent() && t.gpu().count() >= n.getAsInt()) {
                Integer known = fits.get(t.gpu().product());
                fits.put(t.gpu().product(), known == null ? n.getAsInt() : Math.min(known, n.getAsInt()));
            }
        }
        if (fits.isEmpty()) {
            return "no GPU in the catalog holds it on one node";
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : fits.entrySet()) {
            counts.add(e.getValue() + " × " + e.getKey());
        }
        return "it fits on " + String.join(", ", counts);
    }

    private static String joined(List<Integer> values) {
        List<String> texts = new ArrayList<>(values.size());
        for (Integer v : values) {
            texts.add(String.valueOf(v));
        }
        return String.join(", ", texts);
    }

    /** "120B" → 120.0, "500M" → 0.5 (billions). */
    static double billions(String parameters) {
        double value = Double.parseDouble(parameters.substring(0, parameters.length() - 1));
        return parameters.endsWith("M") ? value / 1000 : value;
    }
}
