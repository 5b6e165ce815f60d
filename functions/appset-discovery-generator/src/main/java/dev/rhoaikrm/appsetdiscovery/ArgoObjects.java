package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscoverySpec.AppSpec;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscoverySpec.SetSpec;
import dev.rhoaikrm.catalog.HealthChecks;
import dev.rhoaikrm.core.fn.GitSource;
import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ArgoCD objects of one intent, shaped like the reference repository's hand-written files
 * (components/argocd/, clusters/overlays/dev/, bootstrap/) so that they compare field by field.
 * ArgoCD's kinds have no fabric8 model: they are plain ordered maps.
 */
final class ArgoObjects {
    static final String API_VERSION = "argoproj.io/v1alpha1";
    static final String WAVE = "argocd.argoproj.io/sync-wave";

    private final AppSetDiscoverySpec s;
    private final GitSource.Resolved source;
    private final Report report;

    ArgoObjects(AppSetDiscoverySpec spec, GitSource.Resolved source, Report report) {
        this.s = spec;
        this.source = source;
        this.report = report;
    }

    Map<String, Object> appProject(BoundObject p) {
        List<String> repos = new ArrayList<>(List.of(source.repoURL()));
        p.strings("sourceRepos").stream().filter(r -> !repos.contains(r)).forEach(repos::add);
        List<Map<String, Object>> destinations = new ArrayList<>();
        for (BoundObject d : p.objects("destinations")) {
            destinations.add(map("namespace", d.string("namespace"), "server", d.string("server"), "name", d.string("name")));
        }
        if (!p.has("destinations")) {
            destinations.add(map("namespace", "*", "server", AppSetDiscoverySchema.IN_CLUSTER));
        }
        return map(
                "apiVersion", API_VERSION,
                "kind", "AppProject",
                "metadata", map("name", p.string("name"), "namespace", s.namespace),
                "spec", map(
                        "description", p.string("description"),
                        "sourceRepos", repos,
                        "destinations", destinations,
                        "clusterResourceWhitelist", groupKinds(p, "clusterResources"),
                        "namespaceResourceWhitelist", groupKinds(p, "namespaceResources")));
    }

    private static List<Map<String, Object>> groupKinds(BoundObject p, String field) {
        if (!p.has(field)) {
            return List.of(map("group", "*", "kind", "*"));
        }
        return p.objects(field).stream().map(g -> map("group", g.string("group"), "kind", g.string("kind"))).toList();
    }

    Map<String, Object> applicationSet(SetSpec set) {
        List<Map<String, Object>> directories = new ArrayList<>();
        set.directories.forEach(d -> directories.add(map("path", d)));
        set.exclude.forEach(d -> directories.add(map("path", d, "exclude", true)));
        Map<String, Object> templateMetadata = map(
                "name", set.appName.template().goTemplate(),
                "namespace", s.namespace,
                "labels", labels(set));
        Map<String, Object> spec = map(
                "goTemplate", true,
                "syncPolicy", map("applicationsSync", set.o.string("applicationsSync")),
                "generators", List.of(map("git", map(
                        "repoURL", source.repoURL(),
                        "revision", source.revision(),
                        "directories", directories))),
                "strategy", rollingSync(set.o),
                "template", map(
                        "metadata", templateMetadata,
                        "spec", applicationSpec(set.o, set.project, "{{ .path.path }}", set.preset, true)));
        Map<String, Object> appSet = map(
                "apiVersion", API_VERSION,
                "kind", "ApplicationSet",
                "metadata", map("name", set.name, "namespace", s.namespace),
                "spec", spec);
        wave(appSet, set.o);
        return appSet;
    }

    private static Map<String, Object> labels(SetSpec set) {
        Map<String, Object> labels = new TreeMap<>();
        set.labels().forEach((k, v) -> labels.put(k, goTemplate(v)));
        return labels;
    }

    /** A value with placeholders in its Go-template form (its problems are reported by the checks). */
    private static String goTemplate(String text) {
        NameTemplate.Parsed parsed = NameTemplate.parse(text);
        return parsed.template() == null ? text : parsed.template().goTemplate();
    }

