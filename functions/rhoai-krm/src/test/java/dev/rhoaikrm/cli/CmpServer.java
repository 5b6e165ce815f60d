package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The ArgoCD CMP server (argocd-cmp-server in the sidecar) as far as rhoai-krm can tell: it reads
 * deploy/argocd-cmp/plugin.yaml, runs its discover and generate commands with the application's
 * directory in a copy of the repository as working directory and the sidecar's environment plus
 * what the repo-server sends ({@link ArgoApp#environment}), and takes discovery output that is not
 * blank as a match. The image's /usr/local/bin/rhoai-krm is bin/rhoai-krm here, and kubectl's
 * kustomize stands in for the image's standalone kustomize.
 */
final class CmpServer {
    static final Path PLUGIN_YAML = Golden.projectRoot().resolve("deploy/argocd-cmp/plugin.yaml");
    private static final String IMAGE_BINARY = "/usr/local/bin/rhoai-krm";

    private final List<String> generate;
    private final List<String> discover;
    private final Map<String, String> sidecarEnvironment;

    /** {@code pluginHome}: a directory laid out by bin/make-plugin-home, the image's KUSTOMIZE_PLUGIN_HOME. */
    CmpServer(Path pluginHome, String kubectl) {
        Map<String, Object> spec = Yamls.map(Yamls.load(Yamls.read(PLUGIN_YAML)).get(0), "spec");
        Map<String, Object> discovery = Yamls.map(spec, "discover");
        assertThat(discovery).as("only find.command is implemented here").containsOnlyKeys("find");
        assertThat(Yamls.map(discovery, "find")).as("only find.command is implemented here").containsOnlyKeys("command");
        this.generate = command(Yamls.map(spec, "generate"));
        this.discover = command(Yamls.map(discovery, "find"));
        assertThat(generate).as("plugin.yaml generate runs the image's rhoai-krm").contains(IMAGE_BINARY);
        String launcher = Processes.launcher("rhoai-krm");
        generate.replaceAll(arg -> arg.equals(IMAGE_BINARY) ? launcher : arg);
        // The Containerfile's ENV of the cmp target, with kubectl's kustomize for the standalone one.
        this.sidecarEnvironment = Map.of("KUSTOMIZE_PLUGIN_HOME", pluginHome.toString(), "RHOAI_KRM_KUSTOMIZE", kubectl + " kustomize");
    }

    /** Whether the plugin's discovery claims the directory (a failing find command fails the test, as it fails ArgoCD). */
    boolean discovers(Path appDir, ArgoApp app) {
        Processes.Result find = run(discover, appDir, app);
        assertThat(find.exitCode()).as("discover in " + appDir + "\n" + find.describe()).isZero();
        return !find.stdout().isBlank();
    }

    Processes.Result generate(Path appDir, ArgoApp app) {
        return run(generate, appDir, app);
    }

    /**
     * The repository as the sidecar receives it: a copy of this one under {@code base} (made once),
     * without .git and build output; returns the application's directory in it.
     */
    static Path checkout(ArgoApp app, Path base) {
        Path root = Golden.projectRoot();
        Path copy = base.resolve("repository");
        if (!Files.isDirectory(copy)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.toList()) {
                    Path rel = root.relativize(p);
                    if (StreamSupport.stream(rel.spliterator(), false).anyMatch(s -> s.toString().equals("target") || s.toString().equals(".git"))) {
                        continue;
                    }
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(copy.resolve(rel.toString()));
                    } else {
                        Files.copy(p, copy.resolve(rel.toString()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy.resolve(app.path());
    }

    private Processes.Result run(List<String> command, Path appDir, ArgoApp app) {
        Map<String, String> env = new LinkedHashMap<>(sidecarEnvironment);
        env.putAll(app.environment());
        return Processes.run(command, appDir, env, new byte[0]);
    }

    private static List<String> command(Map<String, Object> step) {
        List<String> argv = new ArrayList<>(Yamls.strings(step.get("command")));
        argv.addAll(Yamls.strings(step.getOrDefault("args", List.of())));
        return argv;
    }
}
