package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The README's migration run on a layout nobody here wrote: kustomize-examples/import-third-party, a
 * small tree shaped like redhat-ai-services/ai-accelerator (kustomize bases and a cluster overlay whose
 * patch and replacements fill in placeholders, a remote base, list and git generators, an AppProject
 * with RBAC). Import reads what kustomize builds (issue 21 item 6); without kustomize it says so and
 * compares the files as written.
 */
class ImportThirdPartyTest {
    static final Path EXAMPLE = Golden.projectRoot().resolve("kustomize-examples/import-third-party");

    @Test
    void theReadmeRunImportsWhatKustomizeBuilds() {
        InProcess.Run run = InProcess.importDir(EXAMPLE, Optional.empty(), Functions.importers(),
                Map.of("PATH", Processes.pathWithOnly("kubectl")));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Golden.assertMatches(EXAMPLE.resolve(".expected/intents.yaml"), run.stdout());
        Golden.assertMatches(EXAMPLE.resolve(".expected/report.txt"), run.stderr());
        assertThat(run.stderr()).contains(
                "kustomize: kubectl kustomize built 1 kustomization(s) (clusters/overlays/prod)",
                "kustomize: bootstrap not built: it reaches outside the tree",
                "AppProject tenants (components/argocd/projects/base/tenants-project.yaml) is kept as plain YAML: the intent cannot express spec.roles",
                "ApplicationSet cluster-configs (components/argocd/apps/base/cluster-configs-applicationset.yaml) is kept as plain YAML:"
                        + " the intent cannot express spec.generators[].list");
        // the repository and branch the overlay's patch and replacements put where the files hold placeholders
        assertThat(run.stdout()).contains("repoURL: https://github.com/example-org/ai-gitops.git", "revision: main",
                "goTemplateOptions:\n    - missingkey=error", "externalProjects:\n  - tenants").doesNotContain("patch-me", "repoURL: \"*\"");
        // one object, one note: kept as plain YAML with its reason, not again as a project externalProjects names
        assertThat(run.stderr().lines().filter(l -> l.startsWith("#   note: AppProject tenants"))).hasSize(1);
        assertThat(ImportChecks.reviewLines(run.stderr())).isEmpty();
        ImportChecks.assertRenders(run.stdout(), new dev.rhoaikrm.appsetdiscovery.AppSetDiscoveryFunction());
    }

    @Test
    void withoutKustomizeTheFilesAreComparedAsWrittenAndTheReportSaysSo() {
        InProcess.Run run = InProcess.importDir(EXAMPLE, Optional.empty(), Functions.importers(), Map.of("PATH", ""));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).startsWith("# kustomize: neither kustomize nor kubectl found (set RHOAI_KRM_KUSTOMIZE): the 6"
                + " kustomization(s) were NOT built, their files are compared as written");
        // the placeholders are all the files say of the repository: the intent leaves it to the ArgoCD CMP
        assertThat(run.stderr()).contains("note: repoURL is left out: \"patch-me-see-clusters-overlays\" is not a repository URL");
        assertThat(run.stdout()).doesNotContain("repoURL:", "revision:");
    }
}
