package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.fn.Manifests;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.openshift.api.model.autoscaling.v1beta1.MachineAutoscalerBuilder;
import io.fabric8.openshift.api.model.machine.v1beta1.MachineSetBuilder;
import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pool's MachineSet and MachineAutoscaler in one zone, named and labelled as the installer names
 * and labels worker MachineSets ({@code <infraId>-gpu-<pool>-<zone>}, the cluster-api labels).
 *
 * <p>Everything the scheduler and the autoscaler must know while the pool is at zero is on the
 * template: the pool label ModelServing selects on, the GPU product and accelerator labels, the
 * pool's own labels, and the taint; the scale-from-zero annotations size a node that does not exist
 * yet. {@code spec.replicas} is left out: the MachineAutoscaler owns it, and a value in Git would
 * make ArgoCD undo every scale-up.
 */
final class MachineObjects {
    static final String NAMESPACE = "openshift-machine-api";
    static final String MACHINESET_LABEL = "machine.openshift.io/cluster-api-machineset";
    static final String GPU_TAINT_VALUE = "present";

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
        Map<String, String> annotations = new TreeMap<>(pool.spec().stringMap("annotations"));
        annotations.put("machine.openshift.io/GPU", String.valueOf(pool.gpu().count()));
        annotations.put("machine.openshift.io/memoryMb", String.valueOf(pool.type().memoryMiB()));
        annotations.put("machine.openshift.io/vCPU", String.valueOf(pool.type().vcpu()));
        Map<String, Object> machineSet = Manifests.fromModel(new MachineSetBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE)
                .addToLabels(SourceMachineSet.CLUSTER_LABEL, cluster.infraId())
                .addToLabels(Pool.POOL_LABEL, pool.name())
                .addToAnnotations(annotations)
                .endMetadata()
                .withNewSpec()
                .withNewSelector().withMatchLabels(selector).endSelector()
                .withNewTemplate()
                .withNewMetadata().withLabels(machineLabels).endMetadata()
                .withNewSpec()
                .withNewMetadata().withLabels(nodeLabels(pool)).endMetadata()
                .withTaints(taints(pool))
                .endSpec()
                .endTemplate()
                .endSpec()
                .build());
        // The provider spec goes in as built: fabric8's serialisation would drop its empty values
        // (kmsKey.arn: "", spotMarketOptions: {}) that the provider reads.
        Map<String, Object> template = (Map<String, Object>) Maps.at(machineSet, "spec", "template");
        Map<String, Object> machineSpec = (Map<String, Object>) template.get("spec");
        template.put("spec", map("metadata", machineSpec.get("metadata"),
                "providerSpec", map("value", Maps.canonicalProviderSpec(providerSpec)),
                "taints", machineSpec.get("taints")));
        return machineSet;
    }

    /** The node labels of the template: the worker role, the pool, its GPUs, and the pool's own labels. */
    static Map<String, String> nodeLabels(Pool pool) {
        Map<String, String> labels = new TreeMap<>(pool.spec().stringMap("labels"));
        labels.put("node-role.kubernetes.io/worker", "");
        labels.put(Pool.POOL_LABEL, pool.name());
        labels.put(Pool.PRODUCT_LABEL, pool.gpu().product());
        labels.put(Pool.ACCELERATOR_LABEL, pool.gpu().accelerator());
        return labels;
    }

    static List<Taint> taints(Pool pool) {
        List<Taint> taints = new ArrayList<>();
        if (pool.tainted()) {
            taints.add(new TaintBuilder().withKey(Pool.GPU_TAINT_KEY).withValue(GPU_TAINT_VALUE).withEffect("NoSchedule").build());
        }
        for (BoundObject t : pool.spec().objects("taints")) {
            taints.add(new TaintBuilder().withKey(t.string("key")).withValue(t.string("value")).withEffect(t.string("effect")).build());
        }
        return taints;
    }

    static Map<String, Object> machineAutoscaler(Cluster cluster, Pool pool, String zone) {
        String name = machineSetName(cluster, pool, zone);
        return Manifests.fromModel(new MachineAutoscalerBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).addToLabels(Pool.POOL_LABEL, pool.name()).endMetadata()
                .withNewSpec()
                .withMinReplicas((int) pool.min())
                .withMaxReplicas((int) pool.max())
                .withNewScaleTargetRef().withApiVersion(Platform.API_VERSION).withKind("MachineSet").withName(name).endScaleTargetRef()
                .endSpec()
                .build());
    }
}
