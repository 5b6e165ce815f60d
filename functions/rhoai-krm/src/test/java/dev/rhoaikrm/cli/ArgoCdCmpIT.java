package dev.rhoaikrm.cli;

import static dev.rhoaikrm.cli.CmpApplications.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rhoai-krm CMP end to end without ArgoCD: deploy/argocd-cmp/plugin.yaml's discover and
 * generate commands run as the sidecar's CMP server runs them ({@link CmpServer}, {@link ArgoApp})
 * on every application directory of {@link CmpApplications}, and the output checked as what ArgoCD
 * would apply. kustomize-examples/argocd-cmp/README.md says what is checked.
 */
class ArgoCdCmpIT {
    private static final Pattern INTENT = Pattern.compile("(?m)^apiVersion: rhoai-krm\\.dev/");

    @TempDir
    static Path pluginHome;
    private static CmpServer server;
    private static String kubectl;

    @BeforeAll
    static void sidecar() {
        kubectl = Processes.requireTool("kubectl");
        Processes.Result made = Processes.run(List.of(ROOT.resolve("bin/make-plugin-home").toString(), pluginHome.toString()), ROOT);
        assertThat(made.exitCode()).as(made.describe()).isZero();
        server = new CmpServer(pluginHome, kubectl);
    }

    @Test
    void generateRendersEveryApplicationDirectoryAsTheSidecarDoes(@TempDir Path tmp) {
        List<ArgoApp> apps = new ArrayList<>(CmpApplications.examples());
        List<ArgoApp> fromSets = CmpApplications.fromApplicationSets(kubectl, pluginHome);
        if (fromSets.isEmpty()) {
            System.out.println("ArgoCdCmpIT: no directory that examples/appset-discovery's ApplicationSets would create exists in this"
                    + " repository; the examples' directories stand in: " + CmpApplications.STAND_INS);
            CmpApplications.STAND_INS.forEach(path -> apps.add(CmpApplications.standIn(path)));
        }
        apps.addAll(fromSets);
        CmpServer.checkout(apps.get(0), tmp);
        // two at a time (the runs wait on process start-up); every directory's problems, not only the first one's
        ForkJoinPool pool = new ForkJoinPool(2);
        List<String> outcomes = pool.submit(() -> apps.parallelStream().map(app -> {
            try {
                return render(app, CmpServer.checkout(app, tmp)) ? "generated" : "ArgoCD's";
            } catch (AssertionError e) {
                return "problem: " + e.getMessage();
            }
        }).toList()).join();
        pool.shutdown();
        assertThat(outcomes).noneMatch(o -> o.startsWith("problem: "));
        assertThat(outcomes.stream().filter("generated"::equals).count())
                .isGreaterThanOrEqualTo(apps.stream().filter(a -> a.plugin().isPresent()).count());
    }

    @Test
    void pluginEnvAndParametersReachThePluginAndChangeNothing(@TempDir Path tmp) {
        List<Map<String, Object>> env = List.of(Map.of("name", "CLUSTER", "value", "dev"));
        List<Map<String, Object>> parameters = List.of(Map.of("name", "tier", "string", "1"),
                Map.of("name", "gpu-zones", "array", List.of("us-east-2a", "us-east-2b")), Map.of("name", "labels", "map", Map.of("team", "ai")));
        ArgoApp more = CmpApplications.examples().get(0).withPlugin(env, parameters);
        assertThat(more.environment()).containsEntry("ARGOCD_ENV_CLUSTER", "dev").containsEntry("PARAM_TIER", "1")
                .containsEntry("PARAM_GPU_ZONES_1", "us-east-2b").containsEntry("PARAM_LABELS_TEAM", "ai")
                .containsEntry("ARGOCD_APP_PARAMETERS", "[{\"name\":\"tier\",\"string\":\"1\"},{\"array\":[\"us-east-2a\",\"us-east-2b\"],"
                        + "\"name\":\"gpu-zones\"},{\"map\":{\"team\":\"ai\"},\"name\":\"labels\"}]");
        Path dir = CmpServer.checkout(more, tmp);
        checkManifests(more, dir, server.generate(dir, more)); // the same objects as the example's .expected
    }

    @Test
    void anIntentErrorFailsGenerateWithTheMessageOnStderrOnly(@TempDir Path tmp) {
        List<ArgoApp> apps = CmpApplications.examples();
        for (int i = 0; i < apps.size(); i++) {
            ArgoApp app = apps.get(i);
            Path dir = CmpServer.checkout(app, tmp.resolve(app.name()));
            Path intent = intentFile(dir);
            E2e.write(intent, Yamls.read(intent) + "  colour: red\n"); // spec is each intent's last key
            if (i == 0) {
                delete(dir.resolve("kustomization.yaml")); // the plain-directory path; the others go through kustomize
            }
            Processes.Result run = server.generate(dir, app);
            assertThat(run.exitCode()).as(app.label() + run.describe()).isNotZero();
            assertThat(run.stdout()).as("nothing for ArgoCD to apply").isEmpty();
            assertThat(run.stderr()).contains("spec.colour", "unknown field").doesNotContain("\tat ", "Exception");
        }
    }

