package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark script, on tiny inputs with one run each and no timing claims, so that it cannot rot. */
class BenchSmokeIT {
    @Test
    void benchRunsEveryCommand() {
        String python = Processes.requireTool("python3");
        Processes.launcher("model-serving-generator");
        Processes.Result run = Processes.run(List.of(python, Golden.projectRoot().resolve("bench/run").toString(), "--smoke"),
                Golden.projectRoot());
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("| what | how |", "model-serving-generator on its example", "floor")
                .doesNotContain("| failed |");
    }
}
