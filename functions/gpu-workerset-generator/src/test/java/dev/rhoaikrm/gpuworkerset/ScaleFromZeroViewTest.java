package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the cluster's controllers see of a pool (issue #18 item 2), checked on every example:
 * <ul>
 * <li>nodelink copies the MachineSet template's labels onto the Node on every reconcile
 *     (openshift/machine-api-operator {@code main} 95119612, pkg/controller/nodelink/nodelink_controller.go:
 *     {@code for k, v := range machine.Spec.Labels { modNode.Labels[k] = v }}), while GPU feature discovery
 *     rewrites {@code nvidia.com/gpu.product} under time-slicing and MIG: the template must not carry it;</li>
 * <li>the cluster autoscaler's picture of a node of a pool at zero is the template's labels plus the
 *     "k=v,k=v" pairs of {@code capacity.cluster-autoscaler.kubernetes.io/labels} (openshift/kubernetes-autoscaler
 *     0458c092, cluster-autoscaler/cloudprovider/clusterapi/clusterapi_unstructured.go {@code Labels()}; the
 *     same in kubernetes/autoscaler 0369bcb7): it must hold the product, the pool and accelerator labels, also
 *     after the provider's MachineSet controller merged {@code kubernetes.io/arch} into the annotation
 *     (machine-api-provider-aws 10718580 pkg/actuators/machineset/controller.go, {@code MergeCommaSeparatedKeyValuePairs});</li>
 * <li>the scale-from-zero size annotations are left to the provider's MachineSet controller (issue #18 item 9);</li>
 * <li>a Kueue ResourceFlavor's nodeLabels are injected into admitted pods as a node selector: they must be
 *     labels the template gives every node, so that the selector matches a node the autoscaler can make.</li>
 * </ul>
 */
class ScaleFromZeroViewTest {

    /** The autoscaler's labels of a node of {@code machineSet}, as its clusterapi provider computes them. */
    static Map<String, String> autoscalerLabels(Map<String, Object> machineSet, String annotation) {
        Map<String, String> labels = new LinkedHashMap<>(map(Maps.at(machineSet, "spec", "template", "spec", "metadata", "labels")));
        if (annotation != null) {
            for (String pair : annotation.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2) {
                    labels.put(kv[0], kv[1]);
                }
            }
        }
        return labels;
    }

    @TestFactory
    List<DynamicTest> examples() throws IOException {
        return ExamplesGoldenTest.examples().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir))).toList();
    }

    private static void check(Path dir) {
        InProcess.Run run = InProcess.render(dir, List.of(new GpuWorkerSetFunction()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<Map<String, Object>> objects = ReferenceParityTest.load(run.stdout());
        List<Map<String, Object>> machineSets = objects.stream().filter(o -> "MachineSet".equals(o.get("kind"))).toList();
        assertThat(machineSets).isNotEmpty();
        for (Map<String, Object> ms : machineSets) {
            Map<String, String> template = map(Maps.at(ms, "spec", "template", "spec", "metadata", "labels"));
            assertThat(template).doesNotContainKey(Pool.PRODUCT_LABEL).containsKeys(Pool.POOL_LABEL, Pool.ACCELERATOR_LABEL);
            // issue #18 item 9: the size of a node at zero (machine.openshift.io/vCPU, memoryMb, GPU) is the provider's
            // MachineSet controller's to write from the cloud's instance-type API (machine-api-provider-aws 10718580
            // pkg/actuators/machineset/controller.go reconcile; -azure, -gcp the same): a value in Git would fight it.
            // Of the server-written annotations, only the capacity labels (which the controller merges into) are ours.
            Map<String, String> annotations = map(Maps.at(ms, "metadata", "annotations"));
            assertThat(annotations).doesNotContainKeys(ServerWritten.ANNOTATIONS.stream()
                    .filter(a -> !a.equals(MachineObjects.CAPACITY_LABELS)).toArray(String[]::new));
            String annotation = annotations.get(MachineObjects.CAPACITY_LABELS);
            String merged = "kubernetes.io/arch=amd64," + annotation;
            for (String value : List.of(annotation, merged)) {
                assertThat(autoscalerLabels(ms, value)).containsKeys(Pool.PRODUCT_LABEL, Pool.POOL_LABEL, Pool.ACCELERATOR_LABEL)
                        .containsEntry(Pool.POOL_LABEL, template.get(Pool.POOL_LABEL));
            }
        }
        for (Map<String, Object> flavor : objects.stream().filter(o -> "ResourceFlavor".equals(o.get("kind"))).toList()) {
            Map<String, String> selector = map(Maps.at(flavor, "spec", "nodeLabels"));
            if (selector.isEmpty()) {
                continue; // the non-GPU flavor: any node
            }
            assertThat(selector).doesNotContainKey(Pool.PRODUCT_LABEL);
            assertThat(machineSets).as("a MachineSet whose nodes the flavor %s selects", Maps.string(flavor, "metadata", "name"))
                    .anySatisfy(ms -> assertThat(map(Maps.at(ms, "spec", "template", "spec", "metadata", "labels"))).containsAllEntriesOf(selector));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> map(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, String.valueOf(v)));
        }
        return out;
    }
}
