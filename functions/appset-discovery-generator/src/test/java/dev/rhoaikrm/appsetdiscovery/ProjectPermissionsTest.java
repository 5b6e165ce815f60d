package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.testsupport.InProcess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the generated AppProjects permit, decided the way ArgoCD decides it: a port of
 * argoproj/argo-cd pkg/apis/application/v1alpha1/app_project_types.go IsGroupKindNamePermitted
 * (same rule on release-2.13), applied to the rendered objects as the API server stores them and
 * again after a round trip through ArgoCD's own types, which drop empty lists (omitempty).
 */
class ProjectPermissionsTest {
    private static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: AppSetDiscovery
            metadata: {name: p}
            spec:
              repoURL: https://gitlab.example.com/p.git
              projects:
                - {name: everything}
                - {name: no-namespaced, namespaceResources: []}
                - {name: no-cluster, clusterResources: []}
                - name: listed
                  clusterResources: [{group: "", kind: Namespace}]
                  namespaceResources: [{group: apps, kind: Deployment}]
            """;

    @Test
    void theIntentMeansWhatArgoCdDoes() {
        Map<String, Map<String, Object>> projects = render();
        for (boolean roundTrip : new boolean[] {false, true}) {
            Map<String, Map<String, Object>> p = roundTrip ? dropEmptyLists(projects) : projects;
            assertThat(permitted(p.get("everything"), "", "ConfigMap", true)).isTrue();
            assertThat(permitted(p.get("everything"), "", "Namespace", false)).isTrue();
            assertThat(permitted(p.get("no-namespaced"), "", "ConfigMap", true)).as("namespaceResources: []").isFalse();
            assertThat(permitted(p.get("no-namespaced"), "", "Namespace", false)).isTrue();
            assertThat(permitted(p.get("no-cluster"), "", "Namespace", false)).as("clusterResources: []").isFalse();
            assertThat(permitted(p.get("no-cluster"), "", "ConfigMap", true)).isTrue();
            assertThat(permitted(p.get("listed"), "apps", "Deployment", true)).isTrue();
            assertThat(permitted(p.get("listed"), "", "ConfigMap", true)).isFalse();
            assertThat(permitted(p.get("listed"), "", "Namespace", false)).isTrue();
            assertThat(permitted(p.get("listed"), "rbac.authorization.k8s.io", "ClusterRole", false)).isFalse();
        }
    }

    private static Map<String, Map<String, Object>> render() {
        InProcess.Run run = InProcess.stdin(INTENT, new AppSetDiscoveryFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        for (SourceObject o : ObjectScanner.scan(SourceText.of(run.stdout()), "out", InputLimits.DEFAULT).documents()) {
            out.put(o.summary().name(), o.toMap());
        }
        return out;
    }

    /** IsGroupKindNamePermitted without resource names (the intent has none). */
    @SuppressWarnings("unchecked")
    static boolean permitted(Map<String, Object> project, String group, String kind, boolean namespaced) {
        Map<String, Object> spec = (Map<String, Object>) project.get("spec");
        if (namespaced) {
            List<Object> white = (List<Object>) spec.get("namespaceResourceWhitelist");
            List<Object> black = (List<Object>) spec.get("namespaceResourceBlacklist");
            boolean whiteListed = white == null || !white.isEmpty() && inList(group, kind, white);
            boolean blackListed = black != null && !black.isEmpty() && inList(group, kind, black);
            return whiteListed && !blackListed;
        }
        List<Object> white = (List<Object>) spec.get("clusterResourceWhitelist");
        List<Object> black = (List<Object>) spec.get("clusterResourceBlacklist");
        boolean whiteListed = white != null && !white.isEmpty() && inList(group, kind, white);
        boolean blackListed = black != null && !black.isEmpty() && inList(group, kind, black);
        return whiteListed && !blackListed;
    }

    /** isResourceInList: group and kind match exactly or by glob ("*" here). */
    @SuppressWarnings("unchecked")
    private static boolean inList(String group, String kind, List<Object> list) {
        for (Object o : list) {
            Map<String, Object> gk = (Map<String, Object>) o;
            if (matches(String.valueOf(gk.get("group")), group) && matches(String.valueOf(gk.get("kind")), kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> dropEmptyLists(Map<String, Map<String, Object>> projects) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        projects.forEach((name, p) -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(p);
            Map<String, Object> spec = new java.util.LinkedHashMap<>((Map<String, Object>) p.get("spec"));
            spec.values().removeIf(v -> v instanceof List<?> l && l.isEmpty());
            copy.put("spec", spec);
            out.put(name, copy);
        });
        return out;
    }
}
