package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pool's MachineSet and MachineAutoscaler in one zone, named and labelled as the installer names
 * and labels worker MachineSets ({@code <infraId>-gpu-<pool>-<zone>}, the cluster-api labels).
 *
 * <p>Everything the scheduler and the autoscaler must know while the pool is at zero is on the
 * template (the pool label ModelServing and the Kueue flavor select on, the accelerator label, the
 * pool's own labels, and the taint) or, for the GPU product, which GPU feature discovery owns on the
 * node, in the autoscaler's capacity labels annotation. The size of a node that does not exist yet
 * (the scale-from-zero annotations) is the provider's MachineSet controller's to write.
 * {@code spec.replicas} is the pool's minimum: what a new MachineSet starts with, which the
 * MachineAutoscaler changes from then on (ArgoCD must ignore it, as AppSetDiscovery's instances
 * preset does, or it undoes every scale-up).
 */
final class MachineObjects {
    static final String NAMESPACE = "openshift-machine-api";
    static final String MACHINESET_LABEL = "machine.openshift.io/cluster-api-machineset";
    static final String GPU_TAINT_VALUE = "present";
    /**
     * Labels the cluster autoscaler adds to its picture of a node of this MachineSet while the pool
     * is at zero ("key=value,..."; openshift/kubernetes-autoscaler
     * cluster-autoscaler/cloudprovider/clusterapi/clusterapi_unstructured.go {@code Labels()}, as
     * kubernetes/autoscaler's clusterapi provider). The provider's MachineSet controller merges
     * {@code kubernetes.io/arch=...} into it (machine-api-provider-aws/-azure/-gcp machineset
     * controller, {@code MergeCommaSeparatedKeyValuePairs}), in no fixed order.
     */
    static final String CAPACITY_LABELS = "capacity.cluster-autoscaler.kubernetes.io/labels";

    private MachineObjects() {
    }

    static String machineSetName(Cluster cluster, Pool pool, String zone) {
        return cluster.infraId() + "-gpu-" + pool.name() + "-" + cluster.platform().nameSuffix(zone, cluster.region());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> machineSet(Cluster cluster, Pool pool, String zone, Map<String, Object> providerSpec) {
        String name = machineSetName(cluster, pool, zone);
        Map<String, String> selector = new TreeMap<>(Map.of(SourceMachineSet.CLUSTER_LABEL, cluster.infraId(), MACHINESET_LABEL, name));
        Map<String, String> machineLabels = new TreeMap<>(selector);
        machineLabels.put(SourceMachineSet.ROLE_LABEL, "worker");
        machineLabels.put("machine.openshift.io/cluster-api-machine-type", "worker");
        Map<String, String> annotations = new TreeMap<>(pool.spec().annotations());
        annotations.put(CAPACITY_LABELS, Pool.PRODUCT_LABEL + "=" + pool.gpu().product());
        // no machine.openshift.io/vCPU, memoryMb, GPU: the provider's MachineSet controller writes them from the
        // cloud's instance-type API (ServerWritten.VCPU, MEMORY_MB, GPU); a value in Git would fight it
        Map<String, Object> metadataLabels = new TreeMap<>(Map.of(SourceMachineSet.CLUSTER_LABEL, cluster.infraId(), Pool.POOL_LABEL, pool.name()));
        // The provider spec goes in as built, empty values included (kmsKey.arn: "", spotMarketOptions: {}):
        // the provider reads them.
        Map<String, Object> machineSet = map("apiVersion", Platform.API_VERSION, "kind", "MachineSet",
                "metadata", map("name", name, "namespace", NAMESPACE, "labels", metadataLabels, "annotations", annotations),
                "spec", map(
                        // the CRD defaults an absent replicas to 1 (machine-api-operator install/0000_30_machine-api-operator_03_machineset
                        // .Default.crd.yaml): a min-0 pool would start a GPU machine on first sync. After creation the
                        // MachineAutoscaler owns it; the AppSetDiscovery instances preset makes ArgoCD ignore it.
                        "replicas", pool.min(),
                        "selector", map("matchLabels", selector),
                        "template", map(
                                "metadata", map("labels", machineLabels),
                                "spec", map("metadata", map("labels", nodeLabels(pool)),
                                        "providerSpec", map("value", Maps.canonicalProviderSpec(providerSpec)),
                                        "taints", taints(pool)))));
        return machineSet;
    }

    /**
     * The node labels of the template: the worker role, the pool, its accelerator, and the pool's
     * own labels. Not the GPU product: nodelink copies template labels onto the Node on every
     * reconcile (openshift/machine-api-operator pkg/controller/nodelink/nodelink_controller.go),
     * while GPU feature discovery rewrites nvidia.com/gpu.product under time-slicing (-SHARED) and
     * MIG (-MIG-...): the two would flap. The autoscaler learns the product from {@link #CAPACITY_LABELS}.
     */
    static Map<String, String> nodeLabels(Pool pool) {
        Map<String, String> labels = new TreeMap<>(pool.spec().labels());
        labels.put("node-role.kubernetes.io/worker", "");
        labels.put(Pool.POOL_LABEL, pool.name());
        labels.put(Pool.ACCELERATOR_LABEL, pool.gpu().accelerator());
        return labels;
    }

    static List<Map<String, Object>> taints(Pool pool) {
        List<Map<String, Object>> taints = new ArrayList<>();
        if (pool.tainted()) {
            taints.add(map("effect", "NoSchedule", "key", Pool.GPU_TAINT_KEY, "value", GPU_TAINT_VALUE));
        }
        for (GpuWorkerSet.Taint t : pool.spec().taints()) {
            taints.add(map("effect", t.effect(), "key", t.key(), "value", t.value().orElse(null)));
        }
        return taints;
    }

    static Map<String, Object> machineAutoscaler(Cluster cluster, Pool pool, String zone) {
        String name = machineSetName(cluster, pool, zone);
        return map("apiVersion", "autoscaling.openshift.io/v1beta1", "kind", "MachineAutoscaler",
                "metadata", map("name", name, "namespace", NAMESPACE, "labels", map(Pool.POOL_LABEL, pool.name())),
                "spec", map("maxReplicas", pool.max(), "minReplicas", pool.min(),
                        "scaleTargetRef", map("apiVersion", Platform.API_VERSION, "kind", "MachineSet", "name", name)));
    }
}
