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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every GCP provider spec the function writes (spot with either model, on-demand, and those of the
 * examples and golden cases) passes the rules the GCP machine controller and the machine API's
 * webhook apply before they create an instance, encoded here from their code:
 * <ul>
 * <li>openshift/machine-api-provider-gcp {@code release-4.21} (91f71c9a, the first release branch with
 *     Spot; {@code main} 065e2b60 the same) {@code pkg/cloud/gcp/actuators/machine/reconciler.go}:
 *     {@code restartPolicyToBool} (L91-104) refuses {@code restartPolicy: Always} for a preemptible or
 *     {@code provisioningModel: Spot} instance ("preemptible/spot instances cannot be automatically
 *     restarted", every Machine Failed); {@code validateMachine} (L579-604) refuses another provisioning
 *     model than Spot, and preemptible together with Spot;</li>
 * <li>openshift/machine-api-operator {@code release-4.21} (88f39dc9) {@code pkg/webhooks/machine_webhook.go}
 *     {@code validateGCP} (from L1319): restartPolicy Always or Never, provisioningModel Spot or absent and
 *     never with preemptible; onHostMaintenance Migrate forbidden with {@code gpus} or an {@code a2-} type
 *     (Compute Engine refuses it for every GPU machine type, A3 and G2 included, so the rules here do).</li>
 * </ul>
 * Before 4.21 the field does not exist: openshift/api {@code release-4.21} (1cb630ce)
 * machine/v1beta1/types_gcpprovider.go L28-34, L140-147 adds {@code GCPProvisioningModelType} and
 * {@code provisioningModel}, absent from {@code release-4.20} (05da40ea) and earlier; the
 * {@code release-4.20} provider (01515888) decodes the providerSpec leniently
 * (pkg/cloud/gcp/actuators/util/register.go {@code ProviderSpecFromRawExtension}, sigs.k8s.io/yaml
 * {@code Unmarshal}) and the webhook only warns "Unknown field (provisioningModel) will be ignored"
 * (machine-api-operator {@code release-4.20} de0171b9 machine_webhook.go {@code validateUnknownFields}
 * L650-663): an on-demand VM with restartPolicy Never. Hence {@code spotModel: Preemptible} by default.
 */
class GcpProviderRulesTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster:
                platform: gcp
                infrastructureId: rhoai-gcp-m4q8z
                region: us-central1
                image: projects/rhcos-cloud/global/images/rhcos-418-94-202501221327-0-gcp-x86-64
                gcp: {projectID: rhoai-gpu-demo, spotModel: %s}
              pools:
                - {name: l4, instanceType: g2-standard-24, zones: [us-central1-a]}
                - {name: a100, instanceType: a2-highgpu-1g, zones: [us-central1-c], spot: true}
            """;

    /** The controller's and the webhook's refusals of one provider spec; empty when it would create the instance. */
    static List<String> refusals(Map<String, Object> spec) {
        List<String> out = new ArrayList<>();
        Object policy = spec.get("restartPolicy");
        boolean preemptible = Boolean.TRUE.equals(spec.get("preemptible"));
        Object model = spec.get("provisioningModel");
        boolean spot = "Spot".equals(model);
        if (policy != null && !policy.equals("Always") && !policy.equals("Never")) {
            out.add("restartPolicy must be either Never or Always");
        }
        if ("Always".equals(policy) && (preemptible || spot)) {
            out.add("preemptible/spot instances cannot be automatically restarted");
        }
        if (model != null && !spot) {
            out.add("Unsupported provisioning model " + model);
        }
        if (preemptible && spot) {
            out.add("preemptible cannot be used together with 'Spot' provisioning model");
        }
        String machineType = String.valueOf(spec.get("machineType"));
        boolean gpus = spec.get("gpus") != null || machineType.matches("(a2|a3|g2)-.*");
        if (gpus && "Migrate".equals(spec.get("onHostMaintenance"))) {
            out.add("onHostMaintenance must be set to Terminate");
        }
        return out;
    }

    static List<Map<String, Object>> gcpProviderSpecs(String yaml) {
        return ReferenceParityTest.load(yaml).stream().filter(o -> "MachineSet".equals(o.get("kind")))
                .map(o -> ProviderSpecs.of(o)).filter(s -> "GCPMachineProviderSpec".equals(s.get("kind"))).toList();
    }

    @Test
    void theRulesRefuseWhatTheControllerRefuses() {
        assertThat(refusals(Map.of("machineType", "a2-highgpu-1g", "preemptible", true, "restartPolicy", "Always")))
                .containsExactly("preemptible/spot instances cannot be automatically restarted");
        assertThat(refusals(Map.of("machineType", "a2-highgpu-1g", "preemptible", true, "provisioningModel", "Spot")))
                .containsExactly("preemptible cannot be used together with 'Spot' provisioning model");
        assertThat(refusals(Map.of("machineType", "g2-standard-8", "onHostMaintenance", "Migrate"))).hasSize(1);
    }

    @Test
    void spotPoolsOfEitherModelAndOnDemandPoolsStart(@TempDir Path dir) throws IOException {
        for (String model : List.of("Preemptible", "Spot")) {
            Files.writeString(dir.resolve("gpu-workers.yaml"), INTENT.formatted(model));
            InProcess.Run run = InProcess.render(dir, List.of(new GpuWorkerSetFunction()));
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            List<Map<String, Object>> specs = gcpProviderSpecs(run.stdout());
            assertThat(specs).hasSize(2).allSatisfy(s -> assertThat(refusals(s)).as(s.toString()).isEmpty());
            Map<String, Object> spot = specs.stream().filter(s -> "a2-highgpu-1g".equals(s.get("machineType"))).findFirst().orElseThrow();
            assertThat(spot).containsEntry("restartPolicy", "Never").containsEntry("onHostMaintenance", "Terminate");
            if (model.equals("Spot")) {
                assertThat(spot).containsEntry("provisioningModel", "Spot").doesNotContainKey("preemptible");
            } else {
                assertThat(spot).containsEntry("preemptible", true).doesNotContainKey("provisioningModel");
            }
            assertThat(specs.stream().filter(s -> "g2-standard-24".equals(s.get("machineType"))).findFirst().orElseThrow())
                    .containsEntry("restartPolicy", "Always").doesNotContainKeys("preemptible", "provisioningModel");
        }
    }

    @Test
    void everyGcpMachineSetOfTheExamplesAndGoldenCasesStarts() throws IOException {
        List<Path> outputs = new ArrayList<>();
        for (Path root : List.of(Golden.projectRoot().resolve("examples"), Golden.projectRoot().resolve("kustomize-examples"),
                GoldenCasesTest.CASES, GoldenCasesTest.KRM_CASES)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().contains(".expected") || f.getFileName().toString().equals("expected.yaml"))
                        .filter(f -> f.toString().endsWith(".yaml")).forEach(outputs::add);
            }
        }
        int gcp = 0;
        for (Path output : outputs) {
            for (Map<String, Object> spec : gcpProviderSpecs(Files.readString(output))) {
                assertThat(refusals(spec)).as(output + ": " + spec.get("machineType")).isEmpty();
                gcp++;
            }
        }
        assertThat(gcp).as("GCP MachineSets checked").isGreaterThan(3);
    }

    /**
     * a3-highgpu-1g, -2g and -4g are sold only as Spot or Flex-start capacity (the instance catalog's offeredAs,
     * from cloud.google.com/compute/docs/accelerator-optimized-machines); the machine API can ask for Spot only
     * (reconciler.go toComputeProvisioningModel knows no flex-start), so an on-demand pool is refused (issue #18 item 7).
     */
    @Test
    void a3HighgpuBelowEightGpusIsSpotOnly(@TempDir Path dir) throws IOException {
        String intent = INTENT.formatted("Spot").replace("instanceType: a2-highgpu-1g", "instanceType: a3-highgpu-2g");
        Files.writeString(dir.resolve("gpu-workers.yaml"), intent.replace(", spot: true}", "}"));
        InProcess.Run onDemand = InProcess.render(dir, List.of(new GpuWorkerSetFunction()));
        assertThat(onDemand.exitCode()).isEqualTo(1);
        assertThat(onDemand.stderr()).contains("spec.pools[1].spot: a3-highgpu-2g is offered only as spot or flex-start capacity");
        Files.writeString(dir.resolve("gpu-workers.yaml"), intent);
        InProcess.Run spot = InProcess.render(dir, List.of(new GpuWorkerSetFunction()));
        assertThat(spot.exitCode()).as(spot.stderr()).isZero();
        assertThat(gcpProviderSpecs(spot.stdout())).anySatisfy(s -> assertThat(s).containsEntry("machineType", "a3-highgpu-2g")
                .containsEntry("provisioningModel", "Spot"));
        assertThat(dev.rhoaikrm.catalog.InstanceCatalog.shipped().all().stream().filter(t -> !t.onDemand()).map(t -> t.name()))
                .containsExactly("a3-highgpu-1g", "a3-highgpu-2g", "a3-highgpu-4g");
    }
}
