package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Helm 3, Helm 4 and kubectl 1.35 (kustomize v5.7.1, the CMP image's) that
 * ../shared/tools/real-tools/install puts in a cache. A test finds each in the variable the
 * install README's {@code eval} sets (HELM3, HELM4, KUBECTL), else in the install's cache
 * (RHOAI_KRM_REAL_TOOLS, default ~/.cache/rhoai-krm-real-tools). Missing: under CI=true the test
 * fails with the install command, elsewhere it is skipped with that command as the reason.
 */
enum RealTools {
    HELM3("HELM3", "v31/helm/helm"),
    HELM4("HELM4", "v35/helm/helm"),
    KUBECTL("KUBECTL", "v35/kubectl/kubectl");

    static final String INSTALL = "eval \"$(../shared/tools/real-tools/install | awk '{print toupper($1)\"=\"$2}')\"";

    private final String variable;
    private final String cached;

    RealTools(String variable, String cached) {
        this.variable = variable;
        this.cached = cached;
    }

    /** The tool's path; fails (CI=true) or skips the calling test when it is not installed. */
    String path() {
        Path candidate = candidate();
        if (Files.isExecutable(candidate)) {
            return candidate.toString();
        }
        String why = name().toLowerCase() + " (the real-tools install) is not at " + candidate + ": install it with " + INSTALL;
        if ("true".equals(System.getenv("CI"))) {
            fail(why + " (CI=true requires the real-tool end-to-end tests to run)");
        }
        assumeTrue(false, why + "; end-to-end test skipped (CI=true makes this a failure)");
        return null;
    }

    /** Whether the tool is where {@link #path()} looks, so that a caller can prefer it to another one without skipping. */
    boolean installed() {
        return Files.isExecutable(candidate());
    }

    private Path candidate() {
        String set = System.getenv(variable);
        return set != null && !set.isBlank() ? Path.of(set) : cache().resolve(cached);
    }

    private static Path cache() {
        String dir = System.getenv("RHOAI_KRM_REAL_TOOLS");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache/rhoai-krm-real-tools");
    }

    /** What {@code helm version} or {@code kubectl version --client} reports: Helm's version, or kubectl's and its kustomize's. */
    static List<String> versions(String tool) {
        boolean helm = Path.of(tool).getFileName().toString().equals("helm");
        List<String> command = helm ? List.of(tool, "version", "--template", "{{.Version}}") : List.of(tool, "version", "--client");
        Processes.Result run = Processes.run(command, Golden.projectRoot());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        if (helm) {
            return List.of("Helm " + run.stdout().strip());
        }
        // Client Version: v1.35.2 / Kustomize Version: v5.7.1
        return run.stdout().lines().map(l -> l.replace("Client Version: ", "kubectl ").replace("Kustomize Version: ", "kustomize "))
                .map(l -> l.replaceAll("-.*", "")).toList();
    }

    /**
     * A Helm home of its own under {@code dir} (config, cache, data and plugins), never the user's:
     * Helm 4.1.4 installs a plugin from a local directory into $HELM_DATA_HOME/plugins whatever
     * HELM_PLUGINS says (helm/helm#32646), so HELM_PLUGINS is that folder.
     */
    static Map<String, String> helmHome(Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("HELM_CONFIG_HOME", dir.resolve("config").toString());
        env.put("HELM_CACHE_HOME", dir.resolve("cache").toString());
        env.put("HELM_DATA_HOME", dir.resolve("data").toString());
        env.put("HELM_PLUGINS", dir.resolve("data/plugins").toString());
        // no cluster: Helm 4's dry-run=client never asks one, Helm 3's is given FakeKubeApi
        env.put("KUBECONFIG", dir.resolve("no-kubeconfig").toString());
        return env;
    }

    /** A copy of kustomize-examples/helm-post-renderer/chart under {@code dir}, to be changed by a test. */
    static Path chartCopy(Path dir) {
        Path chart = dir.resolve("rhoai-models");
        E2e.copyTree(HelmChartExampleIT.EXAMPLE.resolve("chart"), chart);
        return chart;
    }
}
