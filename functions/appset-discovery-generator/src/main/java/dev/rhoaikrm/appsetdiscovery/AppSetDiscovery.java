package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.intent.Origin;
import dev.rhoaikrm.core.intent.annotation.Default;
import dev.rhoaikrm.core.intent.annotation.DnsLabel;
import dev.rhoaikrm.core.intent.annotation.Doc;
import dev.rhoaikrm.core.intent.annotation.IntentKind;
import dev.rhoaikrm.core.intent.annotation.IntentName;
import dev.rhoaikrm.core.intent.annotation.Max;
import dev.rhoaikrm.core.intent.annotation.MaxLength;
import dev.rhoaikrm.core.intent.annotation.Min;
import dev.rhoaikrm.core.intent.annotation.NonEmpty;
import dev.rhoaikrm.core.intent.annotation.NumbersAllowed;
import dev.rhoaikrm.core.intent.annotation.OneOf;
import dev.rhoaikrm.core.intent.annotation.Pattern;
import dev.rhoaikrm.core.intent.annotation.Required;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AppSetDiscovery intent, declared once: every field, its type, default, constraints and
 * meaning. The intent-processor generates {@code AppSetDiscoverySchema} from it (binding, defaults,
 * {@code --schema}, and {@link AppSetDiscoverySchema#bind} into these records); README.md documents
 * the same fields. What several use sites derive from the fields (the parsed name template, the
 * preset, the bootstrap and explicit Applications as one list) are methods here.
 */
@IntentKind(kind = "AppSetDiscovery", description = "The ArgoCD app-of-apps of a GitOps repository: AppProjects, ApplicationSets with"
        + " git directory generators, the bootstrap Application and explicit Applications.")
record AppSetDiscovery(
        @IntentName String name,
        @Pattern(regex = RepositoryURL.PATTERN, meaning = RepositoryURL.MEANING)
        @Doc("Repository every source points at. Default: ARGOCD_APP_SOURCE_REPO_URL (the ArgoCD CMP), else `git remote get-url origin`"
                + " when useGitRemote is true.") Optional<String> repoURL,
        @Pattern(regex = RepositoryURL.REVISION, meaning = RepositoryURL.REVISION_MEANING)
        @Doc("Revision of every source. Default: ARGOCD_APP_SOURCE_TARGET_REVISION, else the current branch when useGitRemote is true,"
                + " else HEAD.") Optional<String> revision,
        @Default("false") @Doc("When repoURL is unset and no ArgoCD CMP environment is present, take the working tree's origin remote"
                + " (SSH normalised to HTTPS) and current branch.") boolean useGitRemote,
        @DnsLabel @Default(DEFAULT_NAMESPACE)
        @Doc("Namespace of ArgoCD: where the AppProjects, ApplicationSets and Applications live.") String namespace,
        @DnsLabel @MaxLength(MAX_INSTANCE_LENGTH) @Default(DEFAULT_INSTANCE)
        @Doc("Name of the running ArgoCD resource (the argocd-operator's instance) in that namespace: bootstrap.clusterAdmin binds its"
                + " application controller's ServiceAccount, <instance>-argocd-application-controller, and bootstrap.healthChecks writes"
                + " into it. OpenShift GitOps' own instance is openshift-gitops.")
        String instance,
        @Doc("A fleet: the clusters registered in Argo CD that every ApplicationSet deploys to (a matrix of Argo CD's cluster"
                + " generator and the git directory generator). Without it, the sets deploy to their destination (the in-cluster API).")
        Optional<Clusters> clusters,
        @Doc("AppProjects.") List<Project> projects,
        @Doc("AppProjects defined outside this intent (kept as plain YAML, or made by another tool) that appSets and applications"
                + " may name besides spec.projects and ArgoCD's built-in default.") List<@DnsLabel String> externalProjects,
        @Doc("ApplicationSets with a git directory generator.") List<AppSet> appSets,
        Optional<Bootstrap> bootstrap,
        @Doc("Explicit Applications beside the sets.") List<Application> applications,
        @Default("false") @Doc("Scan the working tree as ArgoCD's git directory generator does and report, as info results, the"
                + " Applications the sets would create (never emitted: the sets own them).") boolean discover,
        Origin at) {

    static final String IN_CLUSTER = "https://kubernetes.default.svc";
    static final String DEFAULT_NAMESPACE = "openshift-gitops";
    static final String DEFAULT_PROJECT = "default";
    /** The ArgoCD resource OpenShift GitOps creates (in its namespace, openshift-gitops). */
    static final String DEFAULT_INSTANCE = "openshift-gitops";
    /**
     * The longest ArgoCD resource name whose controller ServiceAccount the argocd-operator names
     * "{@literal <name>}-argocd-application-controller" unchanged: 63 - 25 (its longest suffix) - 1
     * (argoproj-labs/argocd-operator controllers/argoutil/resource.go, maxCRNameLength; longer names
     * are truncated with a hash there since 2025-10, and made invalid names before).
     */
    static final int MAX_INSTANCE_LENGTH = 37;
    /** The suffix of the application controller's ServiceAccount (argocd-operator common/defaults.go ArgoCDApplicationControllerComponent). */
    static final String CONTROLLER_SERVICE_ACCOUNT_SUFFIX = "-argocd-application-controller";

    /**
     * The sync options ArgoCD knows, with their values. ArgoCD compares them as exact strings, so
     * "ServerSideApply=True" or a misspelt name is silently ignored: refusing it here is the point.
     */
    static final String SYNC_OPTION = "(Validate|CreateNamespace|PruneLast|ApplyOutOfSyncOnly|ServerSideApply|Replace"
            + "|RespectIgnoreDifferences|SkipDryRunOnMissingResource|FailOnSharedResource|ClientSideApplyMigration)=(true|false)"
            + "|PrunePropagationPolicy=(foreground|background|orphan)";
    static final String SYNC_OPTION_MEANING = "an ArgoCD sync option such as ServerSideApply=true (Validate, CreateNamespace, PruneLast,"
            + " ApplyOutOfSyncOnly, ServerSideApply, Replace, RespectIgnoreDifferences, SkipDryRunOnMissingResource, FailOnSharedResource,"
            + " ClientSideApplyMigration =true|false; PrunePropagationPolicy=foreground|background|orphan)";
    /** A Go duration as ArgoCD's retry backoff takes it (a bare number is seconds). */
    static final String DURATION = "[0-9]+|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+";
    static final String DURATION_MEANING = "a duration such as 30s, 5m0s or 1h";
    /** A DNS-1123 subdomain: what Kubernetes accepts as the name of an Application. */
    static final String SUBDOMAIN = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
    static final String SUBDOMAIN_MEANING = "a DNS-1123 subdomain (lower case letters, digits, '-' and '.')";

    /**
     * The fleet: Argo CD's cluster Secrets a label selector picks, or clusters by name. Each
     * ApplicationSet becomes a matrix of the cluster generator and its git directory generator
     * (see {@link Fleet}).
     */
    @Doc("The clusters of the fleet: a label selector on Argo CD's cluster Secrets, or a list of cluster names (one of the two).")
    record Clusters(
            @Doc("Label selector on the cluster Secrets (labels of the Secret, as `argocd cluster add --label` sets them).")
            Optional<LabelSelector> selector,
            @Doc("Names of clusters registered in Argo CD (the cluster Secret's name field; in-cluster is the hub).")
            Optional<List<@Pattern(regex = SUBDOMAIN, meaning = SUBDOMAIN_MEANING) @MaxLength(253) String>> names,
            Origin at) {
    }

    @Doc("A Kubernetes label selector.")
    record LabelSelector(
            @Doc("Labels the cluster Secret must carry with these values.") Map<String, String> matchLabels,
            @Doc("Requirements on the cluster Secret's labels.") List<SelectorRequirement> matchExpressions,
            Origin at) {
    }

    record SelectorRequirement(
            @Required @NonEmpty @Doc("Label key.") String key,
            @Required @OneOf({"In", "NotIn", "Exists", "DoesNotExist"}) String operator,
            @Doc("Values, for In and NotIn (at least one); none for Exists and DoesNotExist.") List<String> values) {
    }

    record Project(
            @Required @DnsLabel @Doc("The AppProject's name.") String name,
            Optional<String> description,
            @Doc("More repositories the project's Applications may use; the resolved repoURL is always first.")
            List<@Pattern(regex = "\\S+", meaning = "a repository URL or pattern without spaces") String> sourceRepos,
            @Doc("Where the project's Applications may deploy. Default: any namespace of the local cluster.")
            Optional<List<ProjectDestination>> destinations,
            @Doc("Cluster-scoped kinds the project's Applications may deploy (clusterResourceWhitelist); [] allows none."
                    + " Default: every kind.") Optional<List<GroupKind>> clusterResources,
            @Doc("Namespaced kinds the project's Applications may deploy (namespaceResourceWhitelist); [] allows none (written as"
                    + " a namespaceResourceBlacklist of every kind, as ArgoCD reads a missing whitelist as every kind). Default: every kind.")
            Optional<List<GroupKind>> namespaceResources,
            @Min(-1000) @Max(1000) @Doc("argocd.argoproj.io/sync-wave of the AppProject when the bootstrap Application syncs it.")
            Optional<Long> syncWave,
            Origin at) {
    }

    record ProjectDestination(
            @NonEmpty Optional<String> server,
            @NonEmpty Optional<String> name,
            @NonEmpty Optional<String> namespace,
            Origin at) {
    }

    record GroupKind(
            @Required @Doc("API group; \"\" is the core group, \"*\" any.") String group,
            @Required @NonEmpty String kind) {
    }

    /** One ApplicationSet: a git directory generator and the template of its Applications. */
    record AppSet(
            @Required @DnsLabel @Doc("The ApplicationSet's name.") String name,
            @DnsLabel @Default(DEFAULT_PROJECT) @Doc("AppProject of its Applications.") String project,
            @Required @NonEmpty @Doc("Repository paths with Go path.Match globs per segment (* ? [...]), as ArgoCD matches them.")
            List<@NonEmpty String> directories,
            @Doc("Paths (globs too) whose directories get no Application (exclude: true entries).") List<@NonEmpty String> exclude,
            @NonEmpty @MaxLength(253) @Default("{{basename}}")
            @Doc("Application name: literal text with {{basename}} or {{segment N}} (0-based) of the matched path.") String appName,
            @OneOf({"operators", "instances", "models", "services", "none"}) @Default("none")
            @Doc("The reference's ignoreDifferences, syncOptions and retry for this kind of app; fields below override it.") String preset,
            @Doc("Where the Applications deploy; the namespace may use {{basename}} and {{segment N}}.") Destination destination,
            @Doc("Labels of the generated Applications (values may use the placeholders; rollingSync steps select on them).")
            Map<String, String> labels,
            @OneOf({"create-only", "create-update", "create-delete", "sync"}) @Default("sync")
            @Doc("What the ApplicationSet controller may do to its Applications (syncPolicy.applicationsSync).") String applicationsSync,
            @Doc("spec.goTemplateOptions: missingkey=error makes a template reading a key that does not exist fail instead of"
                    + " printing <no value> (the ArgoCD documentation's recommendation).")
            List<@OneOf({"missingkey=default", "missingkey=invalid", "missingkey=zero", "missingkey=error"}) String> goTemplateOptions,
            @Default("false")
            @Doc("Keep what an Application deployed when the set deletes the Application (a directory renamed or removed):"
                    + " syncPolicy.preserveResourcesOnDeletion, which leaves the Applications without the resources finalizer.")
            boolean preserveResourcesOnDeletion,
            @Min(-1000) @Max(1000) @Doc("argocd.argoproj.io/sync-wave of this object when the bootstrap Application syncs it.")
            Optional<Long> syncWave,
            @Doc("Replaces the preset's ignoreDifferences.") Optional<List<IgnoreDifference>> ignoreDifferences,
            SyncPolicy syncPolicy,
            @Doc("Progressive sync: the ApplicationSet updates its Applications step by step (strategy RollingSync).")
            Optional<RollingSync> rollingSync,
            @Doc("Render the Applications with a config-management plugin (spec.source.plugin); in a fleet it passes the cluster"
                    + " name as the plugin env CLUSTER (ARGOCD_ENV_CLUSTER), which selects an intent's perCluster section.")
            Optional<Plugin> plugin,
            Origin at) {

        NameTemplate.Parsed nameTemplate() {
            return NameTemplate.parse(appName);
        }

        Preset presetValue() {
            return Preset.named(preset);
        }

        String directoryPath(int i) {
            return at.pathOf("directories") + "[" + i + "]";
        }

        String excludePath(int i) {
            return at.pathOf("exclude") + "[" + i + "]";
        }
    }

    @Doc("The config-management plugin of the generated Applications.")
    record Plugin(
            @Pattern(regex = "[a-zA-Z0-9]([-._a-zA-Z0-9]*[a-zA-Z0-9])?", meaning = "a plugin name such as rhoai-krm-v1")
            @Doc("The plugin's <name>-<version> (rhoai-krm-v1). Default: none, Argo CD's plugin discovery picks it.")
            Optional<String> name) {
    }

    @Doc("Where the Applications deploy.")
    record Destination(
            @NonEmpty @Doc("Cluster API URL. Default: " + IN_CLUSTER + " unless name is set.") Optional<String> server,
            @NonEmpty @Doc("Cluster name registered in ArgoCD (instead of server).") Optional<String> name,
            @NonEmpty @Doc("Namespace for objects without one.") Optional<String> namespace,
            Origin at) {
    }

    record IgnoreDifference(
            @Default("") @Doc("API group; \"\" is the core group.") String group,
            @Required @NonEmpty String kind,
            @NonEmpty Optional<String> name,
            @NonEmpty Optional<String> namespace,
            List<@Pattern(regex = "/.*", meaning = "a JSON pointer such as /status") String> jsonPointers,
            List<@NonEmpty String> jqPathExpressions,
            List<@NonEmpty String> managedFieldsManagers) {
    }

    @Doc("Overrides the preset's sync policy field by field.")
    record SyncPolicy(
            @Doc("Sync automatically (false: manual sync only).") Optional<Boolean> automated,
            @Doc("Automated sync deletes what left Git.") Optional<Boolean> prune,
            @Doc("Automated sync reverts changes made in the cluster.") Optional<Boolean> selfHeal,
            Optional<List<@Pattern(regex = SYNC_OPTION, meaning = SYNC_OPTION_MEANING) String>> syncOptions,
            Optional<Retry> retry,
            Origin at) {
    }

    record Retry(
            @Required @Min(-1) @Max(1000) @Doc("Retries; -1 retries for ever.") long limit,
            Optional<Backoff> backoff) {
    }

    record Backoff(
            @Required @NumbersAllowed @Pattern(regex = DURATION, meaning = DURATION_MEANING) String duration,
            @Required @NumbersAllowed @Pattern(regex = DURATION, meaning = DURATION_MEANING) String maxDuration,
            @Required @Min(1) @Max(100) long factor) {
    }

    record RollingSync(@Required @NonEmpty List<Step> steps) {
    }

    record Step(
            @Required @NonEmpty List<MatchExpression> matchExpressions,
            @NumbersAllowed @Pattern(regex = "[0-9]+%?", meaning = "a count or a percentage such as 1 or 25%") Optional<String> maxUpdate,
            Origin at) {
    }

    record MatchExpression(
            @Required @NonEmpty String key,
            @OneOf({"In", "NotIn"}) @Default("In") String operator,
            @Required @NonEmpty List<String> values) {
    }

    /** The bootstrap app-of-apps or an explicit Application: what checks, discovery and the objects read of either. */
    sealed interface AppEntry permits Bootstrap, Application {
        String name();

        String project();

        String path();

        Destination destination();

        Optional<Long> syncWave();

        SyncPolicy syncPolicy();

        Origin at();

        boolean isBootstrap();

        Preset presetValue();

        default Optional<List<IgnoreDifference>> ignoreDifferences() {
            return Optional.empty();
        }
    }

    @Doc("The app-of-apps Application that syncs these manifests.")
    record Bootstrap(
            @Pattern(regex = SUBDOMAIN, meaning = SUBDOMAIN_MEANING) @MaxLength(253) @Default("cluster-bootstrap")
            @Doc("The Application's name.") String name,
            @Required @NonEmpty @Doc("Repository path the app-of-apps renders: where these manifests live.") String path,
            @DnsLabel @Default(DEFAULT_PROJECT) String project,
            @Doc("Where the app-of-apps deploys (default namespace: spec.namespace).") Destination destination,
            @Min(-1000) @Max(1000) @Doc("argocd.argoproj.io/sync-wave of this object when the bootstrap Application syncs it.")
            Optional<Long> syncWave,
            SyncPolicy syncPolicy,
            @Default("true")
            @Doc("A ClusterRoleBinding giving ArgoCD's application controller (spec.instance's) cluster-admin (the reference's bootstrap/).")
            boolean clusterAdmin,
            @Default("false")
            @Doc("Write the platform's Argo CD health checks (DataScienceCluster, ClusterPolicy, NodeFeatureDiscovery, Kueue,"
                    + " JobSetOperator, ..., Application) into the ArgoCD resource spec.instance's spec.resourceHealthChecks, so that"
                    + " sync waves wait for them.")
            boolean healthChecks,
            Origin at) implements AppEntry {

        @Override
        public boolean isBootstrap() {
            return true;
        }

        @Override
        public Preset presetValue() {
            return Preset.BOOTSTRAP;
        }
    }

    record Application(
            @Required @Pattern(regex = SUBDOMAIN, meaning = SUBDOMAIN_MEANING) @MaxLength(253) @Doc("The Application's name.") String name,
            @DnsLabel @Default(DEFAULT_PROJECT) String project,
            @Required @NonEmpty @Doc("Repository path of its manifests.") String path,
            @OneOf({"operators", "instances", "models", "services", "none"}) @Default("none")
            @Doc("The reference's ignoreDifferences, syncOptions and retry for this kind of app; fields below override it.") String preset,
            @Doc("Where the Application deploys.") Destination destination,
            @Min(-1000) @Max(1000) @Doc("argocd.argoproj.io/sync-wave of this object when the bootstrap Application syncs it.")
            Optional<Long> syncWave,
            @Doc("Replaces the preset's ignoreDifferences.") Optional<List<IgnoreDifference>> ignoreDifferences,
            SyncPolicy syncPolicy,
            Origin at) implements AppEntry {

        @Override
        public boolean isBootstrap() {
            return false;
        }

        @Override
        public Preset presetValue() {
            return Preset.named(preset);
        }
    }

    /** The bootstrap Application first (when there is one), then the explicit ones. */
    List<AppEntry> allApplications() {
        List<AppEntry> all = new ArrayList<>();
        if (bootstrap.isPresent()) {
            all.add(bootstrap.get());
        }
        all.addAll(applications);
        return all;
    }
}
