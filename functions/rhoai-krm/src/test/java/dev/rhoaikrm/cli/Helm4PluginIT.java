package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Helm v4.1.4 with deploy/helm-postrenderer installed as its README says (`helm plugin
 * install`, rhoai-krm on PATH as a link to bin/rhoai-krm), in a Helm home of the test's own, on
 * kustomize-examples/helm-post-renderer's chart. Helm 4 pipes every template, hooks included, each
 * annotated with its file (pkg/action/action.go renderResources, annotateAndMerge), and sorts what
 * comes back into hooks and manifests by those annotations.
 */
class Helm4PluginIT {
    static final Path EXAMPLE = HelmChartExampleIT.EXAMPLE;
    static final String HOOK_TEST = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: {{ .Values.model.name }}-test
              annotations:
                helm.sh/hook: test
            spec:
              restartPolicy: Never
              containers:
                - name: models
                  image: registry.access.redhat.com/ubi9/ubi-minimal
                  command: [curl, -sf, "http://{{ .Values.model.name }}-predictor.{{ .Values.model.name }}.svc.cluster.local:8080/v1/models"]
            """;
    static final String HOOK_INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: ModelServing
            metadata:
              name: warm-up
              annotations:
                config.kubernetes.io/local-config: "true"
                helm.sh/hook: post-install
                helm.sh/hook-weight: "5"
            spec:
              model: {uri: "oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct"}
              gpu: {count: 1, product: NVIDIA-L40S}
            """;

    @TempDir
    static Path shared;
    static Map<String, String> env;

    /** The plugin installed once, as the README says; PATH starts with a folder holding rhoai-krm, a link to bin/rhoai-krm. */
    @BeforeAll
    static void installThePlugin() throws IOException {
        env = RealTools.helmHome(shared.resolve("helm"));
        Path bin = Files.createDirectories(shared.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("rhoai-krm"), Path.of(Processes.launcher("rhoai-krm")));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        Processes.Result installed = helm(env, Golden.projectRoot(), "plugin", "install", "./deploy/helm-postrenderer");
        assertThat(installed.exitCode()).as(installed.describe()).isZero();
    }

