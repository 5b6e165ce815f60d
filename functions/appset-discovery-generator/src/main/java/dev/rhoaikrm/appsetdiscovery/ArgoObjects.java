package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppEntry;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.AppSet;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.Destination;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.GroupKind;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.Project;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.ProjectDestination;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.RollingSync;
import dev.rhoaikrm.catalog.HealthChecks;
import dev.rhoaikrm.core.fn.GitSource;
import dev.rhoaikrm.core.fn.Manifests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ArgoCD objects of one intent, shaped like the reference repository's hand-written files
 * (components/argocd/, clusters/overlays/dev/, bootstrap/) so that they compare field by field.
 * ArgoCD's kinds have no fabric8 model: they are plain ordered maps.
 */
final class ArgoObjects {
    static final String API_VERSION = "argoproj.io/v1alpha1";
    static final String WAVE = "argocd.argoproj.io/sync-wave";

    private final AppSetDiscovery s;
    private final GitSource.Resolved source;
    private final Report report;

    ArgoObjects(AppSetDiscovery spec, GitSource.Resolved source, Report report) {
        this.s = spec;
        this.source = source;
        this.report = report;
    }

    Map<String, Object> appProject(Project p) {
        // the repository of the intent's own sources first, unless "*" already allows every repository
        List<String> repos = new ArrayList<>(p.sourceRepos().contains("*") ? List.of() : List.of(source.repoURL()));
        for (String r : p.sourceRepos()) {
            if (!repos.contains(r)) {
                repos.add(r);
            }
        }
        List<Map<String, Object>> destinations = new ArrayList<>();
        for (ProjectDestination d : p.destinations().orElse(List.of())) {
            destinations.add(map("namespace", d.namespace().orElse(null), "server", d.server().orElse(null), "name", d.name().orElse(null)));
        }
        if (p.destinations().isEmpty()) {
            destinations.addAll(defaultDestinations(p));
        }
        Map<String, Object> project = map(
                "apiVersion", API_VERSION,
                "kind", "AppProject",
                "metadata", map("name", p.name(), "namespace", s.namespace()),
                "spec", map(
                        "description", p.description().orElse(null),
                        "sourceRepos", repos,
                        "destinations", destinations,
                        "clusterResourceWhitelist", groupKinds(p.clusterResources()),
                        "namespaceResourceWhitelist", groupKinds(p.namespaceResources()),
                        "namespaceResourceBlacklist", allowsNoNamespacedKind(p) ? anyKind() : null));
        wave(project, p.syncWave());
        return project;
    }

    /**
     * Any namespace of the local cluster; in a fleet, of every cluster of the fleet: each listed
     * cluster by name, or any cluster when a label selector picks them (an AppProject cannot select
     * clusters by label: argoproj/argo-cd app_project_types.go isDestinationMatched compares the
     * destination's server or name with globs), plus the local cluster when the project's bootstrap
     * or explicit Applications deploy there.
     */
    private List<Map<String, Object>> defaultDestinations(Project p) {
        List<Map<String, Object>> destinations = new ArrayList<>();
        if (s.clusters().isEmpty()) {
            destinations.add(map("namespace", "*", "server", AppSetDiscovery.IN_CLUSTER));
            return destinations;
        }
        if (s.clusters().get().names().isEmpty()) {
            destinations.add(map("namespace", "*", "server", "*"));
            return destinations;
        }
        if (anyInCluster(p)) {
            destinations.add(map("namespace", "*", "server", AppSetDiscovery.IN_CLUSTER));
        }
        for (String name : s.clusters().get().names().get()) {
            destinations.add(map("namespace", "*", "name", name));
        }
        return destinations;
    }

    /** Whether an Application of project {@code p} goes to the cluster Argo CD runs in. */
    private boolean anyInCluster(Project p) {
        for (var a : s.allApplications()) {
            if (a.project().equals(p.name()) && a.destination().name().isEmpty()
                    && a.destination().server().orElse(AppSetDiscovery.IN_CLUSTER).equals(AppSetDiscovery.IN_CLUSTER)) {
                return true;
            }
        }
        return false;
    }

    private static List<Map<String, Object>> anyKind() {
        return List.of(map("group", "*", "kind", "*"));
    }

    /**
     * namespaceResources: [] allows no namespaced kind. ArgoCD reads a missing (nil)
     * namespaceResourceWhitelist as every kind and only an empty, non-nil one as none
     * (argoproj/argo-cd pkg/apis/application/v1alpha1/app_project_types.go IsGroupKindNamePermitted:
     * {@code namespaceWhitelist == nil || len(namespaceWhitelist) != 0 && ...}); an empty list is lost
     * by every tool that drops empty fields (the field is omitempty in ArgoCD's own types), so the
     * intent says "none" with the blacklist of every kind, which no round trip loses.
     */
    private static boolean allowsNoNamespacedKind(Project p) {
        return p.namespaceResources().isPresent() && p.namespaceResources().get().isEmpty();
    }

