package dev.rhoaikrm.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.fn.Pipeline;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How rhoai-krm import finds differences and tells a documented fix from what needs a review. */
class ImportDifferencesTest {

    @Test
    void aMapOnOneSideIsComparedKeyByKey() {
        assertThat(ObjectDiff.diff(Map.of("metadata", Map.of("name", "a")),
                Map.of("metadata", Map.of("name", "a", "annotations", Map.of("argocd.argoproj.io/sync-wave", "1")))))
                .containsExactly("metadata.annotations.argocd.argoproj.io/sync-wave: added 1");
        assertThat(ObjectDiff.diff(Map.of("spec", Map.of("lifecycleHooks", Map.of())), Map.of()))
                .containsExactly("spec.lifecycleHooks: dropped (was {})");
        assertThat(ObjectDiff.diff(Map.of("replicas", 8), Map.of("replicas", "8"))).isEmpty();
    }

    @Test
    void aFixCoversItsPathAndWhatIsBelowIt() {
        Importable.Fix labels = new Importable.Fix("MachineSet", "spec.template.spec.metadata.labels", "labels");
        assertThat(labels.covers("MachineSet", "spec.template.spec.metadata.labels.cluster-api/accelerator", "added x")).isTrue();
        assertThat(labels.covers("MachineSet", "spec.template.spec.metadata.labelsX", "added x")).isFalse();
        assertThat(labels.covers("MachineAutoscaler", "spec.template.spec.metadata.labels.a", "added x")).isFalse();
        assertThat(new Importable.Fix("*", "spec.args[*", "elements").covers("Job", "spec.args[2]", "a -> b")).isTrue();
        Importable.Fix added = new Importable.Fix("DataScienceCluster", "spec.components", "added", "defaults");
        assertThat(added.covers("DataScienceCluster", "spec.components.kueue.defaultLocalQueueName", "added default")).isTrue();
        assertThat(added.covers("DataScienceCluster", "spec.components.kueue.managementState", "Managed -> Removed")).isFalse();
    }

    @Test
    void withoutGeneratedByDropsOnlyTheMark() {
        Map<String, Object> object = Manifests.map("kind", "X", "metadata", Manifests.map("name", "x",
                "annotations", Manifests.map(Pipeline.GENERATED_BY, "f/i")));
        assertThat(Manifests.withoutGeneratedBy(object)).isEqualTo(Map.of("kind", "X", "metadata", Map.of("name", "x")));
        assertThat(HandWritten.sameDirectory("components/instances/rhoai-instance/overlays/dev/", "instances/rhoai-instance/overlays/dev")).isTrue();
        assertThat(HandWritten.sameDirectory("a/b", "")).isFalse();
    }
}
