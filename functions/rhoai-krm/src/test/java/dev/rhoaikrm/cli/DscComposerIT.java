package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dsc-overlay-composer end to end: its dev example (the DataScienceCluster and the Application that
 * owns it) rendered in place by kpt fn render --allow-exec, leaving the files it does not own
 * byte for byte as `cat` does, and stable on a second render; and built by kubectl kustomize with the
 * plugin home, as a generator and as a transformer that cross-checks the kustomization's objects.
 */
class DscComposerIT {
    static final Path EXAMPLE = Golden.projectRoot().resolve("examples/dsc-composer/dev");

    @TempDir
    static Path pluginHome;

    @Test
    void kptRenderInPlaceIsLosslessAndStable(@TempDir Path tmp) {
        E2e.KptRendered kpt = E2e.kptRenderBesideCat(EXAMPLE, Processes.launcher("dsc-overlay-composer"), "dsc.yaml", tmp);
        for (String file : List.of("hand-written.yaml", "dsc.yaml", "kustomization.yaml", ".expected/manifests.yaml", ".krmignore")) {
            assertThat(kpt.rendered().get(file)).as(file).isEqualTo(kpt.yardstick().get(file));
        }
        String dsc = kpt.rendered().get("generated/default-dsc/datasciencecluster_default-dsc.yaml");
        String app = kpt.rendered().get("generated/default-dsc/application_instance-rhoai.yaml");
        assertThat(dsc).contains("apiVersion: datasciencecluster.opendatahub.io/v2", "defaultClusterQueueName: training-cluster-queue")
                .doesNotContain("config.kubernetes.io/path");
        assertThat(app).contains("path: components/instances/rhoai-instance/overlays/dev", "prune: false");
    }

    static Processes.Result kustomize(Path dir) {
        Processes.launcher("dsc-overlay-composer");
        return E2e.kustomize(dir, E2e.pluginHome(pluginHome));
    }

    @Test
    void kubectlKustomizeBuildsTheExampleWithTheGenerator() {
        Processes.Result run = kustomize(EXAMPLE);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("kind: DataScienceCluster", "kind: Application")
                .doesNotContain("kind: DataScienceClusterComposition", "config.kubernetes.io/path");
        assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
    }

    @Test
    void asATransformerItCrossChecksTheKustomizationsObjects(@TempDir Path dir) {
        E2e.write(dir.resolve("kustomization.yaml"), """
                resources: [queue.yaml, dsc.yaml]
                transformers: [dsc.yaml]
                """);
        E2e.write(dir.resolve("queue.yaml"), """
                apiVersion: kueue.x-k8s.io/v1beta1
                kind: ClusterQueue
                metadata:
                  name: team-queue
                spec:
                  namespaceSelector: {}
                """);
        E2e.write(dir.resolve("dsc.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: DataScienceClusterComposition
                metadata:
                  name: default-dsc
                  annotations: {config.kubernetes.io/local-config: "true"}
                spec:
                  profiles: [training]
                  components:
                    kueue: {defaultClusterQueueName: training-cluster-queue}
                """);
        Processes.Result run = kustomize(dir);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("name: team-queue", "kind: DataScienceCluster")
                .doesNotContain("kind: DataScienceClusterComposition", "kustomize.config.k8s.io/id");
        // kubectl shows a plugin's stderr only when it fails: the warnings, from the same call kustomize makes
        Processes.Result plugin = Processes.run(List.of(Processes.launcher("dsc-overlay-composer"), "dsc.yaml"), dir, Map.of(),
                E2e.snapshot(dir).get("queue.yaml").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(plugin.exitCode()).as(plugin.describe()).isZero();
        assertThat(plugin.stderr()).contains("no ClusterQueue \"training-cluster-queue\" in the input (ClusterQueues: team-queue)",
                "with trainer.managementState Managed: needs JobSet Operator (a Subscription of package job-set), which is not in the input");
    }
}
