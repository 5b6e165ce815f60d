package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.Clusters;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.LabelSelector;
import dev.rhoaikrm.appsetdiscovery.AppSetDiscovery.SelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A fleet on Argo CD's own machinery: each ApplicationSet's generator is a matrix of the cluster
 * generator (which reads Argo CD's cluster Secrets) and the git directory generator, and the
 * template takes the destination from the cluster. The rules of the matrix this follows are
 * argoproj/argo-cd v3.5 applicationset/generators/matrix.go (exactly two child generators, one
 * generator per child) and generator_spec_processor.go (the second child is interpolated with the
 * first child's parameters, so the cluster generator comes first and a per-cluster git path may
 * read {@code {{ .name }}}); FleetMatrixRulesTest holds the generated sets to them.
 */
final class Fleet {
    /** The intent's placeholder for the cluster's name, in globs, appName, namespaces and labels. */
    static final Pattern CLUSTER = Pattern.compile("\\{\\{\\s*cluster\\s*}}");
    /** The cluster generator's parameter for the cluster's name and API server (applicationset/generators/cluster.go getClusterParameters). */
    static final String NAME_PARAMETER = "{{ .name }}";
    static final String SERVER_PARAMETER = "{{ .server }}";
    /** The label of every Argo CD cluster Secret (argo-cd common/common.go LabelKeySecretType). */
    static final String SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";
    /** The plugin env that carries the cluster's name: the CMP sees it as ARGOCD_ENV_CLUSTER. */
    static final String PLUGIN_ENV = "CLUSTER";
    /** goTemplateOptions of every fleet set: a template that reads a parameter a cluster lacks fails instead of printing "<no value>". */
    static final String MISSING_KEY_ERROR = "missingkey=error";

    /** A cluster of the fleet as discovery sees it: its name, API server (when known) and the labels of its cluster Secret. */
    record Cluster(String name, String server, Map<String, String> labels) {
        Cluster {
            labels = Map.copyOf(labels);
        }
    }

    private Fleet() {
    }

    /** A glob with {@code {{cluster}}} in the ApplicationSet's form, read by the git generator after the cluster generator's interpolation. */
    static String goGlob(String glob) {
        return CLUSTER.matcher(glob).replaceAll(java.util.regex.Matcher.quoteReplacement(NAME_PARAMETER));
    }

    /** A glob for one cluster. */
    static String forCluster(String glob, String cluster) {
        return CLUSTER.matcher(glob).replaceAll(java.util.regex.Matcher.quoteReplacement(cluster));
    }

    static boolean isPerCluster(String glob) {
        return CLUSTER.matcher(glob).find();
    }

    /**
     * The cluster generator, first child of the matrix. A selector is the generator's selector on
     * the Secrets' labels (a non-empty one leaves out the implicit in-cluster entry: cluster.go
     * ignoreLocalClusters). Names are the generator over every cluster Secret (the label
     * argocd.argoproj.io/secret-type: cluster, which the generator adds to any selector anyway:
     * getSecretsByClusterName), post-filtered on the {@code name} parameter (the generator's
     * {@code selector}, generator_spec_processor.go Transform). The hub is one of them only when it
     * is registered with a cluster Secret of its own.
     */
    static Map<String, Object> clusterGenerator(Clusters clusters) {
        if (clusters.names().isPresent()) {
            return map("clusters", map("selector", map("matchLabels", map(SECRET_TYPE_LABEL, "cluster"))),
                    "selector", map("matchExpressions", List.of(map("key", "name", "operator", "In", "values", clusters.names().get()))));
        }
        return map("clusters", map("selector", selector(clusters.selector().orElseThrow())));
    }

    private static Map<String, Object> selector(LabelSelector s) {
        List<Map<String, Object>> expressions = new ArrayList<>();
        for (SelectorRequirement r : s.matchExpressions()) {
            expressions.add(map("key", r.key(), "operator", r.operator(), "values", r.values().isEmpty() ? null : r.values()));
        }
        return map("matchLabels", s.matchLabels().isEmpty() ? null : new TreeMap<>(s.matchLabels()),
                "matchExpressions", expressions.isEmpty() ? null : expressions);
    }

    /**
     * Whether the fleet holds a cluster: its name is listed, or its labels satisfy the selector as
     * Kubernetes evaluates one (apimachinery labels.Requirement.Matches: NotIn and DoesNotExist
     * hold for a missing label).
     */
    static boolean holds(Clusters clusters, Cluster cluster) {
        if (clusters.names().isPresent()) {
            return clusters.names().get().contains(cluster.name());
        }
        LabelSelector s = clusters.selector().orElseThrow();
        for (Map.Entry<String, String> l : s.matchLabels().entrySet()) {
            if (!l.getValue().equals(cluster.labels().get(l.getKey()))) {
                return false;
            }
        }
        for (SelectorRequirement r : s.matchExpressions()) {
            String value = cluster.labels().get(r.key());
            boolean ok = switch (r.operator()) {
                case "In" -> value != null && r.values().contains(value);
                case "NotIn" -> value == null || !r.values().contains(value);
                case "Exists" -> value != null;
                default -> value == null; // DoesNotExist
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The clusters an intent names itself (a list of names: the API servers are Argo CD's to know). */
    static List<Cluster> named(Clusters clusters) {
        return clusters.names().orElse(List.of()).stream().map(n -> new Cluster(n, null, Map.of())).toList();
    }
}
