package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rhoai-krm import on the whole reference repository with every function: the intents it writes
 * (one file each, beside what they replace) and the report are golden and reviewed; every
 * difference the report lists is a fix a function README documents (none left to review); and the
 * written intent files render, each in its own folder as ArgoCD's plugin renders an application
 * directory, without an error.
 */
class ImportRoundTripTest {
    static final Path GOLDEN = Golden.projectRoot().resolve("functions/rhoai-krm/src/test/resources/golden/import-reference");

    @Test
    void everyFixOfEveryFunctionIsDocumented() {
        for (FunctionImporter f : Functions.importers()) {
            ImportChecks.assertFixesDocumented(f.importer(), Golden.projectRoot().resolve("functions/" + f.function().name() + "/README.md"));
        }
    }

    @Test
    void theWholeReferenceRoundTrips(@TempDir Path out) throws IOException {
        Path reference = Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "import round trip not checked");
        InProcess.Run run = InProcess.importDir(reference, Optional.of(out), Functions.importers());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEmpty();
        Golden.assertMatches(GOLDEN.resolve("report.txt"), run.stderr());
        assertThat(ImportChecks.reviewLines(run.stderr())).as("differences no function README documents").isEmpty();

        List<Path> written;
        try (Stream<Path> files = Files.walk(out)) {
            written = files.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder intents = new StringBuilder();
        for (Path file : written) {
            intents.append("# ").append(out.relativize(file)).append('\n').append(Files.readString(file));
            assertThat(Files.list(file.getParent()).filter(Files::isRegularFile).count()).as("one intent per folder: " + file).isOne();
            InProcess.Run render = InProcess.render(file.getParent(), Functions.all());
            assertThat(render.exitCode()).as(file + ": " + render.stderr()).isZero();
        }
        Golden.assertMatches(GOLDEN.resolve("intents.yaml"), intents.toString());
        assertThat(written).hasSize(10);
    }
}
