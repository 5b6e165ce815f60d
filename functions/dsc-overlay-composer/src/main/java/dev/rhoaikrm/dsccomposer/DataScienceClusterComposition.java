package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.intent.Origin;
import dev.rhoaikrm.core.intent.Schema;
import dev.rhoaikrm.core.intent.annotation.Default;
import dev.rhoaikrm.core.intent.annotation.DnsLabel;
import dev.rhoaikrm.core.intent.annotation.Doc;
import dev.rhoaikrm.core.intent.annotation.IntentKind;
import dev.rhoaikrm.core.intent.annotation.IntentName;
import dev.rhoaikrm.core.intent.annotation.Max;
import dev.rhoaikrm.core.intent.annotation.Min;
import dev.rhoaikrm.core.intent.annotation.NonEmpty;
import dev.rhoaikrm.core.intent.annotation.OneOf;
import dev.rhoaikrm.core.intent.annotation.Pattern;
import dev.rhoaikrm.core.intent.annotation.Required;
import dev.rhoaikrm.core.intent.annotation.SchemaFrom;
import java.util.List;
import java.util.Optional;

/**
 * The DataScienceClusterComposition intent, declared once: the intent-processor generates
 * {@code DataScienceClusterCompositionSchema} from it (binding, defaults, {@code --schema}, and
 * {@code bind} into these records); README.md documents the same fields. The release, the profiles
 * and {@code components} take their schema from the shipped data ({@link SchemaFrom}): the
 * releases and profiles the data lists, and {@code components} bound against the union of every
 * release's table (so an editor completes every name) and checked against the chosen release
 * afterwards, where the error can name that release's equivalent.
 */
@IntentKind(kind = "DataScienceClusterComposition",
        description = "The DataScienceCluster of an RHOAI release (metadata.name is its name), composed from profiles and overrides, and optionally the ArgoCD Application that owns it.")
