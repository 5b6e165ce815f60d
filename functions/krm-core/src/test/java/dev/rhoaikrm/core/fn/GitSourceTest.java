package dev.rhoaikrm.core.fn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSourceTest {

    @Test
    void sshRemotesBecomeHttps() {
        assertThat(GitSource.toHttps("git@github.com:rrbanda/rhoai-deploy-gitops.git")).isEqualTo("https://github.com/rrbanda/rhoai-deploy-gitops.git");
        assertThat(GitSource.toHttps("ssh://git@gitlab.example.com:2222/team/repo.git")).isEqualTo("https://gitlab.example.com/team/repo.git");
        assertThat(GitSource.toHttps("https://user:token@github.com/o/r.git")).isEqualTo("https://github.com/o/r.git");
    }

    @Test
    void theIntentWinsThenTheCmpEnvironmentThenGit(@TempDir Path repo) throws Exception {
        Environment cmp = new Environment(Map.of(GitSource.REPO_URL_VARIABLE, "https://example.com/fork.git",
                GitSource.REVISION_VARIABLE, "feature"), repo);
        assertThat(GitSource.resolve(Optional.of("https://example.com/intent.git"), Optional.empty(), cmp, false))
                .hasValueSatisfying(r -> {
                    assertThat(r.repoURL()).isEqualTo("https://example.com/intent.git");
                    assertThat(r.revision()).isEqualTo("feature");
                });
        assertThat(GitSource.resolve(Optional.empty(), Optional.empty(), cmp, false).map(GitSource.Resolved::repoURL))
                .hasValue("https://example.com/fork.git");

        for (List<String> c : List.of(List.of("git", "init", "-q", "-b", "work"), List.of("git", "remote", "add", "origin", "git@github.com:me/fork.git"))) {
            assertThat(new ProcessBuilder(c).directory(repo.toFile()).start().waitFor()).isZero();
        }
        Environment plain = new Environment(Map.of(), repo);
        assertThat(GitSource.resolve(Optional.empty(), Optional.empty(), plain, false)).isEmpty();
        assertThat(GitSource.resolve(Optional.empty(), Optional.empty(), plain, true)).hasValueSatisfying(r -> {
            assertThat(r.repoURL()).isEqualTo("https://github.com/me/fork.git");
            assertThat(r.repoURLFrom()).isEqualTo("git remote origin");
        });
    }
}
