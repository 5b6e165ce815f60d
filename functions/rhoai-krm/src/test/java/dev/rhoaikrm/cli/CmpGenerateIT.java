package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ArgoCD CMP generate step run exactly as the sidecar runs it: working directory = the
 * application path, the ARGOCD_APP_* and ARGOCD_ENV_* environment, manifests on stdout, errors
 * on stderr, non-zero exit on error.
 */
class CmpGenerateIT {
    static Map<String, String> argocdEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("ARGOCD_APP_NAME", "model-qwen-math-7b");
        env.put("ARGOCD_APP_NAMESPACE", "openshift-gitops");
        env.put("ARGOCD_APP_PROJECT_NAME", "usecases");
        env.put("ARGOCD_APP_REVISION", "0123456789abcdef0123456789abcdef01234567");
        env.put("ARGOCD_APP_SOURCE_PATH", "usecases/models/qwen-math-7b");
        env.put("ARGOCD_APP_SOURCE_REPO_URL", "https://github.com/example/rhoai-gitops.git");
        env.put("ARGOCD_APP_SOURCE_TARGET_REVISION", "main");
        env.put("ARGOCD_ENV_CLUSTER", "dev");
        env.put("KUBE_VERSION", "1.32");
        return env;
    }

    @Test
    void generateRendersTheApplicationDirectory(@TempDir Path app) {
        E2e.copyTree(Golden.projectRoot().resolve("examples/model-serving/qwen-math-7b"), app.resolve("src"));
        Path dir = app.resolve("src");
        java.nio.file.Files.exists(dir.resolve("kustomization.yaml"));
        // without a kustomization: the CMP renders the directory itself
        E2e.write(dir.resolve("kustomization.yaml"), "");
        dir.resolve("kustomization.yaml").toFile().delete();
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), dir, argocdEnvironment(), new byte[0]);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("kind: InferenceService", "kind: Job").doesNotContain("kind: ModelServing", "kind: Kptfile");
        assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
    }

    /** The sidecar's environment for a kustomization: the plugin home bin/make-plugin-home lays out under {@code tmp}, kubectl's kustomize. */
    static Map<String, String> kustomizeEnvironment(Path tmp) {
        String kubectl = Processes.requireTool("kubectl");
        Path home = tmp.resolve("plugins");
        Processes.run(List.of(Golden.projectRoot().resolve("bin/make-plugin-home").toString(), home.toString()), Golden.projectRoot());
        Map<String, String> env = argocdEnvironment();
        env.put("KUSTOMIZE_PLUGIN_HOME", home.toString());
        env.put("RHOAI_KRM_KUSTOMIZE", kubectl + " kustomize");
        return env;
    }

    @Test
    void generateBuildsAKustomizationWithThePlugins(@TempDir Path tmp) {
        Path app = tmp.resolve("app");
        E2e.copyTree(Golden.projectRoot().resolve("examples/model-serving/gpt-oss-120b"), app);
        Map<String, String> env = kustomizeEnvironment(tmp);
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), app, env, new byte[0]);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("kind: InferenceService", "networking.kserve.io/visibility: exposed");
    }

    static final String UNKNOWN_PRODUCT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: ModelServing
            metadata:
              name: m
              annotations: {config.kubernetes.io/local-config: "true"}
            spec:
              model: {uri: "oci://registry.redhat.io/rhelai1/modelcar-granite-3-3-8b-instruct:1.5"}
              runtime: {maxModelLen: 8192}
              gpu: {count: 1, product: NVIDIA-L40X}
            """;

    /**
     * An Application's plugin env reaches the CMP as ARGOCD_ENV_<name> (ArgoCD's config-management plugin
     * documentation): ARGOCD_ENV_RHOAI_KRM_STRICT=true makes a warning, which ArgoCD would show no one, an error.
     */
    @Test
    void strictModeThroughTheApplicationsPluginEnv(@TempDir Path app) {
        E2e.write(app.resolve("model.yaml"), UNKNOWN_PRODUCT);
        Processes.Result lenient = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), app, argocdEnvironment(), new byte[0]);
        assertThat(lenient.exitCode()).as(lenient.describe()).isZero();
        Map<String, String> env = argocdEnvironment();
        env.put("ARGOCD_ENV_RHOAI_KRM_STRICT", "true");
        Processes.Result strict = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), app, env, new byte[0]);
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.stdout()).isEmpty();
        assertThat(strict.stderr()).contains("spec.gpu.product: \"NVIDIA-L40X\" is not a GPU product", "[strict mode");
    }

    /** The same through the kustomize the CMP runs: its plugins inherit the environment. */
    @Test
    void strictModeReachesThePluginsOfTheKustomizeBuild(@TempDir Path tmp) {
        Path app = tmp.resolve("app");
        E2e.write(app.resolve("model.yaml"), UNKNOWN_PRODUCT);
        E2e.write(app.resolve("kustomization.yaml"), "generators: [model.yaml]\n");
        Map<String, String> env = kustomizeEnvironment(tmp);
        env.put("ARGOCD_ENV_RHOAI_KRM_STRICT", "true");
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), app, env, new byte[0]);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("NVIDIA-L40X", "[strict mode");
    }

    @Test
    void anErrorExitsNonZeroWithTheMessageOnStderr(@TempDir Path app) {
        E2e.write(app.resolve("model.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata: {name: m}
                spec: {model: {uri: "hf://Qwen/Qwen2.5-7B-Instruct"}, gpu: {count: 1, product: NVIDIA-L40S}, colour: red}
                """);
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), app, argocdEnvironment(), new byte[0]);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("model.yaml: ModelServing/m: spec.colour: unknown field").doesNotContain("\tat ");
    }
}
