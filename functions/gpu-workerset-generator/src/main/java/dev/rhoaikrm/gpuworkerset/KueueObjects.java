package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.fn.Manifests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kueue's view of the pools: a ResourceFlavor per pool, selecting the labels its MachineSet
 * template gives every node (so Kueue can admit work onto a pool that is at zero) and tolerating
 * its taints, and one ClusterQueue whose nominal quotas are what the pools offer at their maximum:
 * max nodes × the node's allocatable CPU and memory (capacity minus OpenShift's system
 * reservation), and its GPUs. Kueue's CRDs are not in fabric8, so these are ordered maps.
 */
final class KueueObjects {
    static final String API_VERSION = "kueue.x-k8s.io/v1beta1";
    static final String GPU_RESOURCE = "nvidia.com/gpu";

    private KueueObjects() {
    }

    /** The most nodeLabels, nodeTaints and tolerations a ResourceFlavor holds (Kueue's CRD: maxProperties / maxItems 8). */
    static final int FLAVOR_LIST_LIMIT = 8;

    /** Refuses a pool whose flavor would hold more than Kueue allows, naming the pool field that fills the list. */
    static boolean checkFlavor(Pool pool, Problems problems) {
        Map<String, Object> spec = Maps.copyMap(resourceFlavor(pool));
        boolean ok = true;
        for (String list : List.of("nodeLabels", "nodeTaints", "tolerations")) {
            Object v = Maps.at(spec, "spec", list);
            int size = v instanceof Map<?, ?> m ? m.size() : v instanceof List<?> l ? l.size() : 0;
            if (size > FLAVOR_LIST_LIMIT) {
                problems.error(pool.spec().at().pathOf("taints"), "pool " + pool.name() + "'s ResourceFlavor would have " + size + " " + list
                        + " (the GPU taint's and one per taint); Kueue's ResourceFlavor allows " + FLAVOR_LIST_LIMIT);
                ok = false;
            }
        }
        return ok;
    }

    static Map<String, Object> resourceFlavor(Pool pool) {
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
        return map("apiVersion", API_VERSION, "kind", "ResourceFlavor",
                "metadata", map("name", pool.flavor(), "labels", map(Pool.POOL_LABEL, pool.name())),
                "spec", map("nodeLabels", nodeLabels, "tolerations", tolerations));
    }

    static Map<String, Object> clusterQueue(GpuWorkerSet.KueueSpec kueue, List<Pool> pools) {
        List<Object> flavors = new ArrayList<>();
        for (Pool p : pools) {
            flavors.add(map("name", p.flavor(), "resources", List.of(
                    map("name", "cpu", "nominalQuota", cpu(p.maxNodes() * p.type().allocatableMilliCpu())),
                    map("name", "memory", "nominalQuota", memory(p.maxNodes() * p.type().allocatableMemoryMiB())),
                    map("name", GPU_RESOURCE, "nominalQuota", p.maxGpus()))));
        }
        Map<String, Object> spec = map();
        kueue.cohort().filter(c -> !c.isEmpty()).ifPresent(cohort -> spec.put("cohort", cohort));
        Map<String, String> selector = kueue.namespaceSelector();
        // {} admits every namespace; no selector at all would admit none
        spec.put("namespaceSelector", selector.isEmpty() ? Manifests.emptyObject() : map("matchLabels", new TreeMap<>(selector)));
        GpuWorkerSet.Preemption preemption = kueue.preemption();
        spec.put("preemption", map("reclaimWithinCohort", preemption.reclaimWithinCohort(),
                "withinClusterQueue", preemption.withinClusterQueue()));
        spec.put("resourceGroups", List.of(map("coveredResources", List.of("cpu", "memory", GPU_RESOURCE), "flavors", flavors)));
        return map("apiVersion", API_VERSION, "kind", "ClusterQueue", "metadata", map("name", kueue.clusterQueue()), "spec", spec);
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
