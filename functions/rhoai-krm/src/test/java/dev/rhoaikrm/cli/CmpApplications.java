package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which Applications the CMP test renders: kustomize-examples/argocd-cmp's, and those whose
 * directories exist in this repository among the ones examples/appset-discovery's ApplicationSets
 * would create. That example's paths are the reference repository's, none of which exists here;
 * the platform tree (kustomize-examples/rhoai-platform) carries the same ApplicationSets with this
 * repository's paths, so its Applications count, with those its dev cluster overlay declares.
 */
final class CmpApplications {
    static final Path ROOT = Golden.projectRoot();
    static final Path CMP = ROOT.resolve("kustomize-examples/argocd-cmp");
    static final Path APPSETS = ROOT.resolve("examples/appset-discovery/rhoai-deploy-gitops");
    static final Path PLATFORM = ROOT.resolve("kustomize-examples/rhoai-platform");
    /** Example directories that stand in when none of the ApplicationSets' directories exists in this repository. */
    static final List<String> STAND_INS = List.of("examples/appset-discovery/rhoai-deploy-gitops", "examples/gpu-workerset/aws-from-machineset");

    private CmpApplications() {
    }

    /** kustomize-examples/argocd-cmp's Applications (they name the plugin). */
    static List<ArgoApp> examples() {
        try (Stream<Path> files = Files.list(CMP.resolve("applications"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("application-")).sorted()
                    .flatMap(p -> Yamls.load(Yamls.read(p)).stream()).map(ArgoApp::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ApplicationSets' Applications (and the platform dev overlay's own) whose directories exist
     * here; {@code kubectl} and {@code pluginHome} build the overlays.
     */
    static List<ArgoApp> fromApplicationSets(String kubectl, Path pluginHome) {
        List<ArgoApp> apps = new ArrayList<>();
        Optional<Path> reference = Golden.shared().map(s -> s.resolve("reference/rhoai-deploy-gitops")).filter(Files::isDirectory);
        if (reference.isEmpty()) {
            System.out.println("ArgoCdCmpIT: ../shared/reference is absent: examples/appset-discovery's Applications are not listed");
        }
        reference.ifPresent(r -> apps.addAll(discovered(APPSETS, r)));
        if (Files.isDirectory(PLATFORM)) {
            apps.addAll(discovered(PLATFORM.resolve("components/argocd"), ROOT));
            // the dev cluster's bootstrap and explicit Applications (the reference's only cluster; the
            // other overlays differ in intent fields, which PlatformTreeIT builds)
            Processes.Result build = Processes.run(List.of(kubectl, "kustomize", "--enable-alpha-plugins", "clusters/overlays/dev"), PLATFORM,
                    Map.of("KUSTOMIZE_PLUGIN_HOME", pluginHome.toString()), new byte[0]);
            assertThat(build.exitCode()).as(build.describe()).isZero();
            Yamls.load(build.stdout()).stream().filter(o -> "Application".equals(o.get("kind"))).forEach(o -> apps.add(ArgoApp.of(o)));
        }
        return apps.stream().filter(app -> Files.isDirectory(ROOT.resolve(app.path()))).distinct().toList();
    }

    /** An example directory rendered as the first example Application would be, under the directory's name. */
    static ArgoApp standIn(String path) {
        ArgoApp first = examples().get(0);
        return new ArgoApp(Path.of(path).getFileName().toString(), "", first.project(), first.repoURL(), first.targetRevision(),
                path, first.plugin());
    }

    /**
     * `rhoai-krm discover` on the AppSetDiscovery intent in {@code intentDir}, its paths relative to
     * {@code root}; the Applications leave the plugin to discovery, as the generated ones do.
     */
    private static List<ArgoApp> discovered(Path intentDir, Path root) {
        Processes.Result list = Processes.run(List.of(Processes.launcher("rhoai-krm"), "discover", intentDir.toString(),
                "--root", root.toString()), ROOT);
        assertThat(list.exitCode()).as(list.describe()).isZero();
        Map<String, Object> spec = Yamls.map(appSetDiscovery(intentDir), "spec");
        List<ArgoApp> apps = new ArrayList<>();
        for (String line : list.stdout().lines().skip(1).toList()) {
            String[] row = line.trim().split("\\s+"); // APPLICATION PROJECT FROM PATH
            apps.add(new ArgoApp(row[0], "", row[1], String.valueOf(spec.get("repoURL")), String.valueOf(spec.get("revision")), row[3],
                    Optional.empty()));
        }
        return apps;
    }

    private static Map<String, Object> appSetDiscovery(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().flatMap(p -> Yamls.load(Yamls.read(p)).stream())
                    .filter(o -> "AppSetDiscovery".equals(o.get("kind"))).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
