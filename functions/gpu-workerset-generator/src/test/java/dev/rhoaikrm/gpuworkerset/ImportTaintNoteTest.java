package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Import notes must be true (issue 21 item 7): nodes tainted nvidia.com/gpu="":NoSchedule, as
 * redhat-na-ssa/demo-ocp-autoscale-gpu taints them, are tainted; they only lack the taint the
 * function writes, and the note says so.
 */
class ImportTaintNoteTest {

    @Test
    void nodesWithAnotherGpuTaintAreNotCalledUntainted() {
        GpuWorkerSetFunction f = new GpuWorkerSetFunction();
        InProcess.Run run = InProcess.importDir(Golden.projectRoot().resolve("functions/gpu-workerset-generator/src/test/resources/import-tainted"),
                Optional.empty(), List.of(new FunctionImporter(f, f)));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).doesNotContain("untainted")
                .contains("the hand-written nodes lack the nvidia.com/gpu=present:NoSchedule taint, so taint: false keeps them without it");
        assertThat(run.stdout()).contains("taint: false", "key: nvidia.com/gpu");
    }
}
