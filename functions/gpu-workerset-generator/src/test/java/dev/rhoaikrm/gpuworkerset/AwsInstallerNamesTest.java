package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The AWS defaults work on clusters of either installer (issue #18 item 3). What the installers
 * name, from openshift/installer pkg/asset/machines/aws/machines.go {@code provider()}: before 4.16
 * (Terraform) the worker's group is {@code <infraId>-worker-sg} and its subnet
 * {@code <infraId>-private-<zone>}; from 4.16 (cluster API) the groups are {@code <infraId>-node} and
 * {@code <infraId>-lb} and the subnet {@code <infraId>-subnet-private-<zone>}; a cluster keeps its
 * names across upgrades. How the machine controller finds them, from
 * openshift/machine-api-provider-aws main (10718580) pkg/actuators/machine/instances.go:
 * {@code getSubnetIDs} describes subnets with the zone and the reference's filters (EC2: the values of
 * one filter are ORed, filters ANDed), {@code getSecurityGroupsIDs} attaches every group each
 * reference's filters match and fails only when none is found.
 */
class AwsInstallerNamesTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster: {platform: aws, infrastructureId: ocp-2qkbk, region: us-east-2, image: ami-0fd7c367ed8a90d52}
              pools: [{name: l4, instanceType: g6.2xlarge, zones: [us-east-2a, us-east-2b]}]
            """;

    /** The Name tags of one cluster's security groups and private subnets, by installer. */
    record ClusterNames(Set<String> groups, Set<String> subnets) {
    }

    static final ClusterNames BEFORE_4_16 = new ClusterNames(Set.of("ocp-2qkbk-worker-sg", "ocp-2qkbk-master-sg"),
            Set.of("ocp-2qkbk-private-us-east-2a", "ocp-2qkbk-private-us-east-2b", "ocp-2qkbk-public-us-east-2a"));
    static final ClusterNames FROM_4_16 = new ClusterNames(Set.of("ocp-2qkbk-node", "ocp-2qkbk-lb", "ocp-2qkbk-controlplane"),
            Set.of("ocp-2qkbk-subnet-private-us-east-2a", "ocp-2qkbk-subnet-private-us-east-2b", "ocp-2qkbk-subnet-public-us-east-2a"));

    /** The Name tags a reference's filters match among {@code names}: every tag:Name filter must match, on any of its values. */
    static List<String> matches(Object reference, Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            boolean all = true;
            for (Object filter : Maps.list(reference, "filters")) {
                all &= "tag:Name".equals(Maps.string(filter, "name")) && Maps.list(filter, "values").contains(name);
            }
            if (all) {
                out.add(name);
            }
        }
        return out;
    }

    @Test
    void theDefaultsFindEachInstallersSubnetAndGroups() {
        InProcess.Run run = InProcess.stdin(INTENT, new GpuWorkerSetFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<Map<String, Object>> specs = ReferenceParityTest.load(run.stdout()).stream().filter(o -> "MachineSet".equals(o.get("kind")))
                .map(ProviderSpecs::of).toList();
        assertThat(specs).hasSize(2);
        for (Map<String, Object> spec : specs) {
            String zone = Maps.string(spec, "placement", "availabilityZone");
            assertThat(matches(spec.get("subnet"), BEFORE_4_16.subnets())).containsExactly("ocp-2qkbk-private-" + zone);
            assertThat(matches(spec.get("subnet"), FROM_4_16.subnets())).containsExactly("ocp-2qkbk-subnet-private-" + zone);
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (Object ref : Maps.list(spec, "securityGroups")) {
                before.addAll(matches(ref, BEFORE_4_16.groups()));
                after.addAll(matches(ref, FROM_4_16.groups()));
            }
            assertThat(before).containsExactly("ocp-2qkbk-worker-sg");
            assertThat(after).containsExactlyInAnyOrder("ocp-2qkbk-node", "ocp-2qkbk-lb");
        }
    }

    @Test
    void statedNamesAreUsedAsTheyAre() {
        InProcess.Run run = InProcess.stdin(INTENT.replace("image: ami-0fd7c367ed8a90d52}",
                "image: ami-0fd7c367ed8a90d52, aws: {securityGroups: [ocp-2qkbk-worker-sg], subnets: {us-east-2a: subnet-0abc, us-east-2b: subnet-0def}}}"),
                new GpuWorkerSetFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Map<String, Object> spec = ReferenceParityTest.load(run.stdout()).stream().filter(o -> "MachineSet".equals(o.get("kind")))
                .map(ProviderSpecs::of).findFirst().orElseThrow();
        assertThat(spec.get("securityGroups")).isEqualTo(List.of(Map.of("filters", List.of(Map.of("name", "tag:Name",
                "values", List.of("ocp-2qkbk-worker-sg"))))));
        assertThat(spec.get("subnet")).isEqualTo(Map.of("id", "subnet-0abc"));
    }
}
