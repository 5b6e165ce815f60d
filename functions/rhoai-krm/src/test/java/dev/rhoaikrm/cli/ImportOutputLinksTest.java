package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import -o never writes through a symbolic link, and writes nothing when it refuses one (issue 15 item 3). */
class ImportOutputLinksTest {

    @Test
    void aLinkAtAnIntentsPathIsRefusedAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        Optional<Path> models = Golden.shared().map(s -> s.resolve("reference/rhoai-deploy-gitops/usecases/models"));
        assumeTrue(models.isPresent() && Files.isDirectory(models.get()), "../shared/reference is absent: import -o not checked");
        InProcess.Run clean = InProcess.importDir(models.get(), Optional.of(tmp.resolve("clean")), Functions.importers());
        assertThat(clean.exitCode()).as(clean.stderr()).isZero();
        List<String> written = files(tmp.resolve("clean"));
        assertThat(written).hasSizeGreaterThan(1);

        Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious\n");
        Path out = tmp.resolve("out");
        Path link = out.resolve(written.get(written.size() - 1));
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, victim);
        InProcess.Run run = InProcess.importDir(models.get(), Optional.of(out), Functions.importers());
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains("is a symbolic link in the output directory, and links are never written through",
                "nothing was written").doesNotContain("internal error");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(files(out)).containsExactly(written.get(written.size() - 1));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
