package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kueue's view of the pools: a ResourceFlavor per pool, selecting the pool label its MachineSet
 * template gives every node (so Kueue can admit work onto a pool that is at zero) and tolerating
 * its taints; and the flavor without node labels that holds a queue's CPU and memory
 * ({@link ClusterQueues} builds the queues). Kueue's CRDs are not in fabric8, so these are ordered maps.
 */
final class KueueObjects {
    static final String GPU_RESOURCE = "nvidia.com/gpu";
    /** The most nodeLabels, nodeTaints and tolerations a ResourceFlavor holds (Kueue's CRD: maxProperties / maxItems 8). */
    static final int FLAVOR_LIST_LIMIT = 8;

    private KueueObjects() {
    }

    /** Refuses a pool whose flavor would hold more than Kueue allows, naming the pool field that fills the list. */
    static boolean checkFlavor(Pool pool, Problems problems) {
        Map<String, Object> flavor = resourceFlavor(pool, KueueVersions.V1BETA2);
        boolean ok = true;
        for (String list : List.of("nodeLabels", "nodeTaints", "tolerations")) {
            Object v = Maps.at(flavor, "spec", list);
            int size = v instanceof Map<?, ?> m ? m.size() : v instanceof List<?> l ? l.size() : 0;
            if (size > FLAVOR_LIST_LIMIT) {
                problems.error(pool.spec().at().pathOf("taints"), "pool " + pool.name() + "'s ResourceFlavor would have " + size + " " + list
                        + " (the GPU taint's and one per taint); Kueue's ResourceFlavor allows " + FLAVOR_LIST_LIMIT);
                ok = false;
            }
        }
        return ok;
    }

    static Map<String, Object> resourceFlavor(Pool pool, String apiVersion) {
        // the pool label only: nvidia.com/gpu.product is GPU feature discovery's and changes under sharing and MIG
        Map<String, Object> nodeLabels = new TreeMap<>(Map.of(Pool.POOL_LABEL, pool.name()));
        List<Object> tolerations = new ArrayList<>();
        if (pool.tainted()) {
            tolerations.add(map("key", Pool.GPU_TAINT_KEY, "operator", "Exists", "effect", "NoSchedule"));
        }
        for (GpuWorkerSet.Taint t : pool.spec().taints()) {
            tolerations.add(t.value().isEmpty()
                    ? map("key", t.key(), "operator", "Exists", "effect", t.effect())
                    : map("key", t.key(), "operator", "Equal", "value", t.value().get(), "effect", t.effect()));
        }
        return map("apiVersion", apiVersion, "kind", "ResourceFlavor",
                "metadata", map("name", pool.flavor(), "labels", map(Pool.POOL_LABEL, pool.name())),
                "spec", map("nodeLabels", nodeLabels, "tolerations", tolerations));
    }

    /**
     * The default name of the flavor of a queue's CPU and memory: the name of the flavor RHOAI's
     * operator creates when Kueue is Unmanaged, so that it and the generated one are one object.
     */
    static final String DEFAULT_FLAVOR = "default-flavor";

    /**
     * The flavor of a queue's CPU and memory: no node labels, so it selects any node. Under its default
     * name it is the very object RHOAI's operator creates when kueue is Unmanaged (spec {}), which the
     * operator only creates when absent and never patches, owns or deletes (rhods-operator rhoai-3.3
     * internal/controller/components/kueue/kueue_support.go createDefaultResourceFlavors,
     * pkg/controller/actions/deploy/action_deploy.go L298-307): no second writer. KueueTest holds it.
     */
    static Map<String, Object> defaultFlavor(String name, String apiVersion) {
        return map("apiVersion", apiVersion, "kind", "ResourceFlavor", "metadata", map("name", name),
                "spec", dev.rhoaikrm.core.fn.Manifests.emptyObject());
    }

    /** Whole cores as a number (as Kubernetes prints them), else millicores. */
    static Object cpu(long milli) {
        return milli % 1000 == 0 ? (Object) (milli / 1000) : milli + "m";
    }

    /** Gi when whole, else Mi. */
    static String memory(long mib) {
        return mib % 1024 == 0 ? (mib / 1024) + "Gi" : mib + "Mi";
    }
}
