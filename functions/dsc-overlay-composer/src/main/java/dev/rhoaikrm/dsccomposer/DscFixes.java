package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.importing.Importable.Fix;
import java.util.List;

/**
 * Where a DataScienceClusterComposition renders hand-written objects differently on purpose, each
 * with the README row ("Differences from the reference repository") that says why; the first
 * match wins.
 */
final class DscFixes {
    static final List<Fix> ALL = List.of(
            new Fix("DataScienceCluster", "spec.components.kserve.nim.airGapped", "dropped", "no kserve.nim.airGapped: false"),
            new Fix("DataScienceCluster", "spec.components.kueue.managementState", "Managed -> Unmanaged$",
                    "kueue.managementState: Unmanaged instead of Managed"),
            new Fix("DataScienceCluster", "spec.components.*", "added", "every field the release defaults written out"),
            new Fix("DataScienceCluster", "spec.components.*", "dropped", "fields and values the release does not take left out"),
            new Fix("DataScienceCluster", "metadata.annotations.argocd.argoproj.io/sync-wave", "added 4$", "sync wave 4 on the DataScienceCluster"),
            new Fix("Application", "spec.ignoreDifferences[*", ".*/spec/components/modelregistry/registriesNamespace",
                    "ignoreDifferences also has /spec/components/modelregistry/registriesNamespace"),
            new Fix("Application", "spec.syncPolicy.*", "the Application's sync policy is the composer's"),
            // the operator layer (README, "The operator layer")
            new Fix("*", "metadata.annotations.argocd.argoproj.io/sync-options", "added SkipDryRunOnMissingResource=true$",
                    "SkipDryRunOnMissingResource on what needs a CRD of the same sync"),
            new Fix("OperatorGroup", Fix.NOT_GENERATED, "OperatorGroups named after their namespace"),
            new Fix("OperatorGroup", Fix.GENERATED, "OperatorGroups named after their namespace"),
            new Fix("Namespace", Fix.GENERATED, "the operators the release's components need, not in the hand-written files"),
            new Fix("Subscription", Fix.GENERATED, "the operators the release's components need, not in the hand-written files"),
            new Fix("JobSetOperator", "spec.*", "added Normal$", "the log levels of the operators' instances written out"),
            new Fix("LeaderWorkerSetOperator", "spec.*", "added Normal$", "the log levels of the operators' instances written out"),
            new Fix("Kueue", "spec.config.integrations.frameworks", "Kueue's frameworks from the enabled components"),
            new Fix("NodeFeatureDiscovery", "spec.operand.image", "dropped", "no spec.operand.image on the NodeFeatureDiscovery"),
            new Fix("ClusterPolicy", "spec.*", "the ClusterPolicy of the GPU operator's OpenShift example"));

    private DscFixes() {
    }
}
