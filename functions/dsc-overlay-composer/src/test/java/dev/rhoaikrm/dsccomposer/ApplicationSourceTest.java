package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the Application's repoURL and revision come from (dev.rhoaikrm.core.fn.GitSource): the
 * intent, else the ArgoCD CMP's environment, else git's origin when the intent opts in; and that
 * the CMP rendering the Application itself gets only the DataScienceCluster.
 */
class ApplicationSourceTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: DataScienceClusterComposition
            metadata: {name: default-dsc}
            spec:
              profiles: [serving]
              application: {path: components/instances/rhoai-instance%s}
            """;

    record Run(int exitCode, String stdout, String stderr) {
    }

    static Run run(String intent, Map<String, String> env, Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(intent.getBytes(StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new DscComposerFunction()), false), "test", new Environment(env, dir));
        int code = doors.standardInput(io);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fromTheArgoCdCmpEnvironment(@TempDir Path dir) {
        Run run = run(INTENT.formatted(""), Map.of("ARGOCD_APP_SOURCE_REPO_URL", "https://git.example.com/fork.git",
                "ARGOCD_APP_SOURCE_TARGET_REVISION", "feature-x", "ARGOCD_APP_NAME", "cluster-bootstrap"), dir);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("kind: DataScienceCluster", "repoURL: https://git.example.com/fork.git", "targetRevision: feature-x");
    }

    @Test
    void theIntentWinsOverTheEnvironment(@TempDir Path dir) {
        Run run = run(INTENT.formatted(", repoURL: https://github.com/o/r.git"),
                Map.of("ARGOCD_APP_SOURCE_REPO_URL", "https://git.example.com/fork.git"), dir);
        assertThat(run.stdout()).contains("repoURL: https://github.com/o/r.git", "targetRevision: HEAD");
    }

    @Test
    void insideTheApplicationItRendersOnlyTheDataScienceCluster(@TempDir Path dir) {
        Run run = run(INTENT.formatted(""), Map.of("ARGOCD_APP_SOURCE_REPO_URL", "https://git.example.com/fork.git",
                "ARGOCD_APP_NAME", "instance-rhoai"), dir);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("kind: DataScienceCluster").doesNotContain("kind: Application");
    }

    @Test
    void gitOnlyWhenAsked(@TempDir Path dir) throws Exception {
        git(dir, "init", "-q", "-b", "platform");
        git(dir, "remote", "add", "origin", "git@github.com:me/rhoai-fork.git");
        Run notAsked = run(INTENT.formatted(""), Map.of(), dir);
        assertThat(notAsked.exitCode()).isEqualTo(1);
        assertThat(notAsked.stderr()).contains("spec.application.repoURL: no repository for the Application");
        Run asked = run(INTENT.formatted(", useGitRemote: true"), Map.of(), dir);
        assertThat(asked.exitCode()).as(asked.stderr()).isZero();
        assertThat(asked.stdout()).contains("repoURL: https://github.com/me/rhoai-fork.git");
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).as(String.join(" ", command)).isTrue();
    }
}