record DataScienceClusterComposition(
        @IntentName String name,
        @SchemaFrom("releaseSchema") String release,
        @SchemaFrom("profilesSchema") List<String> profiles,
        @SchemaFrom("componentsSchema") BoundObject components,
        @Min(-1000) @Max(1000) @Default("4") @Doc("argocd.argoproj.io/sync-wave of the DataScienceCluster.") long syncWave,
        @OneOf({"all", "dataScienceCluster", "application", "operators"}) @Default("all")
        @Doc("What to generate: all (the DataScienceCluster with the DSCInitialization its 2.x KServe mode needs, the operator"
                + " layer when spec.operators is set, and the Application when spec.application is set), dataScienceCluster (the"
                + " first two), application, or operators (the operator layer alone, for an Application of its own).")
        String output,
        Optional<Application> application,
        Optional<Operators> operators,
        Origin at) {

    /** ArgoCD's built-in AppProject, which every ArgoCD (a fresh OpenShift GitOps too) has; AppSetDiscovery's default as well. */
    static final String DEFAULT_PROJECT = "default";

    @Doc("The ArgoCD Application that owns the DataScienceCluster: prune false, ServerSideApply, "
            + "SkipDryRunOnMissingResource, RespectIgnoreDifferences, /status and the operator's write-backs ignored.")
    record Application(
            @DnsLabel @Default("instance-rhoai") @Doc("The Application's name.") String name,
            @DnsLabel @Default("openshift-gitops") @Doc("Namespace of ArgoCD.") String namespace,
            @DnsLabel @Default(DEFAULT_PROJECT) @Doc("ArgoCD project (default: ArgoCD's built-in default, which every ArgoCD has).")
            String project,
            @Pattern(regex = "[^/.][^\\s]*", meaning = "a path inside the repository (relative, no leading / or .)")
            @Required
            @Doc("Directory of the repository the Application renders: where this intent (or its DataScienceCluster) lives.")
            String path,
            @NonEmpty @Doc("Repository. Default: ARGOCD_APP_SOURCE_REPO_URL (the ArgoCD CMP), else git's origin when useGitRemote is true.")
            Optional<String> repoURL,
            @NonEmpty @Doc("targetRevision. Default: ARGOCD_APP_SOURCE_TARGET_REVISION, else the git branch when useGitRemote is true, else HEAD.")
            Optional<String> revision,
            @Default("false")
            @Doc("Take repoURL (normalised to HTTPS) and revision from the working tree's git origin and branch when nothing else gives them.")
            boolean useGitRemote,
            @NonEmpty @Default("https://kubernetes.default.svc") @Doc("spec.destination.server.") String destinationServer,
            @Default("true") @Doc("syncPolicy.automated.selfHeal (prune is always false).") boolean selfHeal,
            @Min(-1000) @Max(1000) @Doc("argocd.argoproj.io/sync-wave of the Application (none by default).") Optional<Long> syncWave,
            Retry retry,
            Origin at) {
    }

    @Doc("syncPolicy.retry (backoff duration, maxDuration, factor).")
    record Retry(
            @Min(0) @Max(1000) @Default("10") long limit,
            @Pattern(regex = DURATION, meaning = DURATION_MEANING) @Default("60s") String duration,
            @Pattern(regex = DURATION, meaning = DURATION_MEANING) @Default("10m0s") String maxDuration,
            @Min(1) @Max(100) @Default("2") long factor) {
    }

    @Doc("The operator layer: the RHOAI operator and every operator the composed components need on the release (Namespace,"
            + " OperatorGroup, Subscription), the instances those operators need, in sync waves before the DataScienceCluster.")
    record Operators(
            @OneOf({"none", "nvidia"}) @Default("none")
            @Doc("nvidia: Node Feature Discovery and the NVIDIA GPU operator, with a NodeFeatureDiscovery and a ClusterPolicy.")
            String gpu,
            @Doc("More operators to install (OLM package names): those the release's operator only reports missing"
                    + " (authorino-operator, rhcl-operator, leader-worker-set, ...), or any other it has install facts for.")
            List<@NonEmpty String> optional,
            @OneOf({"Automatic", "Manual"}) @Default("Automatic") @Doc("installPlanApproval of every Subscription.")
            String installPlanApproval,
            @Min(-1000) @Max(1000) @Default("1") @Doc("argocd.argoproj.io/sync-wave of the Namespaces, OperatorGroups and Subscriptions.")
            long syncWave,
            @Min(-1000) @Max(1000) @Default("3")
            @Doc("argocd.argoproj.io/sync-wave of the operators' instances (between syncWave and the DataScienceCluster's).")
            long instancesSyncWave,
            @Doc("Settings of one package's Subscription (the RHOAI operator's is rhods-operator).") List<SubscriptionSettings> subscriptions,
            Origin at) {
    }

    record SubscriptionSettings(
            @Required @NonEmpty @Doc("The OLM package (the Subscription's spec.name).") String name,
            @NonEmpty @Doc("spec.channel. Default: the channel the release is shipped on.") Optional<String> channel,
            @NonEmpty @Doc("spec.startingCSV: the CSV to install first (with Manual approval, a pin).") Optional<String> startingCSV,
            @OneOf({"Automatic", "Manual"}) @Doc("spec.installPlanApproval. Default: operators.installPlanApproval.")
            Optional<String> installPlanApproval,
            @NonEmpty @Doc("spec.source: the CatalogSource (a mirror's, disconnected). Default: the package's catalog.") Optional<String> source,
            @Default("true") @Doc("false: installed by something else (another Application); the layer leaves it out.") boolean install,
            Origin at) {
    }

    static final String DURATION = "([0-9]+(ns|us|µs|ms|s|m|h))+";
    static final String DURATION_MEANING = "a duration such as 60s or 10m0s";

    // ---- fields whose schema the shipped data gives ----------------------------------------------

    static Schema releaseSchema() {
        return ComponentsSchema.release();
    }

    static Schema profilesSchema() {
        return ComponentsSchema.profiles();
    }

    static Schema componentsSchema() {
        return ComponentsSchema.components();
    }
}
