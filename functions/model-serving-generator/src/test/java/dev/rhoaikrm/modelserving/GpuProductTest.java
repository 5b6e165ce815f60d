package dev.rhoaikrm.modelserving;

import static dev.rhoaikrm.modelserving.VllmRulesTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #17, bad input: gpu.product is matched to the catalog's spelling (GPU feature discovery
 * labels nodes NVIDIA-L4, and a node selector matches exactly); a value no label can hold
 * (apimachinery validation.IsValidLabelValue) is an error; an unknown but valid one is a warning
 * naming the closest known product; gpu.count 0 with the CUDA image is refused.
 */
class GpuProductTest {

    @Test
    void aProductInAnotherCaseIsWrittenAsTheCatalogSpellsIt() {
        InProcess.Run run = render("""
                  model: {uri: "pvc://models/granite-3.3-2b-instruct"}
                  gpu: {count: 1, product: nvidia-l4}
                """);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("nvidia.com/gpu.product: NVIDIA-L4").doesNotContain("nvidia-l4");
        assertThat(run.stderr()).contains("info", "\"nvidia-l4\" written as the catalog and GPU feature discovery spell it: NVIDIA-L4");
    }

    @Test
    void apimachineryIsValidLabelValue_aProductNoNodeCanCarryIsAnError() {
        for (String product : List.of("NVIDIA L4", "NVIDIA-L4-", "x".repeat(64))) {
            InProcess.Run run = render("  model: {uri: \"pvc://models/granite-3.3-2b-instruct\"}\n  gpu: {count: 1, product: \"" + product + "\"}\n");
            assertThat(run.exitCode()).as(product).isEqualTo(1);
            assertThat(run.stderr()).as(product).contains("spec.gpu.product: \"" + product + "\" is no node label value");
        }
        assertThat(render("  model: {uri: \"pvc://models/granite-3.3-2b-instruct\"}\n  gpu: {count: 1, product: \"NVIDIA L4\"}\n").stderr())
                .contains("GPU feature discovery labels products like NVIDIA-L4");
    }

    @Test
    void anUnknownButValidProductIsAWarningNamingTheClosest() {
        InProcess.Run run = render("""
                  model: {uri: "pvc://models/granite-3.3-2b-instruct"}
                  gpu: {count: 1, product: NVIDIA-L40}
                """);
        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).contains("warning", "\"NVIDIA-L40\" is not a GPU product of the instance catalog: sizing skipped;"
                + " the closest known is NVIDIA-L4");
        assertThat(run.stdout()).contains("nvidia.com/gpu.product: NVIDIA-L40");
    }

    @Test
    void noGpuWithTheCudaImageIsRefused() {
        InProcess.Run run = render("""
                  model: {uri: "pvc://models/granite-3.3-2b-instruct"}
                  gpu: {count: 0}
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.gpu.count: 0 GPUs with the CUDA vLLM image", "set runtime.image to a CPU build");
    }

    @Test
    void noGpuWithACpuImageIsADeliberateCpuModel() {
        InProcess.Run run = render("""
                  model: {uri: "pvc://models/granite-3.3-2b-instruct"}
                  runtime: {image: quay.io/opendatahub/vllm:fast-cpu}
                  gpu: {count: 0}
                """);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).doesNotContain("nvidia.com/gpu", "recommended-accelerators");
    }
}
