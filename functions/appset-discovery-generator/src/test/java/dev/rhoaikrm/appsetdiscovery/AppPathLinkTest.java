package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Application path through a link out of the repository: one answer, whatever lies out there (issue 15). */
class AppPathLinkTest {

    @Test
    void aLinkOutIsRefusedAlikeWhetherOrNotItsTargetExists(@TempDir Path tmp) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo/apps"));
        Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(tmp.resolve("outside/app.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Files.createSymbolicLink(repo.resolve("existing"), tmp.resolve("outside"));
        Files.createSymbolicLink(repo.resolve("missing"), tmp.resolve("nothing-here"));
        Files.createSymbolicLink(repo.resolve("climbing"), Path.of("../../outside"));
        RepositoryTree tree = RepositoryTree.scan(tmp.resolve("repo"));
        for (String path : new String[] {"apps/existing", "apps/missing", "apps/climbing", "../outside"}) {
            assertThat(tree.appPathProblem(path)).as(path).isEqualTo("leaves the repository (through .. or a symbolic link)");
        }
        assertThat(tree.appPathProblem("apps/nothing")).isEqualTo("does not exist in the working tree");
    }
}
