package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ClusterAutoscaler's limits as the autoscaler and its operator take them.
 * <ul>
 * <li>{@code maxNodesTotal} counts every node of the cluster (kubernetes/autoscaler 55c37cd5
 *     cluster-autoscaler/FAQ.md, {@code max-nodes-total}: "Maximum number of nodes in all node groups"),
 *     which a GpuWorkerSet cannot know: written only when stated (issue #18 item 4); the operator passes
 *     the flag only when the field is set (openshift/cluster-autoscaler-operator 5673ba0d
 *     pkg/controller/clusterautoscaler/clusterautoscaler.go, {@code if rl.MaxNodesTotal != nil}).</li>
 * </ul>
 */
class ClusterAutoscalerLimitsTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster: {platform: aws, infrastructureId: ocp-2qkbk, region: us-east-2, image: ami-0fd7c367ed8a90d52}
              pools: [{name: l4, instanceType: g6.2xlarge, zones: [us-east-2a], replicas: {max: 6}}]
              clusterAutoscaler: %s
            """;

    static InProcess.Run render(String clusterAutoscaler) {
        return InProcess.stdin(INTENT.formatted(clusterAutoscaler), new GpuWorkerSetFunction());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resourceLimits(InProcess.Run run) {
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Map<String, Object> ca = ReferenceParityTest.load(run.stdout()).stream().filter(o -> "ClusterAutoscaler".equals(o.get("kind")))
                .findFirst().orElseThrow();
        return (Map<String, Object>) Maps.at(ca, "spec", "resourceLimits");
    }

    @Test
    void maxNodesTotalIsWrittenOnlyWhenStated() {
        assertThat(resourceLimits(render("{}"))).doesNotContainKey("maxNodesTotal").containsKey("gpus");
        assertThat(resourceLimits(render("{maxNodesTotal: 40}"))).containsEntry("maxNodesTotal", 40);
        InProcess.Run below = render("{maxNodesTotal: 8}");
        assertThat(below.exitCode()).isEqualTo(1);
        assertThat(below.stderr()).contains("spec.clusterAutoscaler.maxNodesTotal: 8 is below what the cluster can reach: 3 control plane"
                + " + 3 other workers + 6 GPU nodes");
    }
}
