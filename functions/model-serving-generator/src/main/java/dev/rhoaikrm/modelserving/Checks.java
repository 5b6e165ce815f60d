package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.catalog.GpuSpec;
import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.catalog.ModelFacts;
import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Facts;
import dev.rhoaikrm.core.fn.IntentRef;
import dev.rhoaikrm.core.fn.Quantities;
import dev.rhoaikrm.facts.GpuPool;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The checks of one ModelServing intent; each problem is reported with its field path. */
final class Checks {
    private final ModelServing m;
    private final Expansion out;

    Checks(ModelServing model, Expansion out) {
        this.m = model;
        this.out = out;
    }

    /** Fields that are valid alone but contradict each other. */
    void consistency() {
        if (m.replicas().min() > m.replicas().maxOrMin()) {
            out.error(m.replicas().at().pathOf("min"), "min " + m.replicas().min() + " is more than max " + m.replicas().maxOrMin());
        }
        String problem = m.containerResources().problem();
        if (problem != null) {
            out.error(m.at().pathOf("resources"), problem);
        }
        String downloadProblem = m.downloadResources().problem();
        if (downloadProblem != null) {
            out.error(m.download().at().pathOf("resources"), downloadProblem);
        }
        if (!m.uri().isHuggingFace() && m.at().has("storage")) {
            out.error(m.at().pathOf("storage"), "applies to hf:// sources only; " + m.uri().scheme() + ":// weights are not downloaded");
        }
        if (!m.uri().isHuggingFace() && m.at().has("download")) {
            out.error(m.at().pathOf("download"), "applies to hf:// sources only");
        }
        if (m.tensorParallelSize() > Math.max(1, m.gpu().count())) {
            out.error(m.runtime().at().pathOf("tensorParallelSize"), m.tensorParallelSize() + " is more than gpu.count " + m.gpu().count());
        } else if (m.gpu().count() > 0 && m.gpu().count() % m.tensorParallelSize() != 0) {
            out.error(m.runtime().at().pathOf("tensorParallelSize"), m.tensorParallelSize() + " does not divide gpu.count " + m.gpu().count());
        }
        if (m.gpu().product().orElse(null) != null && m.gpu().pool().orElse(null) != null) {
            out.error(m.gpu().at().pathOf("pool"), "name either gpu.product or gpu.pool, not both (the pool decides the product)");
        }
        if (m.expose().auth() && m.expose().route() && !m.expose().routeObject()) {
            out.warning(m.expose().at().pathOf("via"), "with auth the route RHOAI creates reencrypts to the predictor's https port");
        }
    }

    /** GPU sizing: the error names the smallest GPU count that fits and the instance types that offer it. */
    Optional<GpuSizing> sizing(Optional<ModelFacts> facts) {
        Optional<Double> parameters = m.model().parameters().map(Checks::billions)
                .or(() -> facts.map(ModelFacts::parametersB));
        if (parameters.isEmpty()) {
            out.error(m.model().at().pathOf("parameters"), "the model of " + m.uri().text() + " is not in the shipped catalog:"
                    + " state its parameter count (for example 7B), or catalogId for a known model");
            return Optional.empty();
        }
        String quantization = m.model().quantization().orElse(facts.map(ModelFacts::dtype).orElse("bf16"));
        int context = m.runtime().maxModelLen().isPresent() ? m.runtime().maxModelLen().get().intValue()
                : facts.map(ModelFacts::maxContext).orElse(4096);
        GpuSizing sizing = new GpuSizing(parameters.get(), quantization, facts.orElse(null), context);
        if (m.gpu().count() == 0) {
            return Optional.of(sizing);
        }
        long tp = m.tensorParallelSize();
        if (!sizing.divides((int) tp)) {
            out.error(m.runtime().at().pathOf("tensorParallelSize"), "tensor parallel size " + tp + " does not divide the "
                    + sizing.facts().attentionHeads() + " attention heads of " + sizing.facts().id());
        }
        Optional<ModelServingFunction.Gpu> gpu = gpu();
        if (gpu.isEmpty()) {
            if (m.gpu().product().orElse(null) == null && m.gpu().pool().orElse(null) == null) {
                out.warning(m.at().pathOf("gpu"), "GPU sizing skipped: name gpu.product or gpu.pool to check that "
                        + sizing.explain() + " fits");
            }
            return Optional.of(sizing);
        }
        double memory = gpu.get().memoryGiB();
        double utilization = m.runtime().gpuMemoryUtilization();
        if (!sizing.fits((int) m.gpu().count(), memory, utilization)) {
            out.error(m.gpu().at().pathOf("count"), doesNotFit(sizing, gpu.get(), memory, utilization));
        }
        return Optional.of(sizing);
    }

