package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.importing.Importer;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rhoai-krm import on the reference repository's model folders: the intents it writes, and the
 * report of every field they render differently (which must be the documented fixes only; the
 * golden file is that list, reviewed). The imported intents then render without errors.
 */
class ImportTest {
    static final Path GOLDEN = Golden.projectRoot().resolve("functions/rhoai-krm/src/test/resources/golden/import-reference-models");

    @Test
    void importTheReferenceModels(@TempDir Path out) throws Exception {
        Path models = Golden.sharedOrSkip("reference/rhoai-deploy-gitops/usecases/models", "import of the reference models not checked");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        int code = new Importer(Functions.importers(), new Environment(Map.of(), models)).run(models, Optional.empty(), io);
        assertThat(code).isZero();
        Golden.assertMatches(GOLDEN.resolve("intents.yaml"), stdout.toString(StandardCharsets.UTF_8));
        Golden.assertMatches(GOLDEN.resolve("report.txt"), stderr.toString(StandardCharsets.UTF_8));

        Files.writeString(out.resolve("intents.yaml"), stdout.toString(StandardCharsets.UTF_8));
        InProcess.Run render = InProcess.render(out, Functions.all());
        assertThat(render.exitCode()).as(render.stderr()).isZero();
        assertThat(render.stdout().split("\nkind: InferenceService\n", -1)).hasSize(4);
        assertThat(List.of(render.stderr().split("\n"))).noneMatch(l -> l.contains("error"));
    }
}
