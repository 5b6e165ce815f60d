package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * kustomize v5.7.1 (kubectl v1.35.2 of ../shared/tools/real-tools, the kustomize the CMP image
 * pins) builds every kustomization of the repository as the kubectl on PATH (v1.32, kustomize
 * v5.5) does, byte for byte; and kustomize's helmCharts inflate a chart with the real Helm 3 under
 * our functions as transformers, as GitOps repositories use Helm.
 */
class Kustomize571IT {
    /** Where the repository's kustomizations are: the examples, the kustomize examples (the platform tree), deploy/. */
    static final List<String> ROOTS = List.of("examples", "kustomize-examples", "deploy");

    @TempDir
    static Path tmp;
    static Path pluginHome;

    @BeforeAll
    static void layOutPluginHome() {
        Processes.launcher("rhoai-krm");
        pluginHome = E2e.pluginHome(tmp.resolve("plugins"));
    }

    /** Every kustomization under {@link #ROOTS} without a remote base, relative to the project root. */
    static List<String> kustomizations() {
        List<String> all = new ArrayList<>();
        for (String root : ROOTS) {
            Path dir = Golden.projectRoot().resolve(root);
            PlatformTree.kustomizations(dir).stream().filter(d -> !PlatformTree.hasRemoteBase(dir.resolve(d)))
                    .map(d -> d.isEmpty() ? root : root + "/" + d).forEach(all::add);
        }
        return all;
    }

    static Processes.Result build(String kubectl, Path dir, String... flags) {
        List<String> command = new ArrayList<>(List.of(kubectl, "kustomize", "--enable-alpha-plugins"));
        command.addAll(List.of(flags));
        command.add(dir.toString());
        return Processes.run(command, dir, Map.of("KUSTOMIZE_PLUGIN_HOME", pluginHome.toString()), new byte[0]);
    }

    @TestFactory
    Stream<DynamicTest> everyKustomizationBuildsAsWithKustomize55() {
        String v571 = RealTools.KUBECTL.path();
        String v55 = Processes.requireTool("kubectl");
        List<String> dirs = kustomizations();
        Map<String, Processes.Result> with571 = PlatformTree.parallel(dirs, d -> build(v571, Golden.projectRoot().resolve(d)));
        Map<String, Processes.Result> with55 = PlatformTree.parallel(dirs, d -> build(v55, Golden.projectRoot().resolve(d)));
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d, () -> {
            Processes.Result a = with571.get(d);
            Processes.Result b = with55.get(d);
            assertThat(a.exitCode()).as(a.describe()).isZero();
            assertThat(a.stdout()).as("kustomize v5.7.1 against the kubectl on PATH").isEqualTo(b.stdout());
            assertThat(a.exitCode()).isEqualTo(b.exitCode());
        }));
    }

    /**
     * helmCharts: the example chart inflated by kustomize with the real Helm 3 as --helm-command (kustomize
     * v5.7.1 runs `helm version -c`, which Helm 4 no longer has), a ModelServing intent as transformer
     * config: the function expands the chart's intent and its own, and passes the chart's ConfigMap
     * on. The chart's objects are exactly what Helm's post-renderer makes of the same chart.
     */
    @Test
    void helmChartsWithOurFunctionsAsTransformers(@TempDir Path dir) {
        String helm = RealTools.HELM3.path();
        E2e.copyTree(HelmChartExampleIT.EXAMPLE.resolve("chart"), dir.resolve("charts/rhoai-models"));
        E2e.write(dir.resolve("kustomization.yaml"), """
                helmCharts:
                  - name: rhoai-models
                    releaseName: demo
                transformers: [model.yaml]
                """);
        E2e.write(dir.resolve("model.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata:
                  name: qwen-math-7b
                  annotations: {config.kubernetes.io/local-config: "true"}
                spec:
                  model: {uri: "oci://quay.io/redhat-ai-services/modelcar-catalog:qwen2.5-math-7b-instruct"}
                  gpu: {count: 1, product: NVIDIA-L40S}
                """);
        String[] flags = {"--enable-helm", "--helm-command", helm};
        Processes.Result run = build(RealTools.KUBECTL.path(), dir, flags);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).doesNotContain("kind: ModelServing", "config.kubernetes.io/");
        assertThat(SchemaValidator.shipped().validateYaml(run.stdout())).isEmpty();

        Map<String, Map<String, Object>> built = PlatformTree.byKey(run.stdout());
        Map<String, Map<String, Object>> chart = PlatformTree.byKey(Yamls.read(HelmChartExampleIT.EXAMPLE.resolve(".expected/post-rendered.yaml")));
        chart.forEach((key, o) -> assertThat(built.get(key)).as(key).isEqualTo(o));
        assertThat(built.keySet()).containsAll(chart.keySet())
                .contains("InferenceService/qwen-math-7b/qwen-math-7b", "ServingRuntime/qwen-math-7b/qwen-math-7b").hasSize(chart.size() + 3); // Namespace, ServingRuntime, InferenceService (the Route is the controller's)

        Processes.Result v55 = build(Processes.requireTool("kubectl"), dir, flags);
        assertThat(v55.stdout()).as("kustomize v5.5 with the same Helm").isEqualTo(run.stdout());
    }
}
