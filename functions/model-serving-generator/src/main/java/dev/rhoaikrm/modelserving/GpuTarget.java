package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.catalog.GpuSpec;
import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Facts;
import dev.rhoaikrm.core.fn.IntentRef;
import dev.rhoaikrm.core.intent.KnownPattern;
import dev.rhoaikrm.facts.GpuPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a replica runs and on which GPU: from {@code gpu.pool} (a GpuWorkerSet's pool, as the facts
 * of the run or of the GpuWorkerSet file the model names describe it), or from {@code gpu.product}
 * spelled as the instance catalog spells it. Every check whose answer depends on it reports here:
 * a pool no GpuWorkerSet declares, too few GPUs per node, a product no pool offers, a product that
 * is no label value. A check that cannot run is a warning that says which, so strict mode can
 * refuse it.
 */
final class GpuTarget {
    /** A Kubernetes label value (apimachinery validation.IsValidLabelValue): at most 63 characters of this form. */
    static final String PRODUCT_LABEL = "nvidia.com/gpu.product";

    private final ModelServing m;
    private final Expansion out;
    private final Facts facts;
    private final SkippedChecks skipped;
    /** The product as the catalog spells it, else as stated; null without gpu.product. */
    private final String product;

    private GpuTarget(ModelServing m, Expansion out, Facts facts, SkippedChecks skipped, String product) {
        this.m = m;
        this.out = out;
        this.facts = facts;
        this.skipped = skipped;
        this.product = product;
    }

    /** Checks gpu.product against the instance catalog and the label grammar; {@code facts} says which pools exist. */
    static GpuTarget of(ModelServing m, Expansion out, Facts facts, SkippedChecks skipped) {
        String stated = m.gpu().product().orElse(null);
        return new GpuTarget(m, out, facts, skipped, stated == null ? null : product(stated, m, out, skipped));
    }

    /**
     * The catalog's spelling of a product stated in another case (nodes say NVIDIA-L4, not
     * nvidia-l4, and a node selector matches exactly); a value no node label can have is an error,
     * one the catalog does not know a warning naming the closest it knows.
     */
    private static String product(String stated, ModelServing m, Expansion out, SkippedChecks skipped) {
        String path = m.gpu().at().pathOf("product");
        List<String> known = InstanceCatalog.shipped().gpuProducts();
        for (String k : known) {
            if (k.equalsIgnoreCase(stated)) {
                if (!k.equals(stated)) {
                    out.info(path, "\"" + stated + "\" written as the catalog and GPU feature discovery spell it: " + k);
                }
                return k;
            }
        }
        String closest = closest(stated, known);
        if (stated.length() > 63 || !KnownPattern.LABEL_VALUE.matches(stated)) {
            out.error(path, "\"" + stated + "\" is no node label value (at most 63 letters, digits, '-', '_', '.'; no spaces),"
                    + " so no node can match it; GPU feature discovery labels products like " + closest);
        } else {
            skipped.skipped(path, "\"" + stated + "\" is not a GPU product of the instance catalog: sizing skipped; the closest known is "
                    + closest + " (known: " + String.join(", ", known) + ")", "GPU sizing: " + stated + " is no product of the instance catalog");
        }
        return stated;
    }

