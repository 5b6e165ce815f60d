package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kpt fn render --allow-exec with a Kptfile pipeline (exec + configPath) on a package holding an
 * example intent and hand-written YAML: the hand-written files come out exactly as kpt leaves
 * them with `cat` as the function, the generated files appear, and a second render changes nothing.
 */
class KptRenderIT {
    static final Path EXAMPLE = Golden.projectRoot().resolve("examples/model-serving/qwen-math-7b");

    @Test
    void renderInPlaceKeepsEveryPassThroughFileAndIsStable(@TempDir Path tmp) {
        E2e.KptRendered kpt = E2e.kptRenderBesideCat(EXAMPLE, Processes.launcher("model-serving-generator"), "model.yaml", tmp);
        Map<String, String> rendered = kpt.rendered();
        for (String file : List.of("hand-written.yaml", "model.yaml", "kustomization.yaml", ".expected/manifests.yaml", ".krmignore")) {
            assertThat(rendered.get(file)).as(file).isEqualTo(kpt.yardstick().get(file));
        }
        assertThat(rendered.keySet()).contains(
                "generated/qwen-math-7b/namespace_qwen-math-7b.yaml",
                "generated/qwen-math-7b/persistentvolumeclaim_qwen-model-weights.yaml",
                "generated/qwen-math-7b/servingruntime_qwen-math-7b.yaml",
                "generated/qwen-math-7b/inferenceservice_qwen-math-7b.yaml");
        assertThat(rendered.get("generated/qwen-math-7b/inferenceservice_qwen-math-7b.yaml"))
                .contains("storageUri: pvc://qwen-model-weights/Qwen2.5-Math-7B-Instruct")
                .doesNotContain("config.kubernetes.io/path");
    }

    @Test
    void renderFailureLeavesThePackageUntouched(@TempDir Path tmp) {
        String kpt = Processes.requireTool("kpt");
        Path pkg = tmp.resolve("pkg");
        E2e.copyTree(EXAMPLE, pkg);
        E2e.write(pkg.resolve("hand-written.yaml"), E2e.HAND_WRITTEN);
        E2e.write(pkg.resolve("Kptfile"), E2e.kptfile("pkg", Processes.launcher("model-serving-generator"), "model.yaml"));
        E2e.write(pkg.resolve("model.yaml"), E2e.snapshot(pkg).get("model.yaml").replace("count: 1,", "count: \"four\","));
        Map<String, String> before = E2e.snapshot(pkg);

        Processes.Result run = Processes.run(List.of(kpt, "fn", "render", "pkg", "--allow-exec"), tmp);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout() + run.stderr()).contains("spec.gpu.count: expected integer, got \\\"four\\\"");
        assertThat(E2e.snapshot(pkg)).isEqualTo(before);
    }

    @Test
    void evalWithExecAndFnConfig(@TempDir Path tmp) {
        String kpt = Processes.requireTool("kpt");
        Path pkg = tmp.resolve("pkg");
        E2e.copyTree(Golden.projectRoot().resolve("examples/model-serving/gpt-oss-120b"), pkg);
        Processes.Result run = Processes.run(List.of(kpt, "fn", "eval", "pkg", "--exec", Processes.launcher("model-serving-generator"),
                "--fn-config", "pkg/model.yaml"), tmp);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(E2e.snapshot(pkg)).containsKey("generated/gpt-oss-120b/inferenceservice_gpt-oss-120b.yaml");
    }
}