    static Processes.Result helm(Map<String, String> env, Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(RealTools.HELM4.path()));
        command.addAll(List.of(args));
        return Processes.run(command, dir, env, new byte[0]);
    }

    static Processes.Result helm(String... args) {
        return helm(env, EXAMPLE, args);
    }

    /** The objects of a stream by kind/namespace/name, without the template file annotation (Helm removes it after regrouping). */
    static Map<String, Map<String, Object>> withoutFilename(String yaml) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Yamls.load(yaml).forEach(o -> out.put(PlatformTree.key(o), HelmChartExampleIT.withoutFilename(o)));
        return out;
    }

    @Test
    void theReadmesInstallListAndUninstall(@TempDir Path tmp) {
        Map<String, String> own = new HashMap<>(env);
        own.putAll(RealTools.helmHome(tmp));
        Processes.Result install = helm(own, Golden.projectRoot(), "plugin", "install", "./deploy/helm-postrenderer");
        assertThat(install.exitCode()).as(install.describe()).isZero();
        assertThat(install.stdout() + install.stderr()).contains("Installed plugin: rhoai-krm");
        assertThat(helm(own, EXAMPLE, "plugin", "list").stdout()).containsPattern("(?m)^rhoai-krm\\s+0\\.1\\.0\\s+postrenderer/v1\\s");
        assertThat(Files.exists(tmp.resolve("data/plugins/helm-postrenderer"))).as("installed into the test's Helm home").isTrue();

        Processes.Result uninstall = helm(own, EXAMPLE, "plugin", "uninstall", "rhoai-krm");
        assertThat(uninstall.exitCode()).as(uninstall.describe()).isZero();
        assertThat(helm(own, EXAMPLE, "plugin", "list").stdout()).doesNotContain("rhoai-krm");
        Processes.Result gone = helm(own, EXAMPLE, "template", "demo", "./chart", "--post-renderer", "rhoai-krm");
        assertThat(gone.exitCode()).isNotZero();
        assertThat(gone.stderr()).contains("plugin: {Name:rhoai-krm Type:postrenderer/v1} not found");
    }

    /** rendered-helm4.yaml is what Helm 4 pipes to a post-renderer plugin: a plugin that keeps its stdin says so. */
    @Test
    void renderedHelm4YamlIsWhatHelm4Pipes(@TempDir Path tmp) {
        Processes.Result run = captureStream(tmp);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Yamls.read(tmp.resolve("stream.yaml"))).as("regenerate rendered-helm4.yaml as its README says")
                .isEqualTo(Yamls.read(EXAMPLE.resolve("rendered-helm4.yaml")));
    }

    /**
     * The stream Helm 4 pipes names each object's template only in its postrender-filename
     * annotation (no "# Source:" lines): an error names that template, not stdin.
     */
    @Test
    void anErrorInWhatHelm4PipesNamesTheTemplate(@TempDir Path tmp) {
        Processes.Result run = captureStream(tmp, "--set", "model.gpu.count=-1");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String stream = Yamls.read(tmp.resolve("stream.yaml"));
        assertThat(stream).doesNotContain("# Source:");
        Processes.Result direct = Processes.run(List.of(Processes.launcher("rhoai-krm"), "post-render"), EXAMPLE, Map.of(),
                stream.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(direct.exitCode()).isEqualTo(1);
        assertThat(direct.stderr()).contains("error: " + Helm3IT.MODEL_TEMPLATE + ": " + Helm3IT.GPU_COUNT_ERROR)
                .doesNotContain("<stdin>");
    }

    /** `helm template demo ./chart ARGS --post-renderer capture`, a plugin that keeps its stdin in stream.yaml under {@code tmp}. */
    private static Processes.Result captureStream(Path tmp, String... args) {
        Map<String, String> own = new HashMap<>(env);
        own.putAll(RealTools.helmHome(tmp.resolve("helm")));
        Path capture = tmp.resolve("capture"); // Helm expands $VARIABLES in the args: the file is named outright
        E2e.write(capture.resolve("plugin.yaml"), """
                apiVersion: v1
                type: postrenderer/v1
                name: capture
                version: 0.1.0
                runtime: subprocess
                runtimeConfig:
                  platformCommand:
                    - command: sh
                      args: [-c, "tee '%s'"]
                """.formatted(tmp.resolve("stream.yaml")));
        assertThat(helm(own, EXAMPLE, "plugin", "install", capture.toString()).exitCode()).isZero();
        List<String> command = new ArrayList<>(List.of("template", "demo", "./chart"));
        command.addAll(List.of(args));
        command.addAll(List.of("--post-renderer", "capture"));
        return helm(own, EXAMPLE, command.toArray(String[]::new));
    }

    @Test
    void templateWithThePluginPrintsTheGoldenObjects() {
        Processes.Result run = helm("template", "demo", "./chart", "--post-renderer", "rhoai-krm");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).doesNotContain("postrenderer.helm.sh", "kind: ModelServing");
        assertThat(withoutFilename(run.stdout()))
                .as("what the plugin's command printed for the same stream (HelmChartExampleIT), regrouped by Helm")
                .isEqualTo(withoutFilename(Yamls.read(EXAMPLE.resolve(".expected/post-rendered-helm4.yaml"))));
    }

    @Test
    void installDryRunClientNeedsNoCluster() {
        Processes.Result run = helm("install", "demo", "./chart", "--dry-run=client", "--post-renderer", "rhoai-krm");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("STATUS: pending-install", "DESCRIPTION: Dry run complete");
        String manifest = run.stdout().substring(run.stdout().indexOf("MANIFEST:\n") + "MANIFEST:\n".length());
        assertThat(withoutFilename(manifest)).isEqualTo(withoutFilename(Yamls.read(EXAMPLE.resolve(".expected/post-rendered-helm4.yaml"))));
    }

    /**
     * Hooks reach a Helm 4 post-renderer: a chart's test hook comes back unchanged, and an intent
     * that is a hook makes hooks (its objects carry its helm.sh/hook annotations), not manifests.
     */
    @Test
    void hooksPassThroughAndAHookIntentMakesHooks(@TempDir Path tmp) {
        Path chart = RealTools.chartCopy(tmp);
        E2e.write(chart.resolve("templates/tests/test-connection.yaml"), HOOK_TEST);
        E2e.write(chart.resolve("templates/warm-up.yaml"), HOOK_INTENT);
        Processes.Result run = helm("install", "demo", chart.toString(), "--dry-run=client", "--post-renderer", "rhoai-krm");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        String out = run.stdout();
        Map<String, Map<String, Object>> hooks = withoutFilename(out.substring(out.indexOf("HOOKS:\n") + 7, out.indexOf("MANIFEST:\n")));
        Map<String, Map<String, Object>> manifests = withoutFilename(out.substring(out.indexOf("MANIFEST:\n") + 10));

        assertThat(hooks.get("Pod//granite-8b-test")).as("the test hook, unchanged").isEqualTo(Yamls.load(HOOK_TEST
                .replace("{{ .Values.model.name }}", "granite-8b")).get(0));
        assertThat(hooks.keySet()).containsExactlyInAnyOrder("Pod//granite-8b-test", "Namespace//warm-up", "ServingRuntime/warm-up/warm-up",
                "InferenceService/warm-up/warm-up");
        hooks.forEach((key, o) -> {
            if (!key.startsWith("Pod/")) {
                assertThat(Yamls.map(Yamls.map(o, "metadata"), "annotations")).as(key)
                        .containsEntry("helm.sh/hook", "post-install").containsEntry("helm.sh/hook-weight", "5");
            }
        });
        assertThat(manifests).isEqualTo(withoutFilename(Yamls.read(EXAMPLE.resolve(".expected/post-rendered-helm4.yaml"))));
    }

    /**
     * --post-renderer-args go after the plugin's `post-render`: rhoai-krm takes none, so one it does
     * not know fails the release. Helm 4.1.4 drops a post-renderer plugin's stderr
     * (internal/plugin/runtime_subprocess.go runPostrenderer buffers it and never shows it), so the
     * reason is not on Helm's stderr; the same arguments on the plugin's command show it.
     */
    @Test
    void postRendererArgsArePassedThrough() {
        Processes.Result run = helm("template", "demo", "./chart", "--post-renderer", "rhoai-krm", "--post-renderer-args", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("plugin \"rhoai-krm\" exited with error");
        Processes.Result direct = Processes.run(List.of(Processes.launcher("rhoai-krm"), "post-render", "--no-such-option"), EXAMPLE);
        assertThat(direct.exitCode()).isEqualTo(2);
        assertThat(direct.stderr()).contains("Unknown option: '--no-such-option'");

        Processes.Result help = helm("template", "demo", "./chart", "--post-renderer", "rhoai-krm", "--post-renderer-args", "--help");
        assertThat(help.exitCode()).as("the usage is no manifest").isEqualTo(1);
        assertThat(help.stderr()).contains("error while parsing post rendered output");
    }

    /**
     * An intent error fails the release with nothing applied. Helm 4.1.4 shows only that the plugin
     * failed (see above); `helm template ... | rhoai-krm post-render`, as deploy/helm-postrenderer's
     * README says, prints the message.
     */
    @Test
    void anIntentErrorFailsTheRelease() {
        for (String verb : List.of("template", "install")) {
            Processes.Result run = helm(verb, "demo", "./chart", "--dry-run=client", "--set", "model.gpu.count=-1", "--post-renderer", "rhoai-krm");
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
            assertThat(run.stdout()).as(verb).isEmpty();
            assertThat(run.stderr()).as(verb).contains("failed to invoke post-renderer plugin \"rhoai-krm\"");
        }
        Processes.Result plain = helm("template", "demo", "./chart", "--set", "model.gpu.count=-1");
        Processes.Result direct = Processes.run(List.of(Processes.launcher("rhoai-krm"), "post-render"), EXAMPLE, Map.of(),
                plain.stdout().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(direct.exitCode()).isEqualTo(1);
        assertThat(direct.stderr()).as("Helm 4 prints \"# Source:\" lines too").contains("error: " + Helm3IT.MODEL_TEMPLATE + ": " + Helm3IT.GPU_COUNT_ERROR);
    }

}