    /** The known product with the fewest edits from {@code wanted}, case aside. */
    static String closest(String wanted, List<String> known) {
        String best = known.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = editDistance(wanted.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The product as written into the node selector. */
    Optional<String> product() {
        return Optional.ofNullable(product);
    }

    /**
     * The GPU a replica lands on, for sizing. With gpu.pool and GpuWorkerSet facts, the pool must
     * exist and offer enough GPUs per node; with gpu.product and pools, some pool must offer it.
     * A GpuWorkerSet with errors publishes no pools, and a model that may be meant for them is
     * refused rather than left unchecked. Without facts about the pool, the check is skipped with
     * a warning saying how to make it run.
     */
    Optional<GpuSizing.Gpu> gpu() {
        if (facts == null) {
            return Optional.empty(); // gpu.workerSetFile could not be read: reported
        }
        boolean withPools = !facts.intents(GpuPool.PUBLISHER).isEmpty();
        List<GpuPool> pools = facts.all(GpuPool.class);
        List<IntentRef> broken = facts.withErrors(GpuPool.PUBLISHER);
        String poolName = m.gpu().pool().orElse(null);
        if (poolName != null) {
            if (!withPools) {
                skipped.skipped(m.gpu().at().pathOf("pool"), "GPU check skipped: no GpuWorkerSet in the input declares pool " + poolName
                        + ", so the model is neither sized nor checked against its nodes; name the GpuWorkerSet's file in"
                        + " gpu.workerSetFile (relative to this file), or render both intents together",
                        "GPU check: no GpuWorkerSet declaring pool " + poolName + " (gpu.workerSetFile)");
                return Optional.empty();
            }
            GpuPool pool = named(pools, poolName);
            if (pool == null) {
                out.error(m.gpu().at().pathOf("pool"), broken.isEmpty()
                        ? "no GpuWorkerSet pool is named \"" + poolName + "\"; pools: " + listed(pools)
                        : "pool " + poolName + ": " + describe(broken) + ", so the model cannot be sized against it (pools without errors: "
                        + listed(pools) + ")");
                return Optional.empty();
            }
            GpuSpec node = pool.gpu();
            if (node.count() < m.gpu().count()) {
                out.error(m.gpu().at().pathOf("count"), m.gpu().count() + " GPUs per replica, but a node of pool " + pool.describe()
                        + " has " + node.count());
            }
            return Optional.of(new GpuSizing.Gpu(node.product(), node.memoryGiB()));
        }
        if (product == null) {
            return Optional.empty();
        }
        if (withPools && !anyOffers(pools, product, m.gpu().count())) {
            out.error(m.gpu().at().pathOf("product"), "no GpuWorkerSet pool offers nodes with " + m.gpu().count() + " × "
                    + product + "; pools: " + listed(pools) + (broken.isEmpty() ? "" : "; " + describe(broken)
                    + ", so the model cannot be checked against its pools"));
        }
        Optional<Double> memory = InstanceCatalog.shipped().gpuMemoryGiB(product);
        return memory.isPresent() ? Optional.of(new GpuSizing.Gpu(product, memory.get())) : Optional.empty();
    }

    private static GpuPool named(List<GpuPool> pools, String name) {
        for (GpuPool p : pools) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Whether a pool has nodes of {@code product} with at least {@code count} GPUs. */
    private static boolean anyOffers(List<GpuPool> pools, String product, long count) {
        for (GpuPool p : pools) {
            if (p.gpu().product().equals(product) && p.gpu().count() >= count) {
                return true;
            }
        }
        return false;
    }

    /** The pools for a message; written only when one is reported (every intent checks against every pool). */
    private static String listed(List<GpuPool> pools) {
        if (pools.isEmpty()) {
            return "none";
        }
        List<String> described = new ArrayList<>(pools.size());
        for (GpuPool p : pools) {
            described.add(p.describe());
        }
        return String.join(", ", described);
    }

    /** "GpuWorkerSet a has errors" or "GpuWorkerSets a, b have errors". */
    private static String describe(List<IntentRef> broken) {
        if (broken.size() == 1) {
            return broken.get(0).describe() + " has errors";
        }
        List<String> names = new ArrayList<>(broken.size());
        for (IntentRef r : broken) {
            names.add(r.name());
        }
        return GpuPool.PUBLISHER + "s " + String.join(", ", names) + " have errors";
    }

    /** The node selector: the intent's own, else the pool's label, else the GPU product label. */
    Map<String, String> nodeSelector() {
        Map<String, String> override = m.nodeSelector().orElse(null);
        if (override != null) {
            return override;
        }
        if (m.gpu().pool().isPresent()) {
            return Map.of(GpuPool.POOL_LABEL, m.gpu().pool().get());
        }
        if (product != null) {
            return Map.of(PRODUCT_LABEL, product);
        }
        return null;
    }

    /** Per platform, the instance types with the fewest GPUs (the list is sorted by GPU count, then name). */
    static List<InstanceType> smallestPerPlatform(List<InstanceType> types) {
        Map<String, Integer> fewest = new java.util.TreeMap<>();
        for (InstanceType t : types) {
            Integer known = fewest.get(t.platform());
            fewest.put(t.platform(), known == null ? t.gpu().count() : Math.min(known, t.gpu().count()));
        }
        List<InstanceType> smallest = new ArrayList<>();
        for (InstanceType t : types) {
            if (t.gpu().count() == fewest.get(t.platform())) {
                smallest.add(t);
            }
        }
        return List.copyOf(smallest);
    }
}
