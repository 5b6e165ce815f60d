package dev.rhoaikrm.gpuworkerset;


import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import java.nio.file.Path;
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

    @Test
    void examplesRoundTrip(@TempDir Path work) {
        ImportChecks.examplesRoundTrip(Golden.projectRoot().resolve("examples/gpu-workerset"), new GpuWorkerSetFunction(), work);
    }
}
