package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.intent.ArraySchema;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.intent.ObjectSchema;
import dev.rhoaikrm.core.intent.Schema;
import dev.rhoaikrm.core.intent.StringSchema;

/** The AppSetDiscovery intent: every field, its type, default and meaning. README.md documents the same. */
final class AppSetDiscoverySchema {
    static final String API_VERSION = "rhoai-krm.dev/v1alpha1";
    static final String KIND = "AppSetDiscovery";
    static final String IN_CLUSTER = "https://kubernetes.default.svc";
    static final String DEFAULT_NAMESPACE = "openshift-gitops";
    static final String DEFAULT_PROJECT = "default";

    /**
     * The sync options ArgoCD knows, with their values. ArgoCD compares them as exact strings, so
     * "ServerSideApply=True" or a misspelt name is silently ignored: refusing it here is the point.
     */
    static final String SYNC_OPTION = "(Validate|CreateNamespace|PruneLast|ApplyOutOfSyncOnly|ServerSideApply|Replace"
            + "|RespectIgnoreDifferences|SkipDryRunOnMissingResource|FailOnSharedResource|ClientSideApplyMigration)=(true|false)"
            + "|PrunePropagationPolicy=(foreground|background|orphan)";
    /** A Go duration as ArgoCD's retry backoff takes it (a bare number is seconds). */
    static final String DURATION = "[0-9]+|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+";
    /** A DNS-1123 subdomain: what Kubernetes accepts as the name of an Application. */
    static final String SUBDOMAIN = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    private AppSetDiscoverySchema() {
    }

    static IntentSchema intent() {
        return new IntentSchema(API_VERSION, KIND,
                "The ArgoCD app-of-apps of a GitOps repository: AppProjects, ApplicationSets with git directory generators,"
                        + " the bootstrap Application and explicit Applications.", spec());
    }

    private static ObjectSchema spec() {
        return Schema.object()
                .field("repoURL", Schema.string().pattern("\\S+", "a repository URL without spaces")
                        .describe("Repository every source points at. Default: ARGOCD_APP_SOURCE_REPO_URL (the ArgoCD CMP),"
                                + " else `git remote get-url origin` when useGitRemote is true."))
                .field("revision", Schema.string().pattern("\\S+", "a git revision without spaces")
                        .describe("Revision of every source. Default: ARGOCD_APP_SOURCE_TARGET_REVISION, else the current branch"
                                + " when useGitRemote is true, else HEAD."))
                .field("useGitRemote", Schema.bool().byDefault(false)
                        .describe("When repoURL is unset and no ArgoCD CMP environment is present, take the working tree's"
                                + " origin remote (SSH normalised to HTTPS) and current branch."))
                .field("namespace", Schema.string().dnsLabel().byDefault(DEFAULT_NAMESPACE)
                        .describe("Namespace of ArgoCD: where the AppProjects, ApplicationSets and Applications live."))
                .field("projects", Schema.array(project()).describe("AppProjects."))
                .field("appSets", Schema.array(appSet()).describe("ApplicationSets with a git directory generator."))
                .field("bootstrap", bootstrap())
                .field("applications", Schema.array(application()).describe("Explicit Applications beside the sets."))
                .field("discover", Schema.bool().byDefault(false)
                        .describe("Scan the working tree as ArgoCD's git directory generator does and report, as info results,"
                                + " the Applications the sets would create (never emitted: the sets own them)."));
    }

    private static ObjectSchema project() {
        return Schema.object()
                .required("name", Schema.string().dnsLabel().describe("The AppProject's name."))
                .field("description", Schema.string())
                .field("sourceRepos", Schema.array(Schema.string().pattern("\\S+", "a repository URL or pattern without spaces"))
                        .describe("More repositories the project's Applications may use; the resolved repoURL is always first."))
                .field("destinations", Schema.array(Schema.object()
                                .field("server", Schema.string().nonEmpty())
                                .field("name", Schema.string().nonEmpty())
                                .field("namespace", Schema.string().nonEmpty()))
                        .describe("Where the project's Applications may deploy. Default: any namespace of the local cluster."))
                .field("clusterResources", groupKinds().describe("clusterResourceWhitelist. Default: every kind."))
                .field("namespaceResources", groupKinds().describe("namespaceResourceWhitelist. Default: every kind."));
    }

