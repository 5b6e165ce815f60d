package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code instances} preset leaves to the cluster what its controllers write on the GPU MachineSets
 * that gpu-workerset-generator renders (issue #18 items 8 and 9), or ArgoCD's selfHeal undoes every
 * scale-up and fights the MachineSet controller:
 * <ul>
 * <li>{@code spec.replicas}: written once as the pool's minimum, then the cluster autoscaler's, through the
 *     scale subresource (openshift/kubernetes-autoscaler cluster-autoscaler/cloudprovider/clusterapi
 *     clusterapi_unstructured.go {@code SetSize}, driven by the MachineAutoscaler's bounds);</li>
 * <li>{@code machine.openshift.io/vCPU}, {@code memoryMb}, {@code GPU} and
 *     {@code capacity.cluster-autoscaler.kubernetes.io/labels}: the provider's MachineSet controller writes
 *     them from the cloud's instance-type API, merging {@code kubernetes.io/arch} into the labels
 *     (openshift/machine-api-provider-aws pkg/actuators/machineset/controller.go {@code reconcile}; -azure, -gcp
 *     alike).</li>
 * </ul>
 * The pointers are RFC 6901 JSON pointers, as ArgoCD reads them: {@code ~1} is a {@code /} of the key.
 */
class PresetTest {

    @Test
    void theInstancesPresetIgnoresWhatTheAutoscalerAndTheMachineSetControllerWrite() {
        Preset.Ignore machineSets = Preset.INSTANCES.ignoreDifferences.stream()
                .filter(i -> i.group().equals("machine.openshift.io") && i.kind().equals("MachineSet")).findFirst().orElseThrow();
        assertThat(machineSets.jsonPointers().stream().map(PresetTest::decode).toList()).containsExactlyInAnyOrder(
                List.of("spec", "replicas"),
                List.of("metadata", "annotations", "capacity.cluster-autoscaler.kubernetes.io/labels"),
                List.of("metadata", "annotations", "machine.openshift.io/vCPU"),
                List.of("metadata", "annotations", "machine.openshift.io/memoryMb"),
                List.of("metadata", "annotations", "machine.openshift.io/GPU"));
        // the operators' instances keep theirs
        assertThat(Preset.INSTANCES.ignoreDifferences).extracting(Preset.Ignore::kind).contains("ClusterPolicy", "NodeFeatureDiscovery");
    }

    /** RFC 6901: split on '/', then ~1 is '/' and ~0 is '~'. */
    private static List<String> decode(String pointer) {
        assertThat(pointer).startsWith("/");
        return java.util.Arrays.stream(pointer.substring(1).split("/", -1)).map(t -> t.replace("~1", "/").replace("~0", "~")).toList();
    }
}
