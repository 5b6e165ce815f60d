package dev.rhoaikrm.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.fn.Pipeline;
import java.util.List;
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
    }

    /** Typed, as the API server reads YAML and JSON: a string is no number, an integer no float. */
    @Test
    void scalarsCompareTyped() {
        assertThat(ObjectDiff.diff(Map.of("replicas", 8), Map.of("replicas", "8"))).containsExactly("replicas: 8 -> \"8\" (integer -> string)");
        assertThat(ObjectDiff.diff(Map.of("a", "true"), Map.of("a", true))).containsExactly("a: \"true\" -> true (string -> boolean)");
        assertThat(ObjectDiff.diff(Map.of("n", 1), Map.of("n", 1.0))).containsExactly("n: 1 -> 1.0 (integer -> float)");
        assertThat(ObjectDiff.diff(Map.of("n", 1), Map.of("n", 1L))).as("integers by value, whatever their width").isEmpty();
        assertThat(ObjectDiff.diff(Map.of("n", new java.math.BigInteger("5000000000")), Map.of("n", 5_000_000_000L))).isEmpty();
        assertThat(ObjectDiff.diff(Map.of("f", 0.90), Map.of("f", 0.9))).isEmpty();
        assertThat(ObjectDiff.diff(Map.of("l", List.of(8, 9)), Map.of("l", List.of("8", 9)))).containsExactly("l[0]: 8 -> \"8\" (integer -> string)");
        assertThat(ObjectDiff.diff(Map.of("l", List.of(8)), Map.of("l", List.of("8", "9")))).containsExactly("l: [8] -> [8, 9]");
        assertThat(ObjectDiff.diff(Map.of("m", Map.of("k", "v")), Map.of("m", "k=v"))).containsExactly("m: {k=v} -> \"k=v\" (map -> string)");
    }

    /** A fix covers the field it names, not what is below it, and only the change it names. */
    @Test
    void aFixCoversTheFieldAndTheChangeItNames() {
        Importable.Fix label = new Importable.Fix("MachineSet", "spec.template.spec.metadata.labels.cluster-api/accelerator", "added", "labels");
        assertThat(label.covers("MachineSet", "spec.template.spec.metadata.labels.cluster-api/accelerator", "added x")).isTrue();
        assertThat(label.covers("MachineSet", "spec.template.spec.metadata.labels.cluster-api/accelerator", "x -> y")).isFalse();
        assertThat(label.covers("MachineSet", "spec.template.spec.metadata.labels.other", "added x")).isFalse();
        assertThat(label.covers("MachineAutoscaler", "spec.template.spec.metadata.labels.cluster-api/accelerator", "added x")).isFalse();
        assertThat(new Importable.Fix("MachineSet", "spec.template.spec.metadata.labels", "labels")
                .covers("MachineSet", "spec.template.spec.metadata.labels.a", "added x")).as("nothing below the field").isFalse();
        assertThat(new Importable.Fix("*", "spec.args[*", "elements").covers("Job", "spec.args[2]", "a -> b")).isTrue();
        Importable.Fix number = new Importable.Fix("*", "spec.args[*", "--u=(\\d+\\.\\d*?)0+ -> --u=\\1$", "trailing zeros");
        assertThat(number.covers("Job", "spec.args[2]", "--u=0.90 -> --u=0.9")).isTrue();
        assertThat(number.covers("Job", "spec.args[2]", "--u=0.90 -> --u=0.8")).isFalse();
        Importable.Fix added = new Importable.Fix("DataScienceCluster", "spec.components.*", "added", "defaults");
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
