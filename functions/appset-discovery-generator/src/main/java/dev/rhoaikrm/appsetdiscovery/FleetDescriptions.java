package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The clusters of a fleet for {@code rhoai-krm discover --fleet DIR}, from the YAML files of DIR:
 * <ul>
 * <li>a description: a mapping with {@code name}, optional {@code server} and {@code labels};</li>
 * <li>an Argo CD cluster Secret (label argocd.argoproj.io/secret-type: cluster), as exported from
 *     the hub ({@code oc get secret -l argocd.argoproj.io/secret-type=cluster -o yaml}, a List
 *     too): its {@code name} and {@code server} (data, base64, or stringData) and its labels, where
 *     the cluster generator reads them (argo-cd applicationset/generators/cluster.go).</li>
 * </ul>
 * Nothing else of a Secret is read. A Secret that carries credentials (the {@code config} key: a
 * bearer token, password, TLS keys, exec or cloud auth; argo-cd docs operator-manual
 * declarative-setup.md "Clusters") is refused without echoing any of it: credentials never enter the
 * repository, and discovery needs none.
 */
final class FleetDescriptions {
    private static final Pattern NAME = Pattern.compile(AppSetDiscovery.SUBDOMAIN);
    /** Keys of a cluster Secret that hold or point at credentials. */
    private static final Set<String> CREDENTIALS = Set.of("config", "bearerToken", "password", "username", "tlsClientConfig",
            "keyData", "certData", "caData", "execProviderConfig", "awsAuthConfig");
    private static final Set<String> DESCRIPTION_FIELDS = Set.of("name", "server", "labels");
    private static final long MAX_FILE = 1 << 20;

    private final Results results;
    private final Map<String, Fleet.Cluster> clusters = new LinkedHashMap<>();

    private FleetDescriptions(Results results) {
        this.results = results;
    }

    /** The described clusters in file order, or problems in results. */
    static List<Fleet.Cluster> read(Path dir, Results results) {
        FleetDescriptions d = new FleetDescriptions(results);
        if (!Files.isDirectory(dir)) {
            results.add(Result.error(dir + ": --fleet takes a directory of cluster descriptions"));
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            results.add(Result.error(dir + ": " + e.getMessage()));
            return List.of();
        }
        for (Path f : files) {
            d.file(dir.relativize(f).toString(), f);
        }
        if (d.clusters.isEmpty() && !results.hasErrors()) {
            results.add(Result.error(dir + ": no cluster description (name, server, labels) or Argo CD cluster Secret"));
        }
        return List.copyOf(d.clusters.values());
    }

    private void file(String name, Path f) {
        try {
            if (Files.size(f) > MAX_FILE) {
                error(name, "larger than 1 MiB: not a cluster description");
                return;
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int i = 0;
            for (Object doc : new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(10).build())
                    .loadAllFromString(text)) {
                document(name + (i == 0 ? "" : " (document " + (i + 1) + ")"), doc);
                i++;
            }
        } catch (IOException | RuntimeException e) {
            error(name, "not readable YAML (" + firstLine(e.getMessage()) + ")");
        }
    }

    private void document(String where, Object doc) {
        if (doc == null) {
            return;
        }
        if (!(doc instanceof Map<?, ?> m)) {
            error(where, "expected a cluster description (name, server, labels) or an Argo CD cluster Secret");
            return;
        }
        Object kind = m.get("kind");
        if ("List".equals(kind) || "SecretList".equals(kind)) {
            List<?> items = m.get("items") instanceof List<?> l ? l : List.of();
            for (int i = 0; i < items.size(); i++) {
                document(where + " items[" + i + "]", items.get(i));
            }
        } else if ("Secret".equals(kind)) {
            secret(where, m);
        } else if (kind == null && m.get("apiVersion") == null) {
            description(where, m);
        } else {
            error(where, "a " + kind + " is not a cluster description (name, server, labels) or an Argo CD cluster Secret");
        }
    }

    private void description(String where, Map<?, ?> m) {
        for (Object key : m.keySet()) {
            if (!DESCRIPTION_FIELDS.contains(String.valueOf(key))) {
                error(where, CREDENTIALS.contains(String.valueOf(key))
                        ? "\"" + key + "\" is a credential: a cluster description holds name, server and labels only; credentials stay in"
                        + " the hub's cluster Secrets, never in the repository"
                        : "unknown field \"" + key + "\" (known: name, server, labels)");
                return;
            }
        }
        add(where, m.get("name"), m.get("server"), m.get("labels"));
    }

    private void secret(String where, Map<?, ?> m) {
        Map<?, ?> metadata = m.get("metadata") instanceof Map<?, ?> md ? md : Map.of();
        Map<?, ?> labels = metadata.get("labels") instanceof Map<?, ?> l ? l : Map.of();
        String secretName = String.valueOf(metadata.get("name"));
        if (!"cluster".equals(labels.get(Fleet.SECRET_TYPE_LABEL))) {
            error(where, "Secret " + secretName + " is not an Argo CD cluster Secret (label " + Fleet.SECRET_TYPE_LABEL + ": cluster)");
            return;
        }
        Map<?, ?> data = m.get("data") instanceof Map<?, ?> d ? d : Map.of();
        Map<?, ?> stringData = m.get("stringData") instanceof Map<?, ?> d ? d : Map.of();
        List<String> credentials = new ArrayList<>();
        for (Map<?, ?> values : List.of(data, stringData)) {
            for (Object key : values.keySet()) {
                if (CREDENTIALS.contains(String.valueOf(key))) {
                    credentials.add((values == data ? "data." : "stringData.") + key);
                }
            }
        }
        if (!credentials.isEmpty()) {
            error(where, "Secret " + secretName + " carries credentials (" + String.join(", ", credentials) + "): refused, and not read."
                    + " Export the cluster Secrets without them, for example: oc get secret -n openshift-gitops -l " + Fleet.SECRET_TYPE_LABEL
                    + "=cluster -o yaml | yq 'del(.items[].data.config)', or describe each cluster by name, server and labels");
            return;
        }
        Object name = stringData.containsKey("name") ? stringData.get("name") : decoded(where, data.get("name"));
        Object server = stringData.containsKey("server") ? stringData.get("server") : decoded(where, data.get("server"));
        Map<String, Object> secretLabels = new LinkedHashMap<>();
        labels.forEach((k, v) -> secretLabels.put(String.valueOf(k), v));
        add(where, name, server, secretLabels);
    }

    private Object decoded(String where, Object base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(String.valueOf(base64).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            error(where, "a data value is not base64");
            return null;
        }
    }

    private void add(String where, Object name, Object server, Object labels) {
        if (!(name instanceof String n) || !NAME.matcher(n).matches() || n.length() > 253) {
            error(where, "name " + (name == null ? "is missing" : "\"" + name + "\" is not a cluster name the fleet's templates can use"
                    + " (a DNS-1123 subdomain)"));
            return;
        }
        if (server != null && !(server instanceof String s && s.matches("https?://\\S+"))) {
            error(where, "server of " + n + " is not an API URL (https://...)");
            return;
        }
        Map<String, String> l = new LinkedHashMap<>();
        if (labels instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                l.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
            }
        } else if (labels != null) {
            error(where, "labels of " + n + " must be a mapping");
            return;
        }
        if (clusters.containsKey(n)) {
            error(where, "cluster \"" + n + "\" is described twice");
            return;
        }
        clusters.put(n, new Fleet.Cluster(n, (String) server, l));
    }

    private void error(String where, String message) {
        results.add(Result.error(where + ": " + message));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
