package dev.rhoaikrm.gpuworkerset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API server and the cluster's controllers write into a MachineSet, as opposed to what its
 * author wrote: the one list both {@code rhoai-krm import} and {@code spec.cluster.fromMachineSet}
 * leave behind, so that an {@code oc get machineset -o yaml} export imports as cleanly as a
 * hand-written file and no render re-emits a controller's value (which would fight the controller).
 */
final class ServerWritten {
    /** The API server's bookkeeping in metadata (kubernetes/apimachinery ObjectMeta: read-only or system-populated fields). */
    static final List<String> METADATA = List.of("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields",
            "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds");

    /** The scale-from-zero annotations (among the {@link #ANNOTATIONS}): the provider's MachineSet controller owns them. */
    static final String VCPU = "machine.openshift.io/vCPU";
    static final String MEMORY_MB = "machine.openshift.io/memoryMb";
    static final String GPU = "machine.openshift.io/GPU";

    /**
     * Annotations that a client or a controller writes on a MachineSet:
     * <ul>
     * <li>{@code kubectl.kubernetes.io/last-applied-configuration}: kubectl apply's record of the last applied object;</li>
     * <li>{@code machine.openshift.io/vCPU}, {@code memoryMb}, {@code GPU} and
     *     {@code capacity.cluster-autoscaler.kubernetes.io/labels}: each provider's MachineSet controller, from the
     *     cloud's instance-type API, the labels merged with {@code kubernetes.io/arch} (openshift/machine-api-provider-aws
     *     {@code pkg/actuators/machineset/controller.go}, machine-api-provider-azure and -gcp
     *     {@code pkg/cloud/<cloud>/actuators/machineset/controller.go}, {@code reconcile});</li>
     * <li>{@code machine.openshift.io/cluster-api-autoscaler-node-group-min-size}, {@code -max-size} and
     *     {@code autoscaling.openshift.io/machineautoscaler}: the MachineAutoscaler controller on its target
     *     (openshift/cluster-autoscaler-operator {@code pkg/controller/machineautoscaler/machineautoscaler_controller.go});</li>
     * <li>{@code argocd.argoproj.io/tracking-id}: ArgoCD's resource tracking.</li>
     * </ul>
     */
    static final List<String> ANNOTATIONS = List.of(
            "kubectl.kubernetes.io/last-applied-configuration",
            VCPU, MEMORY_MB, GPU,
            MachineObjects.CAPACITY_LABELS,
            "machine.openshift.io/cluster-api-autoscaler-node-group-min-size",
            "machine.openshift.io/cluster-api-autoscaler-node-group-max-size",
            "autoscaling.openshift.io/machineautoscaler",
            "argocd.argoproj.io/tracking-id");

    private ServerWritten() {
    }

    /** Whether an object carries what only the API server writes: it was saved from a cluster. */
    static boolean isSnapshot(Map<String, Object> object) {
        return object.containsKey("status") || METADATA.stream().anyMatch(k -> Maps.at(object, "metadata", k) != null);
    }

    /** The annotations an author wrote: {@code annotations} without the server's and controllers' ones. */
    static Map<String, String> authored(Map<String, String> annotations) {
        Map<String, String> out = new LinkedHashMap<>(annotations);
        ANNOTATIONS.forEach(out::remove);
        return out;
    }

    /**
     * A provider spec without what Go's serializer writes for unset fields at its top level: the
     * embedded {@code metadata: {}} and empty strings such as {@code capacityReservationId: ""},
     * which current clusters write into every exported MachineSet and which mean "not set". Nested
     * empty strings stay: some are the installer's own values ({@code kmsKey.arn: ""}, the Azure
     * image's {@code offer: ""}).
     */
    static Map<String, Object> withoutEmptyValues(Map<String, Object> providerSpec) {
        Map<String, Object> out = new LinkedHashMap<>(providerSpec);
        out.remove("metadata");
        out.values().removeIf(""::equals);
        return out;
    }
}