    private static ArraySchema groupKinds() {
        return Schema.array(Schema.object()
                .required("group", Schema.string().describe("API group; \"\" is the core group, \"*\" any."))
                .required("kind", Schema.string().nonEmpty()));
    }

    private static ObjectSchema appSet() {
        return Schema.object()
                .required("name", Schema.string().dnsLabel().describe("The ApplicationSet's name."))
                .field("project", Schema.string().dnsLabel().byDefault(DEFAULT_PROJECT).describe("AppProject of its Applications."))
                .required("directories", Schema.array(Schema.string().nonEmpty()).minItems(1)
                        .describe("Repository paths with Go path.Match globs per segment (* ? [...]), as ArgoCD matches them."))
                .field("exclude", Schema.array(Schema.string().nonEmpty())
                        .describe("Paths (globs too) whose directories get no Application (exclude: true entries)."))
                .field("appName", nameTemplate().byDefault("{{basename}}")
                        .describe("Application name: literal text with {{basename}} or {{segment N}} (0-based) of the matched path."))
                .field("preset", preset())
                .field("destination", destination("May use {{basename}} and {{segment N}}."))
                .field("labels", Schema.map(Schema.string()).describe("Labels of the generated Applications (values may use the placeholders;"
                        + " rollingSync steps select on them)."))
                .field("applicationsSync", Schema.string().oneOf("create-only", "create-update", "create-delete", "sync").byDefault("sync")
                        .describe("What the ApplicationSet controller may do to its Applications (syncPolicy.applicationsSync)."))
                .field("syncWave", syncWave())
                .field("ignoreDifferences", ignoreDifferences())
                .field("syncPolicy", syncPolicy())
                .field("rollingSync", Schema.object()
                        .required("steps", Schema.array(Schema.object()
                                .required("matchExpressions", Schema.array(Schema.object()
                                        .required("key", Schema.string().nonEmpty())
                                        .field("operator", Schema.string().oneOf("In", "NotIn").byDefault("In"))
                                        .required("values", Schema.array(Schema.string()).minItems(1))).minItems(1))
                                .field("maxUpdate", Schema.string().numbersAllowed().pattern("[0-9]+%?", "a count or a percentage such as 1 or 25%")))
                                .minItems(1))
                        .describe("Progressive sync: the ApplicationSet updates its Applications step by step (strategy RollingSync)."));
    }

    private static ObjectSchema bootstrap() {
        return Schema.object()
                .field("name", applicationName().byDefault("cluster-bootstrap"))
                .required("path", Schema.string().nonEmpty().describe("Repository path the app-of-apps renders: where these manifests live."))
                .field("project", Schema.string().dnsLabel().byDefault(DEFAULT_PROJECT))
                .field("destination", destination("Default namespace: spec.namespace."))
                .field("syncWave", syncWave())
                .field("syncPolicy", syncPolicy())
                .field("clusterAdmin", Schema.bool().byDefault(true)
                        .describe("A ClusterRoleBinding giving ArgoCD's application controller cluster-admin (the reference's bootstrap/)."))
                .field("healthChecks", Schema.bool().byDefault(false)
                        .describe("Write the platform's Argo CD health checks (DataScienceCluster, ClusterPolicy, NodeFeatureDiscovery, Kueue,"
                                + " JobSetOperator, ..., Application) into the ArgoCD resource's spec.resourceHealthChecks, so that sync waves"
                                + " wait for them."))
                .field("argoCD", Schema.string().dnsLabel().byDefault("openshift-gitops")
                        .describe("Name of the ArgoCD resource (in spec.namespace) that healthChecks go to: OpenShift GitOps' default instance."))
                .describe("The app-of-apps Application that syncs these manifests.");
    }

