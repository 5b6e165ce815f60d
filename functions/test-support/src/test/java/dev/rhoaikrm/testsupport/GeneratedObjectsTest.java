package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every object a function generated, in every golden output of the repository (the examples'
 * .expected/, the golden cases' expected.yaml, the kustomize examples' .expected/), is valid
 * against its schema and that schema's CEL rules, and the rules do run: on every kind the functions
 * generate whose schema has rules that apply on a create. The function modules' own tests hold the
 * outputs to these files and validate them as they render; this test shows the CEL coverage.
 * A DataScienceCluster or DSCInitialization is valid only against the CRD of the release its
 * composition names, which the composer's own tests use ({@link SchemaValidator#forRelease}); the
 * release is not in the output, so those two kinds are left to them here.
 */
class GeneratedObjectsTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyGeneratedObjectHoldsToItsSchemasCelRules() {
        List<String> problems = new ArrayList<>();
        Map<String, TreeSet<String>> rulesByKind = new TreeMap<>();
        Map<String, Integer> objectsByKind = new TreeMap<>();
        for (Path file : goldenOutputs()) {
            for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(read(file))) {
                if (doc instanceof Map<?, ?> o && generated(o) && !releaseSpecific(o)) {
                    Map<String, Object> object = (Map<String, Object>) o;
                    String kind = object.get("apiVersion") + " " + object.get("kind");
                    objectsByKind.merge(kind, 1, Integer::sum);
                    rulesByKind.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(SchemaValidator.shipped().celRulesRun(object));
                    SchemaValidator.shipped().validate(object).forEach(p -> problems.add(file + ": " + p));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(objectsByKind.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(200);
        // the kinds with rules that apply on a create, and the rules that ran on them
        assertThat(rulesByKind.get("kueue.x-k8s.io/v1beta1 ResourceFlavor")).contains(
                "spec.tolerations: self.all(x, !has(x.key) ? x.operator == 'Exists' : true)",
                "spec.tolerations: self.all(x, has(x.tolerationSeconds) ? x.effect == 'NoExecute' : true)",
                "spec: !has(self.topologyName) || self.nodeLabels.size() >= 1");
        assertThat(rulesByKind.get("kueue.x-k8s.io/v1beta1 ClusterQueue")).contains(
                "spec.resourceGroups[0]: self.flavors.all(x, size(x.resources) == size(self.coveredResources))",
                "spec.preemption: !(self.reclaimWithinCohort == 'Never' && has(self.borrowWithinCohort) &&  self.borrowWithinCohort.policy != 'Never')",
                "spec.flavorFungibility: !has(self.preference) || (self.whenCanBorrow == 'TryNextFlavor' && self.whenCanPreempt == 'TryNextFlavor')");
        assertThat(rulesByKind.get("route.openshift.io/v1 Route")).contains(
                "spec: !has(self.tls) || self.tls.termination != 'passthrough' || !has(self.httpHeaders)",
                "spec.tls: has(self.termination) && has(self.insecureEdgeTerminationPolicy) ?"
                        + " !((self.termination=='passthrough') && (self.insecureEdgeTerminationPolicy=='Allow')) : true");
        assertThat(rulesByKind.keySet()).noneMatch(k -> k.endsWith(" DataScienceCluster") || k.endsWith(" DSCInitialization"));
    }

    private static boolean releaseSpecific(Map<?, ?> o) {
        return "DataScienceCluster".equals(o.get("kind")) || "DSCInitialization".equals(o.get("kind"));
    }

    private static boolean generated(Map<?, ?> o) {
        return o.get("metadata") instanceof Map<?, ?> m && m.get("annotations") instanceof Map<?, ?> a
                && a.containsKey(Pipeline.GENERATED_BY);
    }

    static List<Path> goldenOutputs() {
        Path root = Golden.projectRoot();
        try (Stream<Path> walk = Stream.of("examples", "kustomize-examples", "functions").flatMap(d -> walk(root.resolve(d)))) {
            return walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/target/")
                            && (p.toString().contains("/.expected/") || p.getFileName().toString().equals("expected.yaml")))
                    .sorted().toList();
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
