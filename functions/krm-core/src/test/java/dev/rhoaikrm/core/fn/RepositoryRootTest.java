package dev.rhoaikrm.core.fn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where discovery takes the repository root from: the CMP's source path, a .git above, or the working directory. */
class RepositoryRootTest {

    @Test
    void inTheCmpTheSourcePathIsTakenOffTheWorkingDirectory(@TempDir Path tmp) throws IOException {
        Path app = Files.createDirectories(tmp.resolve("repo/clusters/overlays/dev"));
        RepositoryRoot root = RepositoryRoot.of(new Environment(Map.of("ARGOCD_APP_SOURCE_PATH", "clusters/overlays/dev"), app));
        assertThat(root.path()).isEqualTo(tmp.resolve("repo"));
        assertThat(root.foundFrom()).isEqualTo("ARGOCD_APP_SOURCE_PATH");
        assertThat(root.guessed()).isFalse();

        RepositoryRoot atRoot = RepositoryRoot.of(new Environment(Map.of("ARGOCD_APP_SOURCE_PATH", "."), tmp.resolve("repo")));
        assertThat(atRoot.path()).isEqualTo(tmp.resolve("repo"));
    }

    @Test
    void elsewhereTheNearestGitCheckoutThenTheWorkingDirectory(@TempDir Path tmp) throws IOException {
        Path pkg = Files.createDirectories(tmp.resolve("repo/clusters/dev"));
        assertThat(RepositoryRoot.of(new Environment(Map.of(), pkg)).guessed()).isTrue();
        Files.createDirectories(tmp.resolve("repo/.git"));
        RepositoryRoot root = RepositoryRoot.of(new Environment(Map.of(), pkg));
        assertThat(root.path()).isEqualTo(tmp.resolve("repo"));
        assertThat(root.foundFrom()).isEqualTo("the git checkout");
        // a source path that is not the end of the working directory is ignored
        RepositoryRoot mismatch = RepositoryRoot.of(new Environment(Map.of("ARGOCD_APP_SOURCE_PATH", "other/path"), pkg));
        assertThat(mismatch.path()).isEqualTo(tmp.resolve("repo"));
    }
}