    private String doesNotFit(GpuSizing sizing, ModelServingFunction.Gpu gpu, double memory, double utilization) {
        String product = gpu.product();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s does not fit on %d × %s: it needs %s (%s) but %d × %s × %s gives %s.",
                m.uri().text(), m.gpu().count(), product, GpuSizing.gib(sizing.neededGiB((int) m.gpu().count())), sizing.explain(),
                m.gpu().count(), GpuSizing.gib(memory), ModelServingFunction.trim(utilization),
                GpuSizing.gib(GpuSizing.availableGiB((int) m.gpu().count(), memory, utilization))));
        OptionalInt smallest = sizing.smallestFit(memory, utilization);
        if (smallest.isPresent()) {
            int n = smallest.getAsInt();
            b.append(String.format(Locale.ROOT, " Smallest fit: gpu.count %d × %s", n, product));
            List<InstanceType> types = InstanceCatalog.shipped().withGpuProduct(product).stream()
                    .filter(t -> t.gpu().count() >= n).toList();
            if (!types.isEmpty()) {
                b.append("; the smallest instance types with at least ").append(n).append(": ")
                        .append(smallestPerPlatform(types).stream()
                                .map(t -> t.name() + " (" + t.platform() + ", " + t.gpu().count() + " × " + product + ")")
                                .collect(Collectors.joining(", ")));
            }
            b.append('.');
        } else {
            b.append(" It does not fit on one node of ").append(product).append(" GPUs; ").append(largerGpus(sizing, utilization));
        }
        return b.toString();
    }

    /** Per platform, the instance types with the fewest GPUs (the list is sorted by GPU count, then name). */
    private static List<InstanceType> smallestPerPlatform(List<InstanceType> types) {
        Map<String, Integer> fewest = new TreeMap<>();
        types.forEach(t -> fewest.merge(t.platform(), t.gpu().count(), Math::min));
        return types.stream().filter(t -> t.gpu().count() == fewest.get(t.platform())).toList();
    }

    /** For a model no node of this GPU can hold: the GPU products (and counts) that can. */
    private String largerGpus(GpuSizing sizing, double utilization) {
        Map<String, Integer> fits = new TreeMap<>();
        for (InstanceType t : InstanceCatalog.shipped().all()) {
            OptionalInt n = sizing.smallestFit(t.gpu().memoryGiB(), utilization);
            if (n.isPresent() && t.gpu().count() >= n.getAsInt()) {
                fits.merge(t.gpu().product(), n.getAsInt(), Math::min);
            }
        }
        if (fits.isEmpty()) {
            return "no GPU in the catalog holds it on one node.";
        }
        return "it fits on " + fits.entrySet().stream().map(e -> e.getValue() + " × " + e.getKey())
                .collect(Collectors.joining(", ")) + ".";
    }

    /**
     * The GPUs a replica lands on. With gpu.pool (or gpu.product) and GpuWorkerSet intents in the
     * input, the pool must exist and offer enough GPUs per node; otherwise an error names the pools.
     * The pools are the GpuWorkerSets' published facts ({@link GpuPool}): platform, instance type
     * and GPUs as gpu-workerset-generator resolved them. A GpuWorkerSet with errors publishes none,
     * and a model that may be meant for its pools is refused rather than left unchecked.
     */
    Optional<ModelServingFunction.Gpu> gpu() {
        Facts facts = out.facts();
        boolean withPools = !facts.intents(GpuPool.PUBLISHER).isEmpty();
        List<GpuPool> pools = facts.all(GpuPool.class);
        List<IntentRef> broken = facts.withErrors(GpuPool.PUBLISHER);
        if (m.gpu().pool().orElse(null) != null) {
            if (!withPools) {
                return Optional.empty(); // the pool's GpuWorkerSet is rendered elsewhere: nothing to size against
            }
            Optional<GpuPool> pool = pools.stream().filter(p -> p.name().equals(m.gpu().pool().orElse(null))).findFirst();
            if (pool.isEmpty()) {
                out.error(m.gpu().at().pathOf("pool"), broken.isEmpty()
                        ? "no GpuWorkerSet pool is named \"" + m.gpu().pool().orElse(null) + "\"; pools: " + listed(pools)
                        : "pool " + m.gpu().pool().orElse(null) + ": " + describe(broken) + ", so the model cannot be sized against it (pools without errors: "
                        + listed(pools) + ")");
                return Optional.empty();
            }
            GpuSpec node = pool.get().gpu();
            if (node.count() < m.gpu().count()) {
                out.error(m.gpu().at().pathOf("count"), m.gpu().count() + " GPUs per replica, but a node of pool " + pool.get().describe()
                        + " has " + node.count());
            }
            return Optional.of(new ModelServingFunction.Gpu(node.product(), node.memoryGiB(), node));
        }
        if (m.gpu().product().orElse(null) == null) {
            return Optional.empty();
        }
        if (withPools && pools.stream().noneMatch(p -> p.gpu().product().equals(m.gpu().product().orElse(null)) && p.gpu().count() >= m.gpu().count())) {
            out.error(m.gpu().at().pathOf("product"), "no GpuWorkerSet pool offers nodes with " + m.gpu().count() + " × "
                    + m.gpu().product().orElse(null) + "; pools: " + listed(pools) + (broken.isEmpty() ? "" : "; " + describe(broken)
                    + ", so the model cannot be checked against its pools"));
        }
        Optional<Double> memory = InstanceCatalog.shipped().gpuMemoryGiB(m.gpu().product().orElse(null));
        if (memory.isEmpty()) {
            out.warning(m.gpu().at().pathOf("product"), "\"" + m.gpu().product().orElse(null)
                    + "\" is not a GPU product of the instance catalog: sizing skipped (known: "
                    + InstanceCatalog.shipped().all().stream().map(t -> t.gpu().product()).distinct().sorted()
                    .collect(Collectors.joining(", ")) + ")");
            return Optional.empty();
        }
        return Optional.of(new ModelServingFunction.Gpu(m.gpu().product().orElse(null), memory.get(), null));
    }

    /** The pools for a message; written only when one is reported (every intent checks against every pool). */
    private static String listed(Collection<GpuPool> pools) {
        return pools.isEmpty() ? "none" : pools.stream().map(GpuPool::describe).collect(Collectors.joining(", "));
    }

    /** "GpuWorkerSet a has errors" or "GpuWorkerSets a, b have errors". */
    private static String describe(List<IntentRef> broken) {
        return broken.size() == 1 ? broken.get(0).describe() + " has errors"
                : GpuPool.PUBLISHER + "s " + broken.stream().map(IntentRef::name).collect(Collectors.joining(", ")) + " have errors";
    }

    /** The node selector: the intent's own, else the pool's label, else the GPU product label. */
    Map<String, String> placement() {
        Map<String, String> override = m.nodeSelector().orElse(null);
        if (override != null) {
            return override;
        }
        if (m.gpu().pool().orElse(null) != null) {
            return Map.of(GpuPool.POOL_LABEL, m.gpu().pool().orElse(null));
        }
        if (m.gpu().product().orElse(null) != null) {
            return Map.of("nvidia.com/gpu.product", m.gpu().product().orElse(null));
        }
        return null;
    }

    /** The PVC size: stated (and checked against the weights), or derived from them. */
    String storageSize(Optional<GpuSizing> sizing, Optional<ModelFacts> facts) {
        Optional<Double> downloadGiB = sizing.map(s -> facts.isPresent()
                ? facts.get().parametersB() * 1e9 * GpuSizing.bytesPerParameter(facts.get().dtype()) / (1 << 30)
                : s.weightsGiB());
        if (m.storage().size().isPresent()) {
            String size = m.storage().size().get();
            double stated = Quantities.amount(size) / (1 << 30);
            if (downloadGiB.isPresent() && stated < downloadGiB.get()) {
                out.error(m.storage().at().pathOf("size"), String.format(Locale.ROOT, "%s is smaller than the weights to download (about %s)",
                        size, GpuSizing.gib(downloadGiB.get())));
            }
            return size;
        }
        if (downloadGiB.isEmpty()) {
            out.error(m.storage().at().pathOf("size"), "cannot be derived without model.parameters: state the PVC size");
            return null;
        }
        return (long) Math.ceil(downloadGiB.get() * 1.25 + 5) + "Gi";
    }

    /** "120B" → 120.0, "500M" → 0.5 (billions). */
    static double billions(String parameters) {
        double value = Double.parseDouble(parameters.substring(0, parameters.length() - 1));
        return parameters.endsWith("M") ? value / 1000 : value;
    }
}
