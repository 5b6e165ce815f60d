package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MachineSets as {@code oc get -o yaml} exports them from a running cluster (status, managedFields,
 * uid, the annotations kubectl, the provider's MachineSet controller, the MachineAutoscaler
 * controller and ArgoCD write, the provider spec's {@code metadata} and {@code capacityReservationId: ""}):
 * import takes them (issue #21 item 1) and neither import nor fromMachineSet copies what the author
 * did not write (item 2), through the one list {@link ServerWritten}.
 */
class ClusterExportTest {
    static final Path EXPORT = Golden.projectRoot().resolve("functions/gpu-workerset-generator/src/test/resources/cluster-export/machineset-gpu-l40s.yaml");

    @Test
    void anExportedMachineSetImportsWithoutWhatTheServerAndControllersWrote(@TempDir Path dir) throws IOException {
        Files.copy(EXPORT, dir.resolve("machineset-gpu-l40s.yaml"));
        GpuWorkerSetFunction function = new GpuWorkerSetFunction();
        InProcess.Run run = InProcess.importDir(dir, Optional.empty(), List.of(new FunctionImporter(function, function)));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("team: ml-platform", "instanceType: g6e.12xlarge", "sizeGiB: 500")
                .doesNotContain(ServerWritten.ANNOTATIONS.toArray(String[]::new))
                .doesNotContain("capacityReservationId", "managedFields", "uid", "resourceVersion", "status");
        ImportChecks.assertRenders(run.stdout(), function);
    }

    @Test
    void fromMachineSetTakesTheClusterFactsOfAnExportAndNothingTheServerOrControllersWrote(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("worker.yaml"), Files.readString(EXPORT).split("(?m)^---\n")[0]);
        Files.writeString(dir.resolve("gpu-workers.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: GpuWorkerSet
                metadata: {name: gpu-workers}
                spec:
                  cluster: {platform: aws, fromMachineSet: {file: worker.yaml}}
                  pools: [{name: l4, instanceType: g6.2xlarge, zones: [us-east-2b]}]
                """);
        InProcess.Run run = InProcess.render(dir, List.of(new GpuWorkerSetFunction()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("ami-0fd7c367ed8a90d52", "ocp-2qkbk-subnet-private-us-east-2b")
                .doesNotContain("last-applied-configuration", "tracking-id", "machineautoscaler:", "node-group-m", "team:",
                        "capacityReservationId", "0b6f3d52", "48211930", "creationTimestamp", "status:");
    }
}
