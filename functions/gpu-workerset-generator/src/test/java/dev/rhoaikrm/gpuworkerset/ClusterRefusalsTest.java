package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Values the cluster refuses are refused at render time, naming the field (issue #18 item 5, and
 * issue #15's weak list). The oracles are the upstream rules, read from the vendored CRDs where they
 * are data:
 * <ul>
 * <li>{@code scaleDown.utilizationThreshold}: the ClusterAutoscaler CRD's pattern {@code (0.[0-9]+)}
 *     (openshift/cluster-autoscaler-operator 5673ba0d install/01_clusterautoscaler.crd.yaml, matched
 *     unanchored as the API server does) and the operator's validator, strictly between 0 and 1
 *     (pkg/controller/clusterautoscaler/validator.go, validateScaleDownConfig);</li>
 * <li>{@code cores} / {@code memoryGiB}: the same validator's validateResourceRange, min at most max;</li>
 * <li>{@code kueue.cohort}: the ClusterQueue CRD's pattern and maxLength (kueue.x-k8s.io clusterqueue_v1beta1/v1beta2,
 *     vendored in test-support), a DNS-1123 subdomain;</li>
 * <li>a ResourceFlavor's nodeLabels, nodeTaints and tolerations: at most 8 each (resourceflavor_v1beta2 maxProperties /
 *     maxItems);</li>
 * <li>MachineSet names: object names and the value of the cluster-api-machineset label, so no '/', '..' or
 *     capitals from a free-form region or zone.</li>
 * </ul>
 */
class ClusterRefusalsTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster: {platform: aws, infrastructureId: ocp-2qkbk, region: us-east-2, image: ami-0fd7c367ed8a90d52}
              pools: [{name: l4, instanceType: g6.2xlarge, zones: [us-east-2a], replicas: {max: 2}%s}]
              clusterAutoscaler: %s
              kueue: %s
            """;

    static InProcess.Run render(String pool, String clusterAutoscaler, String kueue) {
        return InProcess.stdin(INTENT.formatted(pool, clusterAutoscaler, kueue), new GpuWorkerSetFunction());
    }

    @SuppressWarnings("unchecked")
    static Object schemaAt(String file, String... path) throws IOException {
        return Maps.at(ReplicasTest.vendoredSchema(file), path);
    }

    /** What the API server and the operator's validator make of a utilizationThreshold. */
    static boolean clusterAcceptsThreshold(String value, Pattern crd) {
        if (!crd.matcher(value).find()) {
            return false;
        }
        try {
            double v = Double.parseDouble(value);
            return v > 0 && v < 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Test
    void utilizationThresholdIsStrictlyBetweenZeroAndOne() throws IOException {
        Pattern crd = Pattern.compile(String.valueOf(schemaAt("autoscaling.openshift.io/clusterautoscaler_v1.json", "properties", "spec",
                "properties", "scaleDown", "properties", "utilizationThreshold", "pattern")));
        for (String value : List.of("0.5", "0.05", "0.999", "0", "1", "1.0", "0.0", "0.000", "10.5", "0.5x")) {
            InProcess.Run run = render("", "{scaleDown: {utilizationThreshold: \"" + value + "\"}}", "{clusterQueue: q}");
            boolean accepted = run.exitCode() == 0;
            assertThat(accepted).as(value + ": " + run.stderr()).isEqualTo(clusterAcceptsThreshold(value, crd));
            if (!accepted) {
                assertThat(run.stderr()).contains("spec.clusterAutoscaler.scaleDown.utilizationThreshold: \"" + value
                        + "\" is not a fraction strictly between 0 and 1");
            }
        }
    }

    @Test
    void coresAndMemoryRangesHaveMinAtMostMax() {
        InProcess.Run run = render("", "{cores: {min: 64, max: 32}, memoryGiB: {min: 10, max: 5}}", "{clusterQueue: q}");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.clusterAutoscaler.cores.min: min 64 is more than max 32",
                "spec.clusterAutoscaler.memoryGiB.min: min 10 is more than max 5", "Max must be greater than or equal to Min");
        assertThat(render("", "{cores: {min: 32, max: 32}}", "{clusterQueue: q}").exitCode()).isZero();
    }

    @Test
    void aCohortIsADns1123Subdomain() throws IOException {
        for (String file : List.of("kueue.x-k8s.io/clusterqueue_v1beta1.json", "kueue.x-k8s.io/clusterqueue_v1beta2.json")) {
            String field = file.contains("v1beta1") ? "cohort" : "cohortName";
            Pattern crd = Pattern.compile(String.valueOf(schemaAt(file, "properties", "spec", "properties", field, "pattern")));
            int maxLength = ((Number) schemaAt(file, "properties", "spec", "properties", field, "maxLength")).intValue();
            for (String cohort : List.of("gpu-teams", "team.a", "Team_A", "-a", "a..b", "a".repeat(254), "a".repeat(253))) {
                boolean accepted = render("", "{}", "{clusterQueue: q, cohort: \"" + cohort + "\"}").exitCode() == 0;
                assertThat(accepted).as(file + " " + cohort).isEqualTo(crd.matcher(cohort).find() && cohort.length() <= maxLength);
            }
        }
        assertThat(render("", "{}", "{clusterQueue: q, cohort: \"Team_A\"}").stderr())
                .contains("spec.kueue.cohort: \"Team_A\" is not a DNS-1123 subdomain");
    }

    @Test
    void aFlavorHoldsAtMostEightTolerations() throws IOException {
        int limit = ((Number) schemaAt("kueue.x-k8s.io/resourceflavor_v1beta2.json", "properties", "spec", "properties", "tolerations",
                "maxItems")).intValue();
        assertThat(KueueObjects.FLAVOR_LIST_LIMIT).isEqualTo(limit)
                .isEqualTo(((Number) schemaAt("kueue.x-k8s.io/resourceflavor_v1beta2.json", "properties", "spec", "properties", "nodeTaints",
                        "maxItems")).intValue())
                .isEqualTo(((Number) schemaAt("kueue.x-k8s.io/resourceflavor_v1beta2.json", "properties", "spec", "properties", "nodeLabels",
                        "maxProperties")).intValue());
        // the GPU taint's toleration and one per taint
        InProcess.Run fits = render(", taints: " + taints(limit - 1), "{}", "{clusterQueue: q}");
        assertThat(fits.exitCode()).as(fits.stderr()).isZero();
        InProcess.Run over = render(", taints: " + taints(limit), "{}", "{clusterQueue: q}");
        assertThat(over.exitCode()).isEqualTo(1);
        assertThat(over.stderr()).contains("spec.pools[0].taints: pool l4's ResourceFlavor would have 9 tolerations");
    }

    private static String taints(int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append("{key: t").append(i).append(", value: v, effect: NoSchedule}");
        }
        return b.append(']').toString();
    }

    @Test
    void aMachineSetNameCannotCarryASlashOrDots() {
        InProcess.Run stated = InProcess.stdin(INTENT.formatted("", "{}", "{clusterQueue: q}").replace("region: us-east-2,", "region: us/east-2,")
                .replace("zones: [us-east-2a]", "zones: [us/east-2a]"), new GpuWorkerSetFunction());
        assertThat(stated.exitCode()).isEqualTo(1);
        assertThat(stated.stderr()).contains("spec.cluster.region: \"us/east-2\" is not a region name");
        // a region from a saved MachineSet is not bound by the schema: the MachineSet name is checked
        String saved = """
                ---
                apiVersion: machine.openshift.io/v1beta1
                kind: MachineSet
                metadata:
                  name: ocp-2qkbk-worker-a
                  namespace: openshift-machine-api
                  labels: {machine.openshift.io/cluster-api-cluster: ocp-2qkbk}
                spec:
                  template:
                    metadata:
                      labels: {machine.openshift.io/cluster-api-machine-role: worker}
                    spec:
                      providerSpec:
                        value:
                          apiVersion: machine.openshift.io/v1beta1
                          kind: AWSMachineProviderConfig
                          ami: {id: ami-0fd7c367ed8a90d52}
                          placement: {region: us..east-2, availabilityZone: us..east-2a}
                """;
        String intent = """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: GpuWorkerSet
                metadata: {name: gpu-workers}
                spec:
                  cluster: {platform: aws, fromMachineSet: {name: ocp-2qkbk-worker-a}}
                  pools: [{name: l4, instanceType: g6.2xlarge}]
                """;
        InProcess.Run fromSource = InProcess.stdin(intent + saved, new GpuWorkerSetFunction());
        assertThat(fromSource.exitCode()).isEqualTo(1);
        assertThat(fromSource.stderr()).contains("spec.pools[0].zones[0]: makes the MachineSet name \"ocp-2qkbk-gpu-l4-us..east-2a\", which is not a DNS-1123 label");
    }
}
