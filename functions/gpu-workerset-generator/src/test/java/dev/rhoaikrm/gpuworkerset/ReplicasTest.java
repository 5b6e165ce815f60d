package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated MachineSet states {@code spec.replicas}, the pool's minimum (issue #18 item 8): the
 * MachineSet CRD defaults an absent value to 1 (openshift/machine-api-operator main 95119612,
 * install/0000_30_machine-api-operator_03_machineset.Default.crd.yaml; the vendored schema
 * test-support machine.openshift.io/machineset_v1beta1.json says the same), which would start a GPU
 * machine in every zone of a {@code min: 0} pool on the first sync.
 */
class ReplicasTest {
    @TestFactory
    List<DynamicTest> everyMachineSetStartsAtItsPoolsMinimum() throws IOException {
        return ExamplesGoldenTest.examples().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            InProcess.Run run = InProcess.render(dir, List.of(new GpuWorkerSetFunction()));
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            List<Map<String, Object>> objects = ReferenceParityTest.load(run.stdout());
            List<Map<String, Object>> machineSets = objects.stream().filter(o -> "MachineSet".equals(o.get("kind"))).toList();
            assertThat(machineSets).isNotEmpty();
            for (Map<String, Object> ms : machineSets) {
                String name = Maps.string(ms, "metadata", "name");
                Map<String, Object> autoscaler = objects.stream().filter(o -> "MachineAutoscaler".equals(o.get("kind"))
                        && name.equals(Maps.string(o, "spec", "scaleTargetRef", "name"))).findFirst().orElseThrow();
                assertThat(Maps.at(ms, "spec", "replicas")).as(name).isNotNull().isEqualTo(Maps.at(autoscaler, "spec", "minReplicas"));
            }
        })).toList();
    }

    @TestFactory
    List<DynamicTest> theCrdDefaultsAnAbsentReplicasToOne() {
        return List.of(DynamicTest.dynamicTest("machineset_v1beta1", () -> assertThat(
                Maps.at(vendoredSchema("machine.openshift.io/machineset_v1beta1.json"), "properties", "spec", "properties", "replicas", "default"))
                .isEqualTo(1)));
    }

    /** A schema vendored in test-support (on the test classpath), read as YAML (JSON is YAML). */
    static Object vendoredSchema(String file) throws IOException {
        try (java.io.InputStream in = ReplicasTest.class.getClassLoader().getResourceAsStream("dev/rhoaikrm/testsupport/schemas/" + file)) {
            return new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                    .loadFromInputStream(java.util.Objects.requireNonNull(in, file));
        }
    }
}
