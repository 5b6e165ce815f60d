package dev.rhoaikrm.dsccomposer;

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

/**
 * DataScienceClusterComposition.java is the one declaration of the intent: the JSON Schema editors
 * use, generated from it (and from the shipped releases, profiles and tables for the fields that
 * take their schema from data), is held to a golden copy.
 */
class CompositionSchemaTest {
    @Test
    void theJsonSchemaIsTheGoldenOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(FunctionCommand.commandLine(FunctionSet.of(List.of(new DscComposerFunction()), false), io).execute("--schema")).isZero();
        Golden.assertMatches(Golden.projectRoot().resolve(
                "functions/dsc-overlay-composer/src/test/resources/schema/data-science-cluster-composition.schema.json"),
                out.toString(StandardCharsets.UTF_8));
    }
}
