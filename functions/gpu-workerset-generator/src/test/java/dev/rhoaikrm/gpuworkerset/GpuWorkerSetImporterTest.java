package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import dev.rhoaikrm.testsupport.InProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rhoai-krm import for GPU workers: the reference's MachineSets, MachineAutoscalers,
 * ClusterAutoscaler and Kueue objects become one GpuWorkerSet whose every difference is a
 * documented fix (golden: intent and report), and what each example renders imports back into an
 * intent that renders it exactly (AWS, Azure, GCP, stated and from a saved MachineSet).
 */
class GpuWorkerSetImporterTest {
    static final Path GOLDEN = Golden.projectRoot().resolve("functions/gpu-workerset-generator/src/test/resources/import-reference");

    @Test
    void everyFixIsDocumented() {
        ImportChecks.assertFixesDocumented(new GpuWorkerSetFunction(), Golden.projectRoot().resolve("functions/gpu-workerset-generator/README.md"));
    }

    @Test
    void importTheReference(@TempDir Path work) {
        Path reference = Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "GPU import of the reference not checked");
        Path dir = ImportChecks.copy(reference, work, "components/instances/gpu-workers", "components/instances/cluster-autoscaler",
                "components/instances/kueue-config");
        ImportChecks.importMatchesGolden(dir, new GpuWorkerSetFunction(), GOLDEN);
    }

    /**
     * The reference's default-gpu (spec: {}, the queue's CPU, memory and GPUs) becomes default-flavor:
     * the report says why with a fix of its own, not the per-pool flavors' fix.
     */
    @Test
    void theAnyNodeFlavorsRenameHasItsOwnReason(@TempDir Path work) {
        Path reference = Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "GPU import of the reference not checked");
        Path dir = ImportChecks.copy(reference, work, "components/instances/kueue-config", "components/instances/gpu-workers");
        GpuWorkerSetFunction f = new GpuWorkerSetFunction();
        InProcess.Run run = InProcess.importDir(dir, Optional.empty(), List.of(new FunctionImporter(f, f)));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("ResourceFlavor/default-gpu (components/instances/kueue-config/resource-flavor.yaml)",
                "renamed to ResourceFlavor/default-flavor  [fix: " + GpuWorkerSetFixes.DEFAULT_FLAVOR + "]");
        assertThat(run.stderr().lines().filter(l -> l.contains("renamed to ResourceFlavor/"))).hasSize(1);
    }

    @Test
    void examplesRoundTrip(@TempDir Path work) {
        ImportChecks.examplesRoundTrip(Golden.projectRoot().resolve("examples/gpu-workerset"), new GpuWorkerSetFunction(), work);
    }
}
