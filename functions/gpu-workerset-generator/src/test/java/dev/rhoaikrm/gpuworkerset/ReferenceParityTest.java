package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * examples/gpu-workerset/aws-reference reproduces the reference repository's GPU workers
 * (components/instances/gpu-workers/examples/aws, cluster-autoscaler, kueue-config): the same
 * objects with the same values in the fields that matter. Where the output differs on purpose
 * (README.md, "Differences from the reference"), the test states the difference instead of
 * ignoring it. Skipped with a message when ../shared (the reference) is not beside the checkout.
 */
class ReferenceParityTest {
    Path reference;
    Map<String, Map<String, Object>> ours;

    @BeforeEach
    void render() throws IOException {
        reference = Golden.sharedOrSkip("reference/rhoai-deploy-gitops/components/instances", "reference parity not checked");
        InProcess.Run run = InProcess.render(Golden.projectRoot().resolve("examples/gpu-workerset/aws-reference"),
                List.of(new GpuWorkerSetFunction()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        ours = new TreeMap<>();
        load(run.stdout()).forEach(o -> ours.put(Maps.string(o, "kind") + "/" + Maps.string(o, "metadata", "name"), o));
    }

    @Test
    void machineSets() throws IOException {
        // Difference: the L4 MachineSet is named after its pool too (the reference's name would collide with a second pool in the zone).
        machineSet("gpu-machineset-l40s.yaml", "ocp-2qkbk-gpu-l40s-us-east-2a");
        machineSet("gpu-machineset-l4.yaml", "ocp-2qkbk-gpu-l4-us-east-2a");
    }

    private void machineSet(String file, String name) throws IOException {
        Map<String, Object> ref = load(Files.readString(reference.resolve("gpu-workers/examples/aws/" + file))).get(0);
        Map<String, Object> ms = ours.get("MachineSet/" + name);
        assertThat(ms).as(name).isNotNull();
        assertThat(Maps.at(ms, "metadata", "namespace")).isEqualTo(Maps.at(ref, "metadata", "namespace"));
        assertThat(map(ms, "metadata", "labels")).containsAllEntriesOf(map(ref, "metadata", "labels"));
        // Difference: the scale-from-zero annotations are the provider's MachineSet controller's to write (from the cloud's API);
        // the reference's values are the catalog's, which the controller would write too.
        Map<String, Object> sizes = map(ref, "metadata", "annotations");
        assertThat(sizes).containsOnlyKeys(ServerWritten.VCPU, ServerWritten.MEMORY_MB, ServerWritten.GPU);
        assertThat(map(ms, "metadata", "annotations")).doesNotContainKeys(ServerWritten.VCPU, ServerWritten.MEMORY_MB, ServerWritten.GPU);
        dev.rhoaikrm.catalog.InstanceType type = dev.rhoaikrm.catalog.InstanceCatalog.shipped()
                .find("aws", Maps.string(ref, "spec", "template", "spec", "providerSpec", "value", "instanceType")).orElseThrow();
        assertThat(sizes).containsEntry(ServerWritten.VCPU, String.valueOf(type.vcpu()))
                .containsEntry(ServerWritten.MEMORY_MB, String.valueOf(type.memoryMiB())).containsEntry(ServerWritten.GPU, String.valueOf(type.gpu().count()));
        // the provider spec is the reference's, field for field (cluster facts, instance type, disk, zone), but for
        Map<String, Object> ourSpec = new java.util.LinkedHashMap<>(map(ms, "spec", "template", "spec", "providerSpec", "value"));
        Map<String, Object> refSpec = new java.util.LinkedHashMap<>(map(ref, "spec", "template", "spec", "providerSpec", "value"));
        // Difference: the default subnet and security groups name both installers' resources (the reference's cluster was
        // installed with 4.16 or later; one installed before has <infraId>-private-<zone> and <infraId>-worker-sg).
        assertThat(ourSpec.remove("subnet")).isEqualTo(Map.of("filters", List.of(Map.of("name", "tag:Name",
                "values", List.of("ocp-2qkbk-subnet-private-us-east-2a", "ocp-2qkbk-private-us-east-2a")))));
        assertThat(refSpec.remove("subnet")).isEqualTo(Map.of("filters", List.of(Map.of("name", "tag:Name",
                "values", List.of("ocp-2qkbk-subnet-private-us-east-2a")))));
        assertThat(ourSpec.remove("securityGroups")).isEqualTo(List.of(
                Map.of("filters", List.of(Map.of("name", "tag:Name", "values", List.of("ocp-2qkbk-node", "ocp-2qkbk-worker-sg")))),
                Map.of("filters", List.of(Map.of("name", "tag:Name", "values", List.of("ocp-2qkbk-lb"))))));
        assertThat(refSpec.remove("securityGroups")).isEqualTo(List.of(
                Map.of("filters", List.of(Map.of("name", "tag:Name", "values", List.of("ocp-2qkbk-node")))),
                Map.of("filters", List.of(Map.of("name", "tag:Name", "values", List.of("ocp-2qkbk-lb"))))));
        assertThat(ourSpec).isEqualTo(refSpec);
        // node labels: the reference's, plus the pool and accelerator labels scale-from-zero needs
        assertThat(map(ms, "spec", "template", "spec", "metadata", "labels"))
                .containsAllEntriesOf(map(ref, "spec", "template", "spec", "metadata", "labels"))
                .containsKeys(Pool.POOL_LABEL, Pool.ACCELERATOR_LABEL)
                // Difference: the GPU product (GPU feature discovery's label) reaches the autoscaler through its capacity annotation.
                .doesNotContainKey(Pool.PRODUCT_LABEL);
        assertThat(map(ms, "metadata", "annotations")).containsKey(MachineObjects.CAPACITY_LABELS);
        if (Maps.string(ref, "metadata", "name").equals(name)) {
            assertThat(Maps.at(ms, "spec", "selector")).isEqualTo(Maps.at(ref, "spec", "selector"));
            assertThat(Maps.at(ms, "spec", "template", "metadata")).isEqualTo(Maps.at(ref, "spec", "template", "metadata"));
        }
        // Difference: spec.replicas is the pool's minimum, the MachineAutoscaler's afterwards (the reference: 1 on both pools).
        assertThat(Maps.at(ref, "spec", "replicas")).isEqualTo(1);
        assertThat(Maps.at(ms, "spec", "replicas")).isEqualTo(ours.get("MachineAutoscaler/" + name).get("spec") instanceof Map<?, ?> m
                ? m.get("minReplicas") : null);
        // Difference: GPU nodes are tainted so that only GPU workloads land on them.
        assertThat(Maps.list(ms, "spec", "template", "spec", "taints")).hasSize(1);
    }

    @Test
    void machineAutoscalers() throws IOException {
        for (String pool : List.of("l4", "l40s")) {
            Map<String, Object> ref = load(Files.readString(reference.resolve("gpu-workers/examples/aws/machine-autoscaler-" + pool + ".yaml"))).get(0);
            // Difference: named like the MachineSet it scales (the reference: gpu-<pool>-autoscaler, one per pool, not per zone).
            String name = "ocp-2qkbk-gpu-" + pool + "-us-east-2a";
            Map<String, Object> ma = ours.get("MachineAutoscaler/" + name);
            assertThat(ma).as(name).isNotNull();
            assertThat(Maps.at(ma, "spec", "minReplicas")).isEqualTo(Maps.at(ref, "spec", "minReplicas"));
            assertThat(Maps.at(ma, "spec", "maxReplicas")).isEqualTo(Maps.at(ref, "spec", "maxReplicas"));
            assertThat(Maps.at(ma, "spec", "scaleTargetRef", "kind")).isEqualTo(Maps.at(ref, "spec", "scaleTargetRef", "kind"));
            assertThat(Maps.at(ma, "spec", "scaleTargetRef", "name")).isEqualTo(name);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void clusterAutoscaler() throws IOException {
        Map<String, Object> ref = load(Files.readString(reference.resolve("cluster-autoscaler/cluster-autoscaler.yaml"))).get(0);
        Map<String, Object> ca = ours.get("ClusterAutoscaler/default");
        Map<String, Object> refSpec = new TreeMap<>(map(ref, "spec"));
        Map<String, Object> spec = new TreeMap<>(map(ca, "spec"));
        Map<String, Object> refLimits = (Map<String, Object>) refSpec.remove("resourceLimits");
        Map<String, Object> limits = (Map<String, Object>) spec.remove("resourceLimits");
        assertThat(spec).isEqualTo(refSpec);
        assertThat(limits.get("maxNodesTotal")).isEqualTo(refLimits.get("maxNodesTotal"));
        assertThat(map(ca, "metadata", "annotations")).containsAllEntriesOf(map(ref, "metadata", "annotations"));
        // Difference: GPU limits by the pools' cluster-api/accelerator value (what the autoscaler counts), at the pools' reach;
        // the reference's type nvidia.com/gpu matches no node, and its max 8 is below the 16 L40S the pools can reach.
        assertThat(refLimits.get("gpus")).isEqualTo(List.of(Map.of("type", "nvidia.com/gpu", "min", 0, "max", 8)));
        assertThat(limits.get("gpus")).isEqualTo(List.of(Map.of("type", "nvidia-l4", "min", 0, "max", 6),
                Map.of("type", "nvidia-l40s", "min", 0, "max", 16)));
    }

    @Test
    void kueue() throws IOException {
        for (Map<String, Object> ref : load(Files.readString(reference.resolve("kueue-config/examples/resource-flavors-nvidia.yaml")))) {
            Map<String, Object> flavor = ours.get("ResourceFlavor/" + Maps.string(ref, "metadata", "name"));
            assertThat(flavor).as(Maps.string(ref, "metadata", "name")).isNotNull();
            // Difference: the pool label (two pools of one GPU stay apart) instead of the GPU product, which GPU feature
            // discovery rewrites under time-slicing and MIG; and the taint's toleration.
            assertThat(map(ref, "spec", "nodeLabels")).containsOnlyKeys(Pool.PRODUCT_LABEL);
            assertThat(map(flavor, "spec", "nodeLabels")).containsOnlyKeys(Pool.POOL_LABEL);
        }
        Map<String, Object> ref = load(Files.readString(reference.resolve("kueue-config/cluster-queue.yaml"))).get(0);
        Map<String, Object> cq = ours.get("ClusterQueue/training-cluster-queue");
        assertThat(cq).isNotNull();
        assertThat(Maps.at(cq, "spec", "namespaceSelector")).isEqualTo(Maps.at(ref, "spec", "namespaceSelector"));
        assertThat(Maps.at(cq, "spec", "preemption")).isEqualTo(Maps.at(ref, "spec", "preemption"));
        assertThat(Maps.at(cq, "apiVersion")).isEqualTo(Maps.at(ref, "apiVersion")); // the example states the reference's RHOAI 3.3
        List<Object> groups = Maps.list(cq, "spec", "resourceGroups");
        Object refGroup = Maps.list(ref, "spec", "resourceGroups").get(0);
        // Difference: the same resources covered, CPU and memory in a group of their own under a flavor without node labels,
        // GPUs per pool (the reference's ResourceFlavor default-gpu names no node label), quotas from allocatable capacity.
        assertThat(Maps.list(ref, "spec", "resourceGroups")).hasSize(1);
        assertThat(groups.stream().flatMap(g -> Maps.list(g, "coveredResources").stream()).toList())
                .containsExactlyElementsOf(Maps.list(refGroup, "coveredResources"));
        assertThat(Maps.list(refGroup, "flavors")).extracting(f -> Maps.string(f, "name")).containsExactly("default-gpu");
        assertThat(Maps.list(groups.get(0), "flavors")).extracting(f -> Maps.string(f, "name")).containsExactly("default-flavor");
        assertThat(Maps.list(groups.get(1), "flavors")).extracting(f -> Maps.string(f, "name")).containsExactly("gpu-l4", "gpu-l40s");
        assertThat(ours).doesNotContainKey("ResourceFlavor/default-gpu").containsKey("ResourceFlavor/default-flavor");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String... path) {
        Object v = Maps.at(o, path);
        return v == null ? Map.of() : (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load(String yaml) {
        List<Map<String, Object>> docs = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(d -> {
            if (d != null) {
                docs.add((Map<String, Object>) d);
            }
        });
        return docs;
    }

}