    @Test
    void discoveryLeavesADirectoryWithoutIntentsToArgoCd() {
        ArgoApp app = CmpApplications.examples().get(0);
        assertThat(server.discovers(CmpApplications.CMP.resolve("sidecar"), app)).isFalse();
        assertThat(server.discovers(ROOT.resolve("deploy/argocd-cmp"), app)).isFalse();
    }

    /** Discovery, then generate when the plugin claims the directory (true), else ArgoCD's own kustomize. */
    private static boolean render(ArgoApp app, Path dir) {
        boolean claimed = server.discovers(dir, app);
        if (app.plugin().isPresent()) {
            assertThat(claimed).as(app.label() + " names the plugin: its discovery must match").isTrue();
        }
        if (!claimed) {
            builtInKustomize(app, dir);
            return false;
        }
        List<Map<String, Object>> objects = checkManifests(app, dir, server.generate(dir, app));
        System.out.println("ArgoCdCmpIT: " + app.label() + ": " + objects.size() + " objects");
        return true;
    }

    /**
     * A directory the plugin does not claim is ArgoCD's: its built-in kustomize runs no plugins and
     * must build it, or the Application renders nothing. Remote bases cannot be fetched here.
     */
    private static void builtInKustomize(ArgoApp app, Path dir) {
        if (!Files.isRegularFile(dir.resolve("kustomization.yaml"))) {
            System.out.println("ArgoCdCmpIT: " + app.label() + ": no intent, no kustomization: ArgoCD applies its YAML files");
            return;
        }
        Processes.Result build = Processes.run(List.of(kubectl, "kustomize", "."), dir);
        if (build.exitCode() != 0 && build.stderr().contains("github.com")) {
            System.out.println("ArgoCdCmpIT: " + app.label() + ": ArgoCD's kustomize; not built here (remote base)");
            return;
        }
        assertThat(build.exitCode()).as(app.label() + ": the plugin does not claim it (no intent in the directory itself), so ArgoCD's"
                + " built-in kustomize, which runs no plugins, must build it\n" + build.describe()).isZero();
        assertThat(build.stdout()).doesNotContain("apiVersion: rhoai-krm.dev/");
        Yamls.validateKnownKinds(Yamls.load(build.stdout()), app.label());
        System.out.println("ArgoCdCmpIT: " + app.label() + ": ArgoCD's built-in kustomize builds it");
    }

    /** What ArgoCD applies: objects, no intent or kustomize/kpt bookkeeping, valid, and the directory's expected objects. */
    private static List<Map<String, Object>> checkManifests(ArgoApp app, Path dir, Processes.Result run) {
        assertThat(run.exitCode()).as(app.label() + "\n" + run.describe()).isZero();
        assertThat(run.stderr()).as(app.label()).doesNotContain("\tat ", "error");
        List<Map<String, Object>> objects = Yamls.load(run.stdout());
        assertThat(objects).as(app.label()).isNotEmpty();
        for (Map<String, Object> o : objects) {
            assertThat(String.valueOf(o.get("apiVersion"))).as(app.label() + ": no intent").doesNotStartWith("rhoai-krm.dev/");
            assertThat(o.get("kind")).isNotIn("Kustomization", "Kptfile");
            assertThat(Yamls.map(Yamls.map(o, "metadata"), "annotations").keySet()).as(app.label())
                    .noneMatch(k -> k.startsWith("config.kubernetes.io/") || k.startsWith("internal.config.kubernetes.io/")
                            || k.startsWith("kustomize.config.k8s.io/"));
        }
        Set<String> unknown = Yamls.validateKnownKinds(objects, app.label());
        if (!unknown.isEmpty()) {
            System.out.println("ArgoCdCmpIT: " + app.label() + ": no vendored schema for " + unknown);
        }
        // examples/: what `rhoai-krm render` prints; the platform tree: what kustomize with the plugins builds
        for (Path expected : List.of(dir.resolve(".expected/manifests.yaml"), dir.resolve(".expected/kustomize.yaml"))) {
            if (Files.isRegularFile(expected)) {
                List<Map<String, Object>> all = sorted(Yamls.load(Yamls.read(expected)));
                // Rendered under its own Application's name, a directory may leave that Application out
                // (dsc-overlay-composer: the DataScienceCluster gets one owner); a bootstrap keeps its own.
                List<Map<String, Object>> lessItself = all.stream()
                        .filter(o -> !("Application".equals(o.get("kind")) && app.name().equals(Yamls.map(o, "metadata").get("name"))))
                        .toList();
                assertThat(sorted(objects)).as(app.label() + " against its .expected").isIn(all, lessItself);
            }
        }
        return objects;
    }

    private static List<Map<String, Object>> sorted(List<Map<String, Object>> objects) {
        return objects.stream().sorted(Comparator.comparing(o -> o.get("kind") + "/" + Yamls.map(o, "metadata"))).toList();
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path intentFile(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml") && INTENT.matcher(Yamls.read(p)).find()).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
