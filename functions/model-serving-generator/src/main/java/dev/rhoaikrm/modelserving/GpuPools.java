package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.catalog.GpuSpec;
import dev.rhoaikrm.core.catalog.InstanceCatalog;
import dev.rhoaikrm.core.fn.Inputs;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GPU pools that GpuWorkerSet intents in the same input declare, read loosely: a malformed
 * GpuWorkerSet is its own function's to report, so here it is simply skipped.
 */
final class GpuPools {
    /** The node label gpu-workerset-generator puts on every pool's MachineSet template. */
    static final String POOL_LABEL = "rhoai-krm.dev/gpu-pool";

    /** A pool: its name, instance type and the GPUs one node has (null when not known). */
    record Pool(String name, String instanceType, GpuSpec gpu) {
        String describe() {
            return name + " (" + instanceType + (gpu == null ? "" : ", " + gpu.count() + " × " + gpu.product()) + ")";
        }
    }

    private GpuPools() {
    }

    static boolean present(Inputs inputs) {
        return !inputs.ofKind(Pipeline.INTENT_GROUP, "GpuWorkerSet").isEmpty();
    }

    /** Read once per run: every ModelServing intent asks. */
    static List<Pool> from(Inputs inputs) {
        return inputs.derived(GpuPools.class, GpuPools::read);
    }

    private static List<Pool> read(Inputs inputs) {
        List<Pool> pools = new ArrayList<>();
        for (SourceObject set : inputs.ofKind(Pipeline.INTENT_GROUP, "GpuWorkerSet")) {
            try {
                readPools(set.toMap(), pools);
            } catch (YamlInputException | ClassCastException | NullPointerException e) {
                // malformed: gpu-workerset-generator reports it with its own field paths
            }
        }
        return List.copyOf(pools);
    }

    @SuppressWarnings("unchecked")
    private static void readPools(Map<String, Object> set, List<Pool> pools) {
        Map<String, Object> spec = (Map<String, Object>) set.get("spec");
        Map<String, Object> cluster = (Map<String, Object>) spec.getOrDefault("cluster", Map.of());
        String platform = String.valueOf(cluster.getOrDefault("platform", "aws"));
        for (Map<String, Object> pool : (List<Map<String, Object>>) spec.getOrDefault("pools", List.of())) {
            String name = String.valueOf(pool.get("name"));
            String type = String.valueOf(pool.get("instanceType"));
            GpuSpec gpu = InstanceCatalog.shipped().find(platform, type).map(t -> t.gpu()).orElse(null);
            if (pool.get("gpu") instanceof Map<?, ?> stated) {
                gpu = stated((Map<String, Object>) stated, gpu);
            }
            pools.add(new Pool(name, type, gpu));
        }
    }

    /** Facts a pool states itself (for an instance type the catalog lacks) win over the catalog. */
    private static GpuSpec stated(Map<String, Object> stated, GpuSpec fallback) {
        String product = stated.containsKey("product") ? String.valueOf(stated.get("product")) : fallback == null ? null : fallback.product();
        if (product == null) {
            return fallback;
        }
        int count = stated.get("count") instanceof Number n ? n.intValue() : fallback == null ? 1 : fallback.count();
        double memory = stated.get("memoryGiB") instanceof Number n ? n.doubleValue()
                : InstanceCatalog.shipped().gpuMemoryGiB(product).orElse(fallback == null ? 0 : fallback.memoryGiB());
        String accelerator = InstanceCatalog.shipped().acceleratorFor(product).orElse(product.toLowerCase(java.util.Locale.ROOT));
        return new GpuSpec(product, count, memory, accelerator);
    }
}
