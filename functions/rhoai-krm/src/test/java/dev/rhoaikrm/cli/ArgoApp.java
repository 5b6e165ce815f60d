package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An ArgoCD Application as the repo-server sees it when it asks a CMP sidecar to render it, and
 * the environment it sends: reposerver/repository/repository.go newEnv (ARGOCD_APP_*),
 * getPluginEnvs (KUBE_VERSION, KUBE_API_VERSIONS, plugin env as ARGOCD_ENV_*) and
 * ApplicationSourcePluginParameters.Environ (ARGOCD_APP_PARAMETERS as JSON, PARAM_*).
 * {@code plugin} is empty for an Application that leaves the plugin to discovery.
 */
record ArgoApp(String name, String destinationNamespace, String project, String repoURL, String targetRevision,
        String path, Optional<Map<String, Object>> plugin) {
    /** The commit ArgoCD resolved targetRevision to. */
    static final String REVISION = "0123456789abcdef0123456789abcdef01234567";
    static final String KUBE_VERSION = "1.32";
    static final String KUBE_API_VERSIONS = String.join(",", "v1", "apps/v1", "batch/v1", "rbac.authorization.k8s.io/v1",
            "route.openshift.io/v1", "serving.kserve.io/v1alpha1", "serving.kserve.io/v1beta1",
            "serving.kserve.io/v1beta1/InferenceService", "datasciencecluster.opendatahub.io/v2", "argoproj.io/v1alpha1");
    private static final ObjectMapper GO_JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    static ArgoApp of(Map<String, Object> application) {
        assertThat(application).containsEntry("kind", "Application");
        Map<String, Object> spec = Yamls.map(application, "spec");
        Map<String, Object> source = Yamls.map(spec, "source");
        Object plugin = source.get("plugin");
        return new ArgoApp(String.valueOf(Yamls.map(application, "metadata").get("name")),
                String.valueOf(Yamls.map(spec, "destination").getOrDefault("namespace", "")),
                String.valueOf(spec.get("project")), String.valueOf(source.get("repoURL")),
                String.valueOf(source.getOrDefault("targetRevision", "HEAD")), String.valueOf(source.get("path")),
                plugin == null ? Optional.empty() : Optional.of(Yamls.asMap(plugin)));
    }

    String label() {
        return name + " (" + path + ")";
    }

    /** The same Application with more plugin env and parameters. */
    ArgoApp withPlugin(List<Map<String, Object>> env, List<Map<String, Object>> parameters) {
        Map<String, Object> p = new LinkedHashMap<>(plugin.orElse(Map.of()));
        p.put("env", env);
        p.put("parameters", parameters);
        return new ArgoApp(name, destinationNamespace, project, repoURL, targetRevision, path, Optional.of(p));
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ARGOCD_APP_NAME", name);
        env.put("ARGOCD_APP_NAMESPACE", destinationNamespace);
        env.put("ARGOCD_APP_PROJECT_NAME", project);
        env.put("ARGOCD_APP_REVISION", REVISION);
        env.put("ARGOCD_APP_REVISION_SHORT", REVISION.substring(0, 7));
        env.put("ARGOCD_APP_REVISION_SHORT_8", REVISION.substring(0, 8));
        env.put("ARGOCD_APP_SOURCE_REPO_URL", repoURL);
        env.put("ARGOCD_APP_SOURCE_PATH", path);
        env.put("ARGOCD_APP_SOURCE_TARGET_REVISION", targetRevision);
        env.put("KUBE_VERSION", KUBE_VERSION);
        env.put("KUBE_API_VERSIONS", KUBE_API_VERSIONS);
        plugin.ifPresent(p -> pluginEnvironment(p, env));
        return env;
    }

    private static void pluginEnvironment(Map<String, Object> plugin, Map<String, String> env) {
        for (Object o : (List<?>) plugin.getOrDefault("env", List.of())) {
            Map<String, Object> e = Yamls.asMap(o);
            String value = String.valueOf(e.get("value"));
            // ArgoCD expands $VAR in values against the variables above; not reimplemented here
            assertThat(value).as("plugin env value with $").doesNotContain("$");
            env.put("ARGOCD_ENV_" + e.get("name"), value);
        }
        List<?> parameters = (List<?>) plugin.get("parameters");
        env.put("ARGOCD_APP_PARAMETERS", json(parameters));
        for (Object o : parameters == null ? List.of() : parameters) {
            Map<String, Object> p = Yamls.asMap(o);
            String base = "PARAM_" + escaped(String.valueOf(p.get("name")));
            if (p.containsKey("string")) {
                env.put(base, String.valueOf(p.get("string")));
            }
            Yamls.map(p, "map").forEach((k, v) -> env.put(base + "_" + escaped(k), String.valueOf(v)));
            List<String> array = p.containsKey("array") ? Yamls.strings(p.get("array")) : List.of();
            for (int i = 0; i < array.size(); i++) {
                env.put(base + "_" + i, array.get(i));
            }
        }
    }

    /** Go's json.Marshal: map keys sorted, a nil list is null. */
    private static String json(List<?> parameters) {
        try {
            return GO_JSON.writeValueAsString(parameters == null ? null : parameters.stream().map(o -> new TreeMap<>(Yamls.asMap(o))).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escaped(String name) {
        return name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    }
}