    private static ObjectSchema application() {
        return Schema.object()
                .required("name", applicationName())
                .field("project", Schema.string().dnsLabel().byDefault(DEFAULT_PROJECT))
                .required("path", Schema.string().nonEmpty().describe("Repository path of its manifests."))
                .field("preset", preset())
                .field("destination", destination(""))
                .field("syncWave", syncWave())
                .field("ignoreDifferences", ignoreDifferences())
                .field("syncPolicy", syncPolicy());
    }

    private static StringSchema preset() {
        return Schema.string().oneOf("operators", "instances", "models", "services", "none").byDefault("none")
                .describe("The reference's ignoreDifferences, syncOptions and retry for this kind of app; fields below override it.");
    }

    private static StringSchema applicationName() {
        return Schema.string().pattern(SUBDOMAIN, "a DNS-1123 subdomain (lower case letters, digits, '-' and '.')").maxLength(253)
                .describe("The Application's name.");
    }

    private static StringSchema nameTemplate() {
        return Schema.string().nonEmpty().maxLength(253);
    }

    private static ObjectSchema destination(String more) {
        return Schema.object()
                .field("server", Schema.string().nonEmpty().describe("Cluster API URL. Default: " + IN_CLUSTER + " unless name is set."))
                .field("name", Schema.string().nonEmpty().describe("Cluster name registered in ArgoCD (instead of server)."))
                .field("namespace", Schema.string().nonEmpty().describe("Namespace for objects without one. " + more))
                .describe("Where the Applications deploy.");
    }

    private static Schema syncWave() {
        return Schema.integer().min(-1000).max(1000)
                .describe("argocd.argoproj.io/sync-wave of this object when the bootstrap Application syncs it.");
    }

    private static ArraySchema ignoreDifferences() {
        return Schema.array(Schema.object()
                        .field("group", Schema.string().byDefault("").describe("API group; \"\" is the core group."))
                        .required("kind", Schema.string().nonEmpty())
                        .field("name", Schema.string().nonEmpty())
                        .field("namespace", Schema.string().nonEmpty())
                        .field("jsonPointers", Schema.array(Schema.string().pattern("/.*", "a JSON pointer such as /status")))
                        .field("jqPathExpressions", Schema.array(Schema.string().nonEmpty()))
                        .field("managedFieldsManagers", Schema.array(Schema.string().nonEmpty())))
                .describe("Replaces the preset's ignoreDifferences.");
    }

    private static ObjectSchema syncPolicy() {
        return Schema.object()
                .field("automated", Schema.bool().describe("Sync automatically (false: manual sync only)."))
                .field("prune", Schema.bool().describe("Automated sync deletes what left Git."))
                .field("selfHeal", Schema.bool().describe("Automated sync reverts changes made in the cluster."))
                .field("syncOptions", Schema.array(Schema.string().pattern(SYNC_OPTION,
                        "an ArgoCD sync option such as ServerSideApply=true (Validate, CreateNamespace, PruneLast, ApplyOutOfSyncOnly,"
                                + " ServerSideApply, Replace, RespectIgnoreDifferences, SkipDryRunOnMissingResource, FailOnSharedResource,"
                                + " ClientSideApplyMigration =true|false; PrunePropagationPolicy=foreground|background|orphan)")))
                .field("retry", Schema.object()
                        .required("limit", Schema.integer().min(-1).max(1000).describe("Retries; -1 retries for ever."))
                        .field("backoff", Schema.object()
                                .required("duration", duration())
                                .required("maxDuration", duration())
                                .required("factor", Schema.integer().min(1).max(100))))
                .describe("Overrides the preset's sync policy field by field.");
    }

    private static StringSchema duration() {
        return Schema.string().numbersAllowed().pattern(DURATION, "a duration such as 30s, 5m0s or 1h");
    }
}