    private static Map<String, Object> rollingSync(BoundObject set) {
        if (!set.has("rollingSync")) {
            return null;
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        for (BoundObject step : set.object("rollingSync").objects("steps")) {
            List<Map<String, Object>> expressions = new ArrayList<>();
            for (BoundObject e : step.objects("matchExpressions")) {
                expressions.add(map("key", e.string("key"), "operator", e.string("operator"), "values", e.strings("values")));
            }
            String maxUpdate = step.string("maxUpdate");
            Object max = maxUpdate == null ? null : maxUpdate.endsWith("%") ? maxUpdate : (Object) Long.parseLong(maxUpdate);
            steps.add(map("matchExpressions", expressions, "maxUpdate", max));
        }
        return map("type", "RollingSync", "rollingSync", map("steps", steps));
    }

    Map<String, Object> application(AppSpec app) {
        Map<String, Object> application = map(
                "apiVersion", API_VERSION,
                "kind", "Application",
                "metadata", map("name", app.name, "namespace", s.namespace),
                "spec", applicationSpec(app.o, app.project, app.path, app.preset, false));
        if (app.bootstrap && !app.o.object("destination").has("namespace")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> destination = (Map<String, Object>) ((Map<String, Object>) application.get("spec")).get("destination");
            destination.put("namespace", s.namespace);
        }
        wave(application, app.o);
        return application;
    }

    /** project, source, destination, ignoreDifferences, syncPolicy: the reference's order. */
    private Map<String, Object> applicationSpec(BoundObject owner, String project, String path, Preset preset, boolean templated) {
        BoundObject d = owner.object("destination");
        String namespace = d.string("namespace");
        Map<String, Object> destination = d.has("name")
                ? map("name", d.string("name"))
                : map("server", d.optionalString("server").orElse(AppSetDiscoverySchema.IN_CLUSTER));
        destination.put("namespace", namespace == null ? null : templated ? goTemplate(namespace) : namespace);
        return map(
                "project", project,
                "source", map("repoURL", templated ? literal(source.repoURL()) : source.repoURL(),
                        "targetRevision", templated ? literal(source.revision()) : source.revision(), "path", path),
                "destination", destination,
                "ignoreDifferences", templated ? literal(SyncSettings.ignoreDifferences(preset, owner))
                        : SyncSettings.ignoreDifferences(preset, owner),
                "syncPolicy", SyncSettings.syncPolicy(preset, owner.object("syncPolicy"), report));
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
            return (T) list.stream().map(ArgoObjects::literal).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, literal(v)));
            return (T) out;
        }
        return value;
    }

    private static void wave(Map<String, Object> object, BoundObject owner) {
        if (owner.has("syncWave")) {
            Manifests.annotationsOf(object).put(WAVE, String.valueOf(owner.integer("syncWave")));
        }
    }

    /**
     * The platform's Argo CD health checks (platform-catalog's health-checks.yaml) in the running
     * ArgoCD resource, where OpenShift GitOps reads them (it writes them into argocd-cm). Only
     * spec.resourceHealthChecks: applied server-side (the bootstrap's ServerSideApply) or with a merge
     * patch, the rest of the resource stays the operator's. Wave -1, so that the checks are in place
     * before what the bootstrap syncs next.
     */
    Map<String, Object> healthChecks(String argoCdName) {
        List<Map<String, Object>> checks = new ArrayList<>();
        for (HealthChecks.HealthCheck c : HealthChecks.shipped()) {
            checks.add(map("group", c.group(), "kind", c.kind(), "check", c.check()));
        }
        Map<String, Object> argoCd = map(
                "apiVersion", "argoproj.io/v1beta1",
                "kind", "ArgoCD",
                "metadata", map("name", argoCdName, "namespace", s.namespace),
                "spec", map("resourceHealthChecks", checks));
        Manifests.annotationsOf(argoCd).put(WAVE, "-1");
        return argoCd;
    }

    /** The reference's bootstrap/argocd-clusterrolebinding.yaml: ArgoCD's application controller may manage anything. */
    Map<String, Object> controllerClusterAdmin() {
        return map(
                "apiVersion", "rbac.authorization.k8s.io/v1",
                "kind", "ClusterRoleBinding",
                "metadata", map("name", s.namespace + "-cluster-admin"),
                "roleRef", map("apiGroup", "rbac.authorization.k8s.io", "kind", "ClusterRole", "name", "cluster-admin"),
                "subjects", List.of(map("kind", "ServiceAccount", "name", s.namespace + "-argocd-application-controller",
                        "namespace", s.namespace)));
    }
}
