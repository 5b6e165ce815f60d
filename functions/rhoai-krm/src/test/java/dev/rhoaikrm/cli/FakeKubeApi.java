package dev.rhoaikrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes API server that knows discovery and nothing else, for Helm 3's
 * {@code install --dry-run=client}: Helm v3.17.3 still checks that the cluster is reachable and
 * reads its API groups before it renders (pkg/action/install.go RunWithContext; helm/helm#13144),
 * then GETs every object of the release to check that none exists yet. Every object is "not
 * found"; every request is recorded, so a test can check that a dry run wrote nothing.
 */
final class FakeKubeApi implements AutoCloseable {
    /** A kind the server serves: its group version, and the resource under which objects are found. */
    record Kind(String groupVersion, String kind, String resource, boolean namespaced) {
        String group() {
            return groupVersion.contains("/") ? groupVersion.substring(0, groupVersion.indexOf('/')) : "";
        }

        /** Where the API serves the object {@code name} (in {@code namespace} when the kind is namespaced). */
        String path(String namespace, String name) {
            return (group().isEmpty() ? "/api/" : "/apis/") + groupVersion + (namespaced ? "/namespaces/" + namespace : "")
                    + "/" + resource + "/" + name;
        }
    }

    /** The GET by which a client looks {@code object} up; objects without a namespace are in {@code namespace}. */
    @SuppressWarnings("unchecked")
    static String get(Map<String, Object> object, String namespace) {
        Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
        Kind kind = KINDS.stream().filter(k -> k.groupVersion().equals(object.get("apiVersion")) && k.kind().equals(object.get("kind")))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("FakeKubeApi does not serve " + object.get("kind")));
        return "GET " + kind.path(String.valueOf(metadata.getOrDefault("namespace", namespace)), String.valueOf(metadata.get("name")));
    }

    /** What the chart example and model-serving-generator make, and what a chart's hooks often are. */
    static final List<Kind> KINDS = List.of(
            new Kind("v1", "Namespace", "namespaces", false),
            new Kind("v1", "ConfigMap", "configmaps", true),
            new Kind("v1", "Secret", "secrets", true),
            new Kind("v1", "Pod", "pods", true),
            new Kind("v1", "PersistentVolumeClaim", "persistentvolumeclaims", true),
            new Kind("batch/v1", "Job", "jobs", true),
            new Kind("serving.kserve.io/v1alpha1", "ServingRuntime", "servingruntimes", true),
            new Kind("serving.kserve.io/v1beta1", "InferenceService", "inferenceservices", true),
            new Kind("route.openshift.io/v1", "Route", "routes", true));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    FakeKubeApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** A kubeconfig under {@code dir} whose current context is this server. */
    Path kubeconfig(Path dir) {
        Path file = dir.resolve("kubeconfig");
        E2e.write(file, """
                apiVersion: v1
                kind: Config
                clusters: [{name: fake, cluster: {server: "http://127.0.0.1:%d"}}]
                users: [{name: fake, user: {}}]
                contexts: [{name: fake, context: {cluster: fake, user: fake, namespace: default}}]
                current-context: fake
                """.formatted(server.getAddress().getPort()));
        return file;
    }

    /** Every request so far, as "METHOD path" (query left out). */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        Object body = "GET".equals(exchange.getRequestMethod()) ? discovery(path) : null;
        int status = body != null ? 200 : "GET".equals(exchange.getRequestMethod()) ? 404 : 405;
        if (body == null) {
            body = Map.of("kind", "Status", "apiVersion", "v1", "status", "Failure", "code", status,
                    "reason", status == 404 ? "NotFound" : "MethodNotAllowed", "message", "FakeKubeApi serves discovery only");
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The discovery document at {@code path}; null for anything else. */
    private static Object discovery(String path) {
        if (path.equals("/version")) {
            return Map.of("major", "1", "minor", "32", "gitVersion", "v1.32.0");
        }
        if (path.equals("/api")) {
            return Map.of("kind", "APIVersions", "versions", List.of("v1"),
                    "serverAddressByClientCIDRs", List.of(Map.of("clientCIDR", "0.0.0.0/0", "serverAddress", "127.0.0.1")));
        }
        if (path.equals("/apis")) {
            Map<String, List<String>> groups = new LinkedHashMap<>();
            KINDS.stream().filter(k -> !k.group().isEmpty())
                    .forEach(k -> groups.computeIfAbsent(k.group(), g -> new ArrayList<>()).add(k.groupVersion()));
            List<Object> list = new ArrayList<>();
            groups.forEach((group, versions) -> {
                List<Object> vs = versions.stream().distinct()
                        .<Object>map(gv -> Map.of("groupVersion", gv, "version", gv.substring(gv.indexOf('/') + 1))).toList();
                list.add(Map.of("name", group, "versions", vs, "preferredVersion", vs.get(0)));
            });
            return Map.of("kind", "APIGroupList", "apiVersion", "v1", "groups", list);
        }
        String groupVersion = path.equals("/api/v1") ? "v1" : path.startsWith("/apis/") ? path.substring("/apis/".length()) : "";
        List<Object> resources = KINDS.stream().filter(k -> k.groupVersion().equals(groupVersion))
                .<Object>map(k -> Map.of("name", k.resource(), "singularName", k.kind().toLowerCase(), "namespaced", k.namespaced(),
                        "kind", k.kind(), "verbs", List.of("get", "list", "create", "update", "patch", "delete")))
                .toList();
        return resources.isEmpty() ? null : Map.of("kind", "APIResourceList", "apiVersion", "v1", "groupVersion", groupVersion,
                "resources", resources);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
