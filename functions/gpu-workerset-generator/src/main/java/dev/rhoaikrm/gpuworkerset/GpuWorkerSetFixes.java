package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.importing.Importable.Fix;
import java.util.List;

/**
 * Where a GpuWorkerSet renders hand-written GPU workers differently on purpose, each with the
 * README row ("Differences from the reference repository") that says why; the first match wins.
 */
final class GpuWorkerSetFixes {
    static final String NAMES = "every pool's name is in its MachineSets' names";
    static final String TEMPLATE_LABELS = "template labels rhoai-krm.dev/gpu-pool, nvidia.com/gpu.product, cluster-api/accelerator added";
    static final String FLAVORS = "one ResourceFlavor per pool";

    static final List<Fix> ALL = List.of(
            new Fix("*", "metadata.annotations.argocd.argoproj.io/sync-wave", "sync waves (MachineSets and flavors 0, what refers to them 1)"),
            new Fix("*", "metadata.labels.rhoai-krm.dev/gpu-pool", "the label rhoai-krm.dev/gpu-pool on MachineSets, MachineAutoscalers and ResourceFlavors"),
            new Fix("MachineSet", Fix.RENAMED, NAMES),
            new Fix("MachineSet", "spec.selector.matchLabels.machine.openshift.io/cluster-api-machineset", NAMES),
            new Fix("MachineSet", "spec.template.metadata.labels.machine.openshift.io/cluster-api-machineset", NAMES),
            new Fix("MachineSet", "spec.replicas", "no spec.replicas"),
            new Fix("MachineSet", "spec.template.spec.metadata.labels", TEMPLATE_LABELS),
            new Fix("MachineSet", "spec.template.spec.lifecycleHooks", "lifecycleHooks: {} left out"),
            new Fix("MachineAutoscaler", Fix.RENAMED, "MachineAutoscalers named like their MachineSets"),
            new Fix("MachineAutoscaler", "spec.scaleTargetRef.name", NAMES),
            new Fix("MachineAutoscaler", Fix.GENERATED, "a MachineAutoscaler for every MachineSet, also where the hand-written pool had none"),
            new Fix("ClusterAutoscaler", "spec.resourceLimits.gpus", "ClusterAutoscaler resourceLimits.gpus"),
            new Fix("ClusterAutoscaler", "spec.resourceLimits.maxNodesTotal", "maxNodesTotal computed when a stated one is below what the cluster can reach"),
            new Fix("ClusterAutoscaler", "metadata.labels.app.kubernetes.io/managed-by", "no app.kubernetes.io/managed-by: argocd label"),
            new Fix("ResourceFlavor", Fix.NOT_GENERATED, FLAVORS),
            new Fix("ResourceFlavor", Fix.RENAMED, FLAVORS),
            new Fix("ResourceFlavor", Fix.GENERATED, FLAVORS),
            new Fix("ResourceFlavor", "spec", FLAVORS),
            new Fix("ClusterQueue", "spec.resourceGroups[0].flavors", "ClusterQueue quotas per flavor from the pools"));

    private GpuWorkerSetFixes() {
    }
}
