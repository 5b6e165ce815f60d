package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Helm's post-renderer contract (Helm 3 executable, Helm 4 plugin): the rendered chart as a
 * manifest stream on stdin, the stream Helm applies on stdout. Fed exactly what Helm feeds:
 * "# Source:" comments and the Helm 4 postrender-filename annotation on every document.
 */
class HelmPostRenderIT {
    static final String CHART = """
            ---
            # Source: models/templates/configmap.yaml
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: release-settings
              annotations:
                postrenderer.helm.sh/postrender-filename: 'models/templates/configmap.yaml'
            data:
              x: "1"
            ---
            # Source: models/templates/model.yaml
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: ModelServing
            metadata:
              name: granite
              annotations:
                postrenderer.helm.sh/postrender-filename: 'models/templates/model.yaml'
            spec:
              model:
                uri: oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct
              gpu: {count: 1, product: NVIDIA-L40S}
            """;

    @Test
    void intentsAreExpandedAndEverythingElsePassesThrough() {
        for (List<String> command : List.of(
                List.of(Processes.launcher("rhoai-krm"), "post-render"),
                List.of(Golden.projectRoot().resolve("bin/rhoai-krm-post-render").toString()))) {
            if (!command.get(0).endsWith("rhoai-krm") && !java.nio.file.Files.exists(java.nio.file.Path.of(command.get(0)))) {
                continue;
            }
            Processes.Result run = Processes.run(command, Golden.projectRoot(), Map.of(), CHART.getBytes(StandardCharsets.UTF_8));
            assertThat(run.exitCode()).as(run.describe()).isZero();
            String configMap = CHART.substring("---\n".length(), CHART.indexOf("---", 4));
            assertThat(run.stdout()).as("the ConfigMap passes through byte for byte").startsWith(configMap + "---\n");
            assertThat(run.stdout()).doesNotContain("kind: ModelServing").contains("kind: InferenceService");
            assertThat(run.stdout().split("postrenderer.helm.sh/postrender-filename: models/templates/model.yaml", -1))
                    .as("every generated object keeps the intent's template file").hasSizeGreaterThan(3);
        }
    }

    @Test
    void anErrorFailsHelmWithNothingOnStdout() {
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "post-render"), Golden.projectRoot(), Map.of(),
                CHART.replace("count: 1,", "count: -1,").getBytes(StandardCharsets.UTF_8));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).as("named after the template, not stdin")
                .contains("error: models/templates/model.yaml: ModelServing/granite: spec.gpu.count: -1 is less than the minimum 0");
    }
}