    private static List<Map<String, Object>> groupKinds(Optional<List<GroupKind>> kinds) {
        if (kinds.isEmpty()) {
            return anyKind();
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (GroupKind g : kinds.get()) {
            listed.add(map("group", g.group(), "kind", g.kind()));
        }
        return listed;
    }

    Map<String, Object> applicationSet(AppSet set) {
        boolean fleet = s.clusters().isPresent();
        List<Map<String, Object>> directories = new ArrayList<>();
        for (String d : set.directories()) {
            directories.add(map("path", Fleet.goGlob(d)));
        }
        for (String d : set.exclude()) {
            directories.add(map("path", Fleet.goGlob(d), "exclude", true));
        }
        Map<String, Object> git = map("git", map(
                "repoURL", source.repoURL(),
                "revision", source.revision(),
                "directories", directories));
        // a fleet: the cluster generator first, whose parameters the git generator's paths may read (Fleet)
        List<Map<String, Object>> generators = fleet
                ? List.of(map("matrix", map("generators", List.of(Fleet.clusterGenerator(s.clusters().get()), git))))
                : List.of(git);
        List<String> options = new ArrayList<>(set.goTemplateOptions());
        if (fleet && !options.contains(Fleet.MISSING_KEY_ERROR)) {
            options.add(Fleet.MISSING_KEY_ERROR);
        }
        Map<String, Object> templateMetadata = map(
                "name", set.nameTemplate().template().goTemplate(),
                "namespace", s.namespace(),
                "labels", labels(set));
        Map<String, Object> spec = map(
                "goTemplate", true,
                "goTemplateOptions", options,
                "syncPolicy", map("preserveResourcesOnDeletion", set.preserveResourcesOnDeletion() ? true : null,
                        "applicationsSync", set.applicationsSync()),
                "generators", generators,
                "strategy", set.rollingSync().isPresent() ? rollingSync(set.rollingSync().get()) : null,
                "template", map(
                        "metadata", templateMetadata,
                        "spec", setApplicationSpec(set, fleet)));
        Map<String, Object> appSet = map(
                "apiVersion", API_VERSION,
                "kind", "ApplicationSet",
                "metadata", map("name", set.name(), "namespace", s.namespace()),
                "spec", spec);
        wave(appSet, set.syncWave());
        return appSet;
    }

    /** The template's spec: in a fleet the destination is the cluster's, and a plugin gets the cluster's name. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> setApplicationSpec(AppSet set, boolean fleet) {
        Map<String, Object> spec = applicationSpec(set.destination(), set.project(), "{{ .path.path }}", set.presetValue(),
                set.ignoreDifferences(), set.syncPolicy(), true);
        Map<String, Object> destination = (Map<String, Object>) spec.get("destination");
        if (fleet) {
            destination.remove("name");
            Map<String, Object> fromCluster = map("server", Fleet.SERVER_PARAMETER, "namespace", destination.get("namespace"));
            destination.clear();
            destination.putAll(fromCluster);
        }
        if (set.plugin().isPresent()) {
            ((Map<String, Object>) spec.get("source")).put("plugin", map(
                    "name", set.plugin().get().name().orElse(null),
                    "env", fleet ? List.of(map("name", Fleet.PLUGIN_ENV, "value", Fleet.NAME_PARAMETER)) : null));
        }
        return spec;
    }

    private static Map<String, Object> labels(AppSet set) {
        Map<String, Object> labels = new TreeMap<>();
        for (Map.Entry<String, String> label : set.labels().entrySet()) {
            labels.put(label.getKey(), goTemplate(label.getValue()));
        }
        return labels;
    }

    /** A value with placeholders in its Go-template form (its problems are reported by the checks). */
    private static String goTemplate(String text) {
        NameTemplate.Parsed parsed = NameTemplate.parse(text);
        return parsed.template() == null ? text : parsed.template().goTemplate();
    }

    private static Map<String, Object> rollingSync(RollingSync rolling) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (AppSetDiscovery.Step step : rolling.steps()) {
            List<Map<String, Object>> expressions = new ArrayList<>();
            for (AppSetDiscovery.MatchExpression e : step.matchExpressions()) {
                expressions.add(map("key", e.key(), "operator", e.operator(), "values", e.values()));
            }
            String maxUpdate = step.maxUpdate().orElse(null);
            Object max = maxUpdate == null || maxUpdate.endsWith("%") ? maxUpdate : (Object) Long.parseLong(maxUpdate);
            steps.add(map("matchExpressions", expressions, "maxUpdate", max));
        }
        return map("type", "RollingSync", "rollingSync", map("steps", steps));
    }

