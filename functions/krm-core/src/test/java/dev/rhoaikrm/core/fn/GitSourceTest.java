package dev.rhoaikrm.core.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rhoaikrm.core.yaml.YamlInputException;

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

    @Test
    void environmentValuesThatWouldAddFieldsOrTemplatesAreRefused(@TempDir Path repo) {
        for (String bad : List.of("https://example.com/r.git\nkind: Secret", "main\u2028x", "https://e.com/{{ .path.path }}", "a b")) {
            Environment cmp = new Environment(Map.of(GitSource.REPO_URL_VARIABLE, bad), repo);
            assertThatThrownBy(() -> GitSource.resolve(Optional.empty(), Optional.empty(), cmp, false))
                    .isInstanceOf(YamlInputException.class).hasMessageContaining("holds white space, a control character or {{ }}");
            Environment revision = new Environment(Map.of(GitSource.REPO_URL_VARIABLE, "https://e.com/r.git", GitSource.REVISION_VARIABLE, bad), repo);
            assertThatThrownBy(() -> GitSource.resolve(Optional.empty(), Optional.empty(), revision, false))
                    .isInstanceOf(YamlInputException.class);
        }
    }

    @Test
    void gitNeverRunsInTheArgoCdPlugin(@TempDir Path repo) throws Exception {
        for (List<String> c : List.of(List.of("git", "init", "-q", "-b", "work"), List.of("git", "remote", "add", "origin", "git@github.com:me/fork.git"))) {
            assertThat(new ProcessBuilder(c).directory(repo.toFile()).start().waitFor()).isZero();
        }
        Environment cmp = new Environment(Map.of("ARGOCD_APP_NAME", "demo"), repo);
        assertThat(GitSource.resolve(Optional.empty(), Optional.empty(), cmp, true)).isEmpty();
        assertThat(GitSource.resolve(Optional.of("https://e.com/r.git"), Optional.empty(), cmp, true).map(GitSource.Resolved::revision))
                .hasValue("HEAD");
    }
}
