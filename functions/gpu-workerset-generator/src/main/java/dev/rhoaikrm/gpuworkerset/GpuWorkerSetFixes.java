package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.importing.Importable.Fix;
import java.util.List;

/**
 * Where a GpuWorkerSet renders hand-written GPU workers differently on purpose, each with the
 * README row ("Differences from the reference repository") that says why; the first match wins.
 * Each covers the fields and the change its row names (a sync wave set to the kind's wave, a label
 * added), so any other difference there is left for review.
 */
final class GpuWorkerSetFixes {
    static final String NAMES = "every pool's name is in its MachineSets' names";
    static final String TEMPLATE_LABELS = "template labels rhoai-krm.dev/gpu-pool and cluster-api/accelerator added";
    static final String SIZES = "no scale-from-zero annotations (machine.openshift.io/vCPU, memoryMb, GPU)";
    static final String PRODUCT = "the GPU product in capacity.cluster-autoscaler.kubernetes.io/labels, not on the template or the flavors";
    static final String FLAVORS = "one ResourceFlavor per pool";
    static final String GROUPS = "ClusterQueue: CPU and memory in a resource group of their own under default-flavor, GPUs per pool";
    static final String DEFAULT_FLAVOR = "the flavor of any node that held the queue's CPU and memory beside the GPUs is default-flavor";

    static final String SYNC_WAVE = "metadata.annotations.argocd.argoproj.io/sync-wave";
    static final String SYNC_WAVES = "sync waves (MachineSets and flavors 0, what refers to them 1)";
    static final String POOL_LABEL = "metadata.labels.rhoai-krm.dev/gpu-pool";
    static final String POOL_LABELS = "the label rhoai-krm.dev/gpu-pool on MachineSets, MachineAutoscalers and ResourceFlavors";

    static final List<Fix> ALL = List.of(
            new Fix("MachineSet", SYNC_WAVE, Fix.setTo("0"), SYNC_WAVES),
            new Fix("ResourceFlavor", SYNC_WAVE, Fix.setTo("0"), SYNC_WAVES),
            new Fix("MachineAutoscaler", SYNC_WAVE, Fix.setTo("1"), SYNC_WAVES),
            new Fix("ClusterAutoscaler", SYNC_WAVE, Fix.setTo("1"), SYNC_WAVES),
            new Fix("ClusterQueue", SYNC_WAVE, Fix.setTo("1"), SYNC_WAVES),
            new Fix("MachineSet", POOL_LABEL, "added", POOL_LABELS),
            new Fix("MachineAutoscaler", POOL_LABEL, "added", POOL_LABELS),
            new Fix("ResourceFlavor", POOL_LABEL, "added", POOL_LABELS),
            new Fix("MachineSet", Fix.RENAMED, NAMES),
            new Fix("MachineSet", "spec.selector.matchLabels.machine.openshift.io/cluster-api-machineset", NAMES),
            new Fix("MachineSet", "spec.template.metadata.labels.machine.openshift.io/cluster-api-machineset", NAMES),
            new Fix("MachineSet", "spec.replicas", "spec.replicas: the pool's min"),
            new Fix("MachineSet", "spec.template.spec.metadata.labels.rhoai-krm.dev/gpu-pool", "added", TEMPLATE_LABELS),
            new Fix("MachineSet", "metadata.annotations.capacity.cluster-autoscaler.kubernetes.io/labels", "added", PRODUCT),
            new Fix("MachineSet", "metadata.annotations." + ServerWritten.VCPU, "dropped", SIZES),
            new Fix("MachineSet", "metadata.annotations." + ServerWritten.MEMORY_MB, "dropped", SIZES),
            new Fix("MachineSet", "metadata.annotations." + ServerWritten.GPU, "dropped", SIZES),
            new Fix("MachineSet", "spec.template.spec.metadata.labels.nvidia.com/gpu.product", "dropped", PRODUCT),
            new Fix("ResourceFlavor", "spec.nodeLabels.nvidia.com/gpu.product", "dropped", PRODUCT),
            new Fix("MachineSet", "spec.template.spec.metadata.labels.cluster-api/accelerator", "added", TEMPLATE_LABELS),
            new Fix("MachineSet", "spec.template.spec.lifecycleHooks", "dropped \\(was \\{\\}\\)$", "lifecycleHooks: {} left out"),
            new Fix("MachineAutoscaler", Fix.RENAMED, "MachineAutoscalers named like their MachineSets"),
            new Fix("MachineAutoscaler", "spec.scaleTargetRef.name", NAMES),
            new Fix("MachineAutoscaler", Fix.GENERATED, "a MachineAutoscaler for every MachineSet, also where the hand-written pool had none"),
            new Fix("ClusterAutoscaler", "spec.resourceLimits.gpus", "ClusterAutoscaler resourceLimits.gpus"),
            new Fix("ClusterAutoscaler", "spec.resourceLimits.maxNodesTotal", "dropped",
                    "maxNodesTotal left out when a stated one is below what the cluster can reach"),
            new Fix("ClusterAutoscaler", "metadata.labels.app.kubernetes.io/managed-by", "dropped \\(was argocd\\)$",
                    "no app.kubernetes.io/managed-by: argocd label"),
            new Fix("ResourceFlavor", Fix.NOT_GENERATED, FLAVORS),
            // the importer names this rename itself (ClusterSettingsReader): any other rename of a flavor goes to review
            new Fix("ResourceFlavor", Fix.RENAMED, "renamed to ResourceFlavor/" + KueueObjects.DEFAULT_FLAVOR + "$", DEFAULT_FLAVOR),
            new Fix("ResourceFlavor", Fix.GENERATED, FLAVORS),
            new Fix("ResourceFlavor", "spec.nodeLabels.rhoai-krm.dev/gpu-pool", "added", "each also selects rhoai-krm.dev/gpu-pool and tolerates the taint"),
            new Fix("ResourceFlavor", "spec.tolerations", "added", "each also selects rhoai-krm.dev/gpu-pool and tolerates the taint"),
            new Fix("ClusterQueue", "spec.resourceGroups", GROUPS),
            new Fix("ClusterQueue", "spec.resourceGroups[0].flavors", GROUPS));

    private GpuWorkerSetFixes() {
    }
}
