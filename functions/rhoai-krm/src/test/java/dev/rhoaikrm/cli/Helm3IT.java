package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Helm v3.17.3 on kustomize-examples/helm-post-renderer's chart, with
 * bin/rhoai-krm-post-render as --post-renderer, run from the example's folder as its README runs
 * it. Each test has a Helm home of its own (RealTools.helmHome), never the user's.
 */
class Helm3IT {
    static final Path EXAMPLE = HelmChartExampleIT.EXAMPLE;
    static final String POST_RENDER = "../../bin/rhoai-krm-post-render";
    static final String GPU_COUNT_ERROR = "ModelServing/granite-8b: spec.gpu.count: -1 is less than the minimum 0";
    /** The chart template the example's intent is in, as Helm names it ("# Source:", Helm 4's postrender-filename). */
    static final String MODEL_TEMPLATE = "rhoai-models/templates/model.yaml";

    static Processes.Result helm(Map<String, String> env, String... args) {
        Processes.launcher("rhoai-krm");
        List<String> command = new ArrayList<>(List.of(RealTools.HELM3.path()));
        command.addAll(List.of(args));
        return Processes.run(command, EXAMPLE, env, new byte[0]);
    }

    static String golden() {
        return Yamls.read(EXAMPLE.resolve(".expected/post-rendered.yaml"));
    }

    @Test
    void helmTemplatePrintsWhatRenderedYamlStandsFor(@TempDir Path home) {
        Processes.Result run = helm(RealTools.helmHome(home), "template", "demo", "./chart");
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).as("rendered.yaml is what Helm 3 prints and pipes to a post-renderer: regenerate it (README)")
                .isEqualTo(Yamls.read(EXAMPLE.resolve("rendered.yaml")));
    }

    @Test
    void helmTemplateWithThePostRendererPrintsTheGoldenManifests(@TempDir Path home) {
        Processes.Result run = helm(RealTools.helmHome(home), "template", "demo", "./chart", "--post-renderer", POST_RENDER);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).as("HelmChartExampleIT's golden file, from the same stream").isEqualTo(golden());
        assertThat(run.stderr()).isEmpty();
    }

    /**
     * The release Helm would install: exactly the post-rendered objects, looked up one by one in the
     * cluster, and nothing written. (OpenAPI validation is off: the fake server has no schemas; the
     * objects are held to the vendored schemas by HelmChartExampleIT.)
     */
    @Test
    void installDryRunClientMakesAReleaseOfThePostRenderedObjects(@TempDir Path home) {
        try (FakeKubeApi api = new FakeKubeApi()) {
            Map<String, String> env = RealTools.helmHome(home);
            env.put("KUBECONFIG", api.kubeconfig(home).toString());
            Processes.Result run = helm(env, "install", "demo", "./chart", "--dry-run=client", "--disable-openapi-validation",
                    "--post-renderer", POST_RENDER);
            assertThat(run.exitCode()).as(run.describe()).isZero();
            assertThat(run.stdout()).contains("NAME: demo", "STATUS: pending-install", "HOOKS:\nMANIFEST:\n");
            String manifest = run.stdout().substring(run.stdout().indexOf("MANIFEST:\n") + "MANIFEST:\n".length());
            List<Map<String, Object>> objects = Yamls.load(golden());
            assertThat(Yamls.load(manifest)).isEqualTo(objects);
            List<String> lookups = objects.stream().map(o -> FakeKubeApi.get(o, "default")).toList();
            assertThat(api.requests()).as("a dry run only reads").allMatch(r -> r.startsWith("GET "))
                    .containsAll(lookups);
        }
    }

    @Test
    void anIntentErrorFailsTheReleaseWithTheMessageOnStderr(@TempDir Path home) {
        try (FakeKubeApi api = new FakeKubeApi()) {
            Map<String, String> env = RealTools.helmHome(home);
            env.put("KUBECONFIG", api.kubeconfig(home).toString());
            for (String verb : List.of("template", "install")) {
                Processes.Result run = helm(env, verb, "demo", "./chart", "--dry-run=client", "--disable-openapi-validation",
                        "--set", "model.gpu.count=-1", "--post-renderer", POST_RENDER);
                assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
                assertThat(run.stdout()).as(verb).isEmpty();
                assertThat(run.stderr()).as(verb).contains("error while running post render",
                        "error: " + MODEL_TEMPLATE + ": " + GPU_COUNT_ERROR).doesNotContain("<stdin>");
            }
            assertThat(api.requests()).allMatch(r -> r.startsWith("GET "));
        }
    }
}
