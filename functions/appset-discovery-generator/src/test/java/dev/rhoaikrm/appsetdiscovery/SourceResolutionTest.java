package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No fork rewriting: the example renders the same with and without the ArgoCD CMP environment
 * (its repoURL is stated); without repoURL the CMP's repository and revision are used; and from a
 * git checkout whose origin is a fork (SSH), useGitRemote points every source at the fork over
 * HTTPS and at the checked-out branch.
 */
class SourceResolutionTest {
    static final Path EXAMPLE = ExamplesGoldenTest.EXAMPLES.resolve("rhoai-deploy-gitops");
    static final String REFERENCE_REPO = "https://github.com/rrbanda/rhoai-deploy-gitops.git";
    static final Map<String, String> CMP = Map.of(
            "ARGOCD_APP_NAME", "cluster-bootstrap",
            "ARGOCD_APP_SOURCE_REPO_URL", "https://git.example.com/team/fork.git",
            "ARGOCD_APP_SOURCE_TARGET_REVISION", "release-1",
            "ARGOCD_APP_SOURCE_PATH", "clusters/overlays/dev");

    /** The example intent without its repoURL and revision: what a fork of the reference would keep. */
    static String forkIntent(String extra) throws IOException {
        String intent = Files.readString(EXAMPLE.resolve("cluster.yaml"))
                .replace("  repoURL: " + REFERENCE_REPO + "\n", "")
                .replace("  revision: main\n", "");
        assertThat(intent).doesNotContain("repoURL:", "revision:");
        return intent.replace("spec:\n", "spec:\n" + extra);
    }

    @Test
    void theIntentsRepoUrlWinsOverTheCmpEnvironment(@TempDir Path tmp) {
        InProcess.Run plain = Runs.render(EXAMPLE, Map.of(), tmp);
        InProcess.Run inCmp = Runs.render(EXAMPLE, CMP, tmp);
        assertThat(plain.exitCode()).as(plain.stderr()).isZero();
        assertThat(inCmp.stdout()).isEqualTo(plain.stdout());
        assertThat(inCmp.stderr()).isEmpty();
    }

    @Test
    void withoutRepoUrlTheCmpEnvironmentDecides(@TempDir Path tmp) throws IOException {
        InProcess.Run run = Runs.stdin(forkIntent(""), CMP, tmp);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).doesNotContain(REFERENCE_REPO, "targetRevision: main")
                .contains("repoURL: https://git.example.com/team/fork.git", "targetRevision: release-1", "revision: release-1");
        assertThat(count(run.stdout(), "https://git.example.com/team/fork.git")).isEqualTo(2 + 4 * 2 + 3);
        assertThat(run.stderr()).contains(
                "info: <stdin>: AppSetDiscovery/cluster: spec.repoURL: https://git.example.com/team/fork.git (from ARGOCD_APP_SOURCE_REPO_URL)",
                "spec.revision: release-1 (from ARGOCD_APP_SOURCE_TARGET_REVISION)");
        assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
    }

    @Test
    void withoutRepoUrlOrCmpItIsAnError(@TempDir Path tmp) throws IOException {
        InProcess.Run run = Runs.stdin(forkIntent(""), Map.of(), tmp);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("spec.repoURL: no repository URL: set repoURL, render in the ArgoCD CMP");
    }

    @Test
    void fromAGitCheckoutOfAFork(@TempDir Path tmp) throws IOException {
        Path checkout = gitCheckout(tmp.resolve("fork"), "git@github.com:someone/fork.git", "feature-x");
        Path pkg = checkout.resolve("clusters/overlays/dev");
        Files.createDirectories(pkg);
        InProcess.Run run = Runs.stdin(forkIntent("  useGitRemote: true\n"), Map.of(), pkg);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).doesNotContain(REFERENCE_REPO, "git@github.com")
                .contains("repoURL: https://github.com/someone/fork.git", "targetRevision: feature-x");
        assertThat(count(run.stdout(), "https://github.com/someone/fork.git")).isEqualTo(2 + 4 * 2 + 3);
        assertThat(run.stderr()).contains("spec.repoURL: https://github.com/someone/fork.git (from git remote origin)",
                "spec.revision: feature-x (from the git branch)");

        // the git remote is opt-in: without useGitRemote the checkout is not asked
        InProcess.Run notAsked = Runs.stdin(forkIntent(""), Map.of(), pkg);
        assertThat(notAsked.exitCode()).isEqualTo(1);
        // and the CMP environment comes before it
        InProcess.Run inCmp = Runs.stdin(forkIntent("  useGitRemote: true\n"), CMP, pkg);
        assertThat(inCmp.stdout()).contains("repoURL: https://git.example.com/team/fork.git").doesNotContain("someone/fork");
    }

    /** A checkout whose origin is {@code origin} and whose branch is {@code branch}, with one commit. */
    static Path gitCheckout(Path dir, String origin, String branch) throws IOException {
        assumeTrue(onPath("git"), "git is not on PATH: git checkout test skipped");
        Files.createDirectories(dir);
        git(dir, "init", "-q");
        git(dir, "checkout", "-q", "-b", branch);
        git(dir, "remote", "add", "origin", origin);
        git(dir, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "--allow-empty", "-m", "init");
        return dir;
    }

    private static void git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Processes.Result r = Processes.run(command, dir, Map.of("GIT_CONFIG_NOSYSTEM", "1", "HOME", dir.toString()), new byte[0]);
        assertThat(r.exitCode()).as(r.describe()).isZero();
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
