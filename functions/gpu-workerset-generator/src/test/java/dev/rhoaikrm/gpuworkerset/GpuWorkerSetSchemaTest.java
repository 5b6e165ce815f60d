package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.testsupport.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON Schema editors use for GpuWorkerSet (--schema), held to a golden copy: a changed field shows in review. */
class GpuWorkerSetSchemaTest {
    @Test
    void theJsonSchemaIsTheGoldenOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(FunctionCommand.commandLine(FunctionSet.of(List.of(new GpuWorkerSetFunction()), false), io).execute("--schema")).isZero();
        Golden.assertMatches(Golden.projectRoot().resolve("functions/gpu-workerset-generator/src/test/resources/schema/gpu-workerset.schema.json"),
                out.toString(StandardCharsets.UTF_8));
    }
}
