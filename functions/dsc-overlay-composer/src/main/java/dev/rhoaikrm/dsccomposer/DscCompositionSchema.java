package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.intent.ArraySchema;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.intent.ObjectSchema;
import dev.rhoaikrm.core.intent.Schema;
import dev.rhoaikrm.core.intent.StringSchema;
import java.util.List;
import java.util.Map;

/**
 * The DataScienceClusterComposition intent: every field, its type, default and meaning. README.md
 * documents the same. {@code components} is bound against the union of every known release's
 * table (so an editor completes every name), and checked against the chosen release afterwards,
 * where the error can name that release's equivalent.
 */
final class DscCompositionSchema {
    static final String API_VERSION = "rhoai-krm.dev/v1alpha1";
    static final String KIND = "DataScienceClusterComposition";
    /** ArgoCD's built-in AppProject, which every ArgoCD (a fresh OpenShift GitOps too) has; AppSetDiscovery's default as well. */
    static final String DEFAULT_PROJECT = "default";
    static final List<String> OUTPUTS = List.of("all", "dataScienceCluster", "application");

    private DscCompositionSchema() {
    }

    static IntentSchema intent() {
        return new IntentSchema(API_VERSION, KIND,
                "The DataScienceCluster of an RHOAI release (metadata.name is its name), composed from profiles and overrides, and optionally the ArgoCD Application that owns it.",
                spec());
    }

    private static ObjectSchema spec() {
        Releases releases = Releases.shipped();
        Profiles profiles = Profiles.shipped();
        return Schema.object()
                .field("release", Schema.string().oneOf(releases.ids().toArray(String[]::new)).byDefault(releases.defaultId())
                        .describe("RHOAI release: decides the apiVersion (3.x: v2, 2.x: v1), the component names, fields and defaults."
                                + " Default: the newest GA release, " + releases.defaultId() + "."))
                .field("profiles", Schema.array(Schema.string().oneOf(profiles.names().toArray(String[]::new))).byDefault(List.of("base"))
                        .describe("Built-in profiles, applied in order (later ones win): " + String.join(", ", profiles.names())
                                + ". Components no profile or override names are Removed."))
                .field("components", components(releases)
                        .describe("Overrides, merged last, in the shape of the DataScienceCluster's spec.components; checked against the release."))
                .field("syncWave", Schema.integer().min(-1000).max(1000).byDefault(4L)
                        .describe("argocd.argoproj.io/sync-wave of the DataScienceCluster."))
                .field("output", Schema.string().oneOf(OUTPUTS.toArray(String[]::new)).byDefault("all")
                        .describe("What to generate: all (the DataScienceCluster with the DSCInitialization its 2.x KServe mode needs, and the"
                                + " Application when spec.application is set), dataScienceCluster (the first two), or application."))
                .field("application", application());
    }

    private static ObjectSchema application() {
        return Schema.object()
                .field("name", Schema.string().dnsLabel().byDefault("instance-rhoai").describe("The Application's name."))
                .field("namespace", Schema.string().dnsLabel().byDefault("openshift-gitops").describe("Namespace of ArgoCD."))
                .field("project", Schema.string().dnsLabel().byDefault(DEFAULT_PROJECT)
                        .describe("ArgoCD project (default: ArgoCD's built-in default, which every ArgoCD has)."))
                .required("path", Schema.string().pattern("[^/.][^\\s]*", "a path inside the repository (relative, no leading / or .)")
                        .describe("Directory of the repository the Application renders: where this intent (or its DataScienceCluster) lives."))
                .field("repoURL", Schema.string().nonEmpty()
                        .describe("Repository. Default: ARGOCD_APP_SOURCE_REPO_URL (the ArgoCD CMP), else git's origin when useGitRemote is true."))
                .field("revision", Schema.string().nonEmpty()
                        .describe("targetRevision. Default: ARGOCD_APP_SOURCE_TARGET_REVISION, else the git branch when useGitRemote is true, else HEAD."))
                .field("useGitRemote", Schema.bool().byDefault(false)
                        .describe("Take repoURL (normalised to HTTPS) and revision from the working tree's git origin and branch when nothing else gives them."))
                .field("destinationServer", Schema.string().nonEmpty().byDefault("https://kubernetes.default.svc").describe("spec.destination.server."))
                .field("selfHeal", Schema.bool().byDefault(true).describe("syncPolicy.automated.selfHeal (prune is always false)."))
                .field("syncWave", Schema.integer().min(-1000).max(1000).describe("argocd.argoproj.io/sync-wave of the Application (none by default)."))
                .field("retry", Schema.object()
                        .field("limit", Schema.integer().min(0).max(1000).byDefault(10L))
                        .field("duration", duration().byDefault("60s"))
                        .field("maxDuration", duration().byDefault("10m0s"))
                        .field("factor", Schema.integer().min(1).max(100).byDefault(2L))
                        .describe("syncPolicy.retry (backoff duration, maxDuration, factor)."))
                .describe("The ArgoCD Application that owns the DataScienceCluster: prune false, ServerSideApply, "
                        + "SkipDryRunOnMissingResource, RespectIgnoreDifferences, /status and the operator's write-backs ignored.");
    }

    private static StringSchema duration() {
        return Schema.string().pattern("([0-9]+(ns|us|µs|ms|s|m|h))+", "a duration such as 60s or 10m0s");
    }

    /** spec.components: the union of every release's table, without defaults (an override names only what it changes). */
    private static ObjectSchema components(Releases releases) {
        ObjectSchema components = Schema.object();
        releases.union().properties.forEach((name, spec) -> {
            String having = releases.availability(name);
            components.field(name, binding(spec).describe("The " + name + " component"
                    + (having == null ? "" : " (" + having + ")") + "."));
        });
        return components;
    }

    static Schema binding(FieldSpec spec) {
        return switch (spec.type) {
            case "object" -> {
                if (spec.isMap()) {
                    yield Schema.map(binding(spec.additionalProperties));
                }
                ObjectSchema o = Schema.object();
                for (Map.Entry<String, FieldSpec> p : spec.properties.entrySet()) {
                    o.field(p.getKey(), binding(p.getValue()));
                }
                yield o;
            }
            case "array" -> {
                ArraySchema a = Schema.array(binding(spec.items));
                yield spec.minItems == null ? a : a.minItems(spec.minItems);
            }
            case "boolean" -> Schema.bool();
            case "integer" -> Schema.integer();
            case FieldSpec.INT_OR_STRING -> spec.pattern == null ? Schema.string().numbersAllowed()
                    : Schema.string().numbersAllowed().pattern(unanchored(spec.pattern), "a quantity such as 100Gi or 8");
            default -> {
                StringSchema s = Schema.string();
                if (spec.enumValues != null) {
                    s.oneOf(spec.enumValues.toArray(String[]::new));
                } else if (spec.pattern != null) {
                    s.pattern(unanchored(spec.pattern), "matching " + spec.pattern);
                }
                if (spec.maxLength != null) {
                    s.maxLength(spec.maxLength);
                }
                yield s;
            }
        };
    }

    /** The CRD's ^...$ patterns; the binder matches whole values anyway. */
    private static String unanchored(String pattern) {
        String p = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        return p.endsWith("$") ? p.substring(0, p.length() - 1) : p;
    }
}
