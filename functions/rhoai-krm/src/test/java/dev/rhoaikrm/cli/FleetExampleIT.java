package dev.rhoaikrm.cli;

import static dev.rhoaikrm.cli.CmpApplications.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kustomize-examples/rhoai-fleet end to end, as Argo CD would run it: the hub's bootstrap
 * Application rendered by the CMP; its ApplicationSets expanded the way the ApplicationSet
 * controller does (matrix of the cluster generator over the fleet's cluster descriptions and the
 * git directory generator, Go templates filled from their parameters; an oracle written here from
 * argo-cd applicationset/generators/{matrix,cluster,git}.go, not the code under test); the list
 * compared with `rhoai-krm discover --fleet`; then every Application of every cluster rendered
 * through `rhoai-krm cmp-generate` exactly as the sidecar would ({@link CmpServer}: plugin.yaml's
 * discover and generate, ARGOCD_APP_*, the plugin env as ARGOCD_ENV_*, cwd the app's path).
 */
class FleetExampleIT {
    static final Path FLEET = ROOT.resolve("kustomize-examples/rhoai-fleet");
    private static final String REPO = "https://github.com/YOUR_ORG/rhoai-krm.git";

    @TempDir
    static Path pluginHome;
    private static CmpServer server;

    @BeforeAll
    static void sidecar() {
        String kubectl = Processes.requireTool("kubectl");
        Processes.Result made = Processes.run(List.of(ROOT.resolve("bin/make-plugin-home").toString(), pluginHome.toString()), ROOT);
        assertThat(made.exitCode()).as(made.describe()).isZero();
        server = new CmpServer(pluginHome, kubectl);
    }

    /** A cluster as its Argo CD cluster Secret gives it to the cluster generator: name, server, labels. */
    record Cluster(String name, String server, Map<String, String> labels) {
    }

    @Test
    void everyApplicationOfEveryClusterRendersThroughTheCmp(@TempDir Path tmp) {
        ArgoApp bootstrap = new ArgoApp("fleet-bootstrap", "openshift-gitops", "default", REPO, "main",
                "kustomize-examples/rhoai-fleet/hub", Optional.empty());
        Path hub = CmpServer.checkout(bootstrap, tmp);
        assertThat(server.discovers(hub, bootstrap)).as("the hub folder holds intents: the plugin claims it").isTrue();
        Processes.Result rendered = server.generate(hub, bootstrap);
        assertThat(rendered.exitCode()).as(rendered.describe()).isZero();
        List<Map<String, Object>> hubObjects = Yamls.load(rendered.stdout());
        assertThat(Yamls.validateKnownKinds(hubObjects, "hub")).as("ApplicationSet, AppProject, Application have vendored schemas").isEmpty();

        List<Map<String, Object>> applications = new ArrayList<>();
        for (Map<String, Object> set : hubObjects.stream().filter(o -> "ApplicationSet".equals(o.get("kind"))).toList()) {
            applications.addAll(expand(set, clusters()));
        }
        assertThat(applications).extracting(a -> Yamls.map(a, "metadata").get("name")).containsExactlyInAnyOrder(
                "aws-dev-gpu-workers", "aws-prod-gpu-workers", "azure-training-gpu-workers", "aws-dev-qwen-math-7b", "aws-prod-qwen-math-7b");
        assertThat(discoverRows()).as("rhoai-krm discover --fleet lists what the controller would create")
                .containsExactlyInAnyOrderElementsOf(applications.stream().map(FleetExampleIT::row).toList());

        for (Map<String, Object> application : applications) {
            ArgoApp app = ArgoApp.of(application);
            String cluster = app.environment().get("ARGOCD_ENV_CLUSTER");
            assertThat(cluster).as(app.label() + ": the plugin env names the cluster").isNotNull();
            Path dir = CmpServer.checkout(app, tmp);
            assertThat(server.discovers(dir, app)).as(app.label() + " names the plugin: its discovery must match").isTrue();
            Processes.Result run = server.generate(dir, app);
            assertThat(run.exitCode()).as(app.label() + "\n" + run.describe()).isZero();
            assertThat(run.stderr()).as(app.label()).doesNotContain("error", "\tat ");
            List<Map<String, Object>> objects = Yamls.load(run.stdout());
            assertThat(objects).as(app.label()).isNotEmpty();
            assertThat(Yamls.validateKnownKinds(objects, app.label())).as(app.label() + ": kinds without a vendored schema")
                    .isSubsetOf("operator.openshift.io/v1 ClusterAutoscaler", "autoscaling.openshift.io/v1beta1 MachineAutoscaler");
            assertThat(objects).extracting(o -> String.valueOf(o.get("apiVersion"))).noneMatch(v -> v.startsWith("rhoai-krm.dev/"));
            perCluster(cluster, app, run.stdout());
        }
    }

    /** What differs per cluster: the GPU workers from each cluster's own MachineSet, the model's perCluster section. */
    private static void perCluster(String cluster, ArgoApp app, String manifests) {
        if (app.name().endsWith("-gpu-workers")) {
            switch (cluster) {
                case "aws-dev" -> assertThat(manifests).contains("region: us-east-2", "ocp-2qkbk-gpu-l40s-us-east-2a");
                case "aws-prod" -> assertThat(manifests).contains("region: us-west-2", "ocp-prod-x7k4m-gpu-l40s-us-west-2a")
                        .doesNotContain("us-east-2", "ocp-2qkbk");
                default -> assertThat(manifests).contains("kind: AzureMachineProviderSpec", "Standard_NC40ads_H100_v5")
                        .doesNotContain("AWSMachineProviderConfig");
            }
        } else {
            Map<String, Object> isvc = Yamls.load(manifests).stream().filter(o -> "InferenceService".equals(o.get("kind"))).findFirst()
                    .orElseThrow();
            Map<String, Object> predictor = Yamls.map(Yamls.map(isvc, "spec"), "predictor");
            if (cluster.equals("aws-prod")) {
                assertThat(predictor).containsEntry("minReplicas", 2).containsEntry("maxReplicas", 4);
                assertThat(manifests).contains("--gpu-memory-utilization=0.95");
            } else {
                assertThat(predictor).containsEntry("minReplicas", 1);
                assertThat(manifests).contains("--max-model-len=4096").doesNotContain("--gpu-memory-utilization=0.95");
            }
        }
    }

    @Test
    void aClusterTheModelHasNoSectionForIsRefusedByTheCmp(@TempDir Path tmp) {
        ArgoApp app = new ArgoApp("azure-training-qwen-math-7b", "", "fleet-models", REPO, "main",
                "kustomize-examples/rhoai-fleet/models/qwen-math-7b", Optional.of(Map.of("name", "rhoai-krm-v1",
                "env", List.of(Map.of("name", "CLUSTER", "value", "azure-training")))));
        Processes.Result run = server.generate(CmpServer.checkout(app, tmp), app);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout()).as("nothing for ArgoCD to apply").isEmpty();
        assertThat(run.stderr()).contains("perCluster: no section for cluster \"azure-training\" (sections: aws-dev, aws-prod)");
    }

    @Test
    void theListingIsTheExamplesGoldenOne() {
        Golden.assertMatches(FLEET.resolve(".expected/applications.txt"), discover().stdout());
    }

    /**
     * The ApplicationSet controller's expansion of a fleet set: every described cluster the cluster
     * generator's selector picks (matchLabels on the Secret's labels, plus the secret-type label
     * the generator adds; the post-selector on the name), then the git directory generator with
     * that cluster's parameters interpolated (the matrix's second child), then the template.
     */
    private static List<Map<String, Object>> expand(Map<String, Object> set, List<Cluster> fleet) {
        Map<String, Object> spec = Yamls.map(set, "spec");
        List<?> children = (List<?>) Yamls.map(Yamls.asMap(((List<?>) spec.get("generators")).get(0)), "matrix").get("generators");
        Map<String, Object> clustersChild = Yamls.asMap(children.get(0));
        Map<String, Object> selector = Yamls.map(Yamls.map(clustersChild, "clusters"), "selector");
        assertThat(selector).as("the oracle reads matchLabels only").containsOnlyKeys("matchLabels");
        assertThat(clustersChild).as("the example selects by label").doesNotContainKey("selector");
        Map<String, Object> matchLabels = Yamls.map(selector, "matchLabels");
        Map<String, Object> git = Yamls.map(Yamls.asMap(children.get(1)), "git");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Cluster c : fleet) {
            if (!matchLabels.entrySet().stream().allMatch(e -> String.valueOf(e.getValue()).equals(c.labels().get(e.getKey())))) {
                continue;
            }
            for (Object d : (List<?>) git.get("directories")) {
                String glob = String.valueOf(Yamls.asMap(d).get("path")).replace("{{ .name }}", c.name());
                assertThat(glob).doesNotContain("{{");
                for (String dir : directories(glob)) {
                    Map<String, String> params = Map.of("{{ .name }}", c.name(), "{{ .server }}", c.server(), "{{ .path.path }}", dir,
                            "{{ .path.basename }}", Path.of(dir).getFileName().toString());
                    Map<String, Object> app = new LinkedHashMap<>();
                    app.put("apiVersion", "argoproj.io/v1alpha1");
                    app.put("kind", "Application");
                    app.putAll(Yamls.asMap(fill(spec.get("template"), params)));
                    out.add(app);
                }
            }
        }
        return out;
    }

    /** Go's text/template for the actions the example uses; anything else left would fail with missingkey=error. */
    private static Object fill(Object value, Map<String, String> params) {
        if (value instanceof String s) {
            for (Map.Entry<String, String> p : params.entrySet()) {
                s = s.replace(p.getKey(), p.getValue());
            }
            assertThat(s).as("a template action the oracle does not know").doesNotContain("{{");
            return s;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), fill(v, params)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(v -> fill(v, params)).toList();
        }
        return value;
    }

    /** The repository's directories a git directory generator path matches (Go path.Match: * within one segment). */
    private static List<String> directories(String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> walk = Files.walk(FLEET)) {
            return walk.filter(Files::isDirectory).map(p -> ROOT.relativize(p)).filter(matcher::matches).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Cluster> clusters() {
        List<Cluster> clusters = new ArrayList<>();
        try (Stream<Path> files = Files.list(FLEET.resolve("fleet"))) {
            for (Path f : files.sorted().toList()) {
                Map<String, Object> d = Yamls.load(Yamls.read(f)).get(0);
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("argocd.argoproj.io/secret-type", "cluster");
                Yamls.map(d, "labels").forEach((k, v) -> labels.put(k, String.valueOf(v)));
                clusters.add(new Cluster(String.valueOf(d.get("name")), String.valueOf(d.get("server")), labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clusters;
    }

    private static String row(Map<String, Object> app) {
        ArgoApp a = ArgoApp.of(app);
        return a.environment().get("ARGOCD_ENV_CLUSTER") + " " + a.name() + " " + a.project() + " " + a.path();
    }

    private static Processes.Result discover() {
        Processes.Result list = Processes.run(List.of(Processes.launcher("rhoai-krm"), "discover", FLEET.resolve("hub").toString(),
                "--fleet", FLEET.resolve("fleet").toString(), "--root", ROOT.toString()), ROOT);
        assertThat(list.exitCode()).as(list.describe()).isZero();
        return list;
    }

    /** The clusters' rows of the table (CLUSTER APPLICATION PROJECT FROM PATH), as "cluster name project path". */
    private static List<String> discoverRows() {
        return discover().stdout().lines().skip(1).map(l -> l.trim().split("\\s+")).filter(r -> !r[0].equals("(hub)"))
                .map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[4]).toList();
    }
}