    Map<String, Object> application(AppEntry app) {
        Map<String, Object> application = map(
                "apiVersion", API_VERSION,
                "kind", "Application",
                "metadata", map("name", app.name(), "namespace", s.namespace()),
                "spec", applicationSpec(app.destination(), app.project(), app.path(), app.presetValue(), app.ignoreDifferences(),
                        app.syncPolicy(), false));
        if (app.isBootstrap() && app.destination().namespace().isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> destination = (Map<String, Object>) ((Map<String, Object>) application.get("spec")).get("destination");
            destination.put("namespace", s.namespace());
        }
        wave(application, app.syncWave());
        return application;
    }

    /** project, source, destination, ignoreDifferences, syncPolicy: the reference's order. */
    private Map<String, Object> applicationSpec(Destination d, String project, String path, Preset preset,
                                                Optional<List<AppSetDiscovery.IgnoreDifference>> ignoreDifferences,
                                                AppSetDiscovery.SyncPolicy syncPolicy, boolean templated) {
        Map<String, Object> destination = d.name().isPresent()
                ? map("name", d.name().get())
                : map("server", d.server().orElse(AppSetDiscovery.IN_CLUSTER));
        String namespace = d.namespace().orElse(null);
        destination.put("namespace", namespace != null && templated ? goTemplate(namespace) : namespace);
        return map(
                "project", project,
                "source", map("repoURL", templated ? literal(source.repoURL()) : source.repoURL(),
                        "targetRevision", templated ? literal(source.revision()) : source.revision(), "path", path),
                "destination", destination,
                "ignoreDifferences", templated ? literal(SyncSettings.ignoreDifferences(preset, ignoreDifferences))
                        : SyncSettings.ignoreDifferences(preset, ignoreDifferences),
                "syncPolicy", SyncSettings.syncPolicy(preset, syncPolicy, report));
    }

    /**
     * Text the ApplicationSet controller must copy, not evaluate: with goTemplate every string of
     * the template is a Go template, so "{{" and "}}" of the intent (a jq expression, a name) are
     * written as the template actions {{"{{"}} and {{"}}"}}, which print them.
     */
    @SuppressWarnings("unchecked")
    static <T> T literal(T value) {
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                if (s.startsWith("{{", i) || s.startsWith("}}", i)) {
                    out.append("{{\"").append(s, i, i + 2).append("\"}}");
                    i++;
                } else {
                    out.append(s.charAt(i));
                }
            }
            return (T) out.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(literal(item));
            }
            return (T) out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(e.getKey(), literal(e.getValue()));
            }
            return (T) out;
        }
        return value;
    }

    private static void wave(Map<String, Object> object, Optional<Long> syncWave) {
        if (syncWave.isPresent()) {
            Manifests.annotationsOf(object).put(WAVE, String.valueOf(syncWave.get()));
        }
    }

    /**
     * The platform's Argo CD health checks (platform-catalog's health-checks.yaml) in the running
     * ArgoCD resource, where OpenShift GitOps reads them (it writes them into argocd-cm). Only
     * spec.resourceHealthChecks: applied server-side (the bootstrap's ServerSideApply) or with a merge
     * patch, the rest of the resource stays the operator's. Wave -1, so that the checks are in place
     * before what the bootstrap syncs next. The resource is spec.instance, the running one: an
     * ArgoCD of another name would be a second Argo CD.
     */
    Map<String, Object> healthChecks() {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (HealthChecks.HealthCheck c : HealthChecks.shipped()) {
            checks.add(map("group", c.group(), "kind", c.kind(), "check", c.check()));
        }
        Map<String, Object> argoCd = map(
                "apiVersion", "argoproj.io/v1beta1",
                "kind", "ArgoCD",
                "metadata", map("name", s.instance(), "namespace", s.namespace()),
                "spec", map("resourceHealthChecks", checks));
        Manifests.annotationsOf(argoCd).put(WAVE, "-1");
        return argoCd;
    }

    /**
     * The reference's bootstrap/argocd-clusterrolebinding.yaml: ArgoCD's application controller may
     * manage anything. The argocd-operator names the controller's ServiceAccount after the ArgoCD
     * resource, not its namespace (controllers/argocd/service_account.go getServiceAccountName(cr.Name,
     * "argocd-application-controller"), bound in controllers/argocd/rolebinding.go).
     */
    Map<String, Object> controllerClusterAdmin() {
        return map(
                "apiVersion", "rbac.authorization.k8s.io/v1",
                "kind", "ClusterRoleBinding",
                "metadata", map("name", s.namespace() + "-cluster-admin"),
                "roleRef", map("apiGroup", "rbac.authorization.k8s.io", "kind", "ClusterRole", "name", "cluster-admin"),
                "subjects", List.of(map("kind", "ServiceAccount", "name", s.instance() + AppSetDiscovery.CONTROLLER_SERVICE_ACCOUNT_SUFFIX,
                        "namespace", s.namespace())));
    }
}
