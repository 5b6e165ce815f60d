package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * rhoai-krm import of the ArgoCD layer on repositories nobody here wrote and on what
 * {@code oc get -o yaml} saves from clusters (issue 21): each case under
 * src/test/resources/import-exports/ is modelled on a public repository (its files say which) and
 * has its intents and report as golden files in .expected/; the assertions say what each case is about.
 */
class ImportExportsTest {
    static final Path CASES = Golden.projectRoot().resolve("functions/appset-discovery-generator/src/test/resources/import-exports");

    record Imported(String intents, String report) {
        /** A section of the report ("replaced files", "files the intents do not reproduce", ...), empty when absent. */
        String section(String heading) {
            int at = report.indexOf("# " + heading);
            if (at < 0) {
                return "";
            }
            Matcher next = Pattern.compile("\n# [^ ]").matcher(report);
            return report.substring(at, next.find(report.indexOf('\n', at)) ? next.start() : report.length());
        }
    }

    /** Imports a case (with kubectl on PATH when {@code kustomize}) and holds it to its golden files. */
    static Imported importCase(String name, boolean kustomize) {
        Map<String, String> variables = kustomize ? Map.of("PATH", Processes.pathWithOnly("kubectl")) : Map.of();
        AppSetDiscoveryFunction f = new AppSetDiscoveryFunction();
        Path dir = CASES.resolve(name);
        InProcess.Run run = InProcess.importDir(dir, Optional.empty(), List.of(new FunctionImporter(f, f)), variables);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Golden.assertMatches(dir.resolve(".expected/intents.yaml"), run.stdout());
        Golden.assertMatches(dir.resolve(".expected/report.txt"), run.stderr());
        if (run.stdout().contains("\n  repoURL: ")) {
            ImportChecks.assertRenders(run.stdout(), f); // else it renders in the ArgoCD CMP only: see placeholdersLeaveRepoUrlAndRevisionToTheCmp
        }
        return new Imported(run.stdout(), run.stderr());
    }

    /** Item 3: an AppProject with RBAC, sync windows, signature keys stays as plain YAML; its file is never listed for deletion. */
    @Test
    void anAppProjectWithRbacStaysAsItIs() {
        Imported i = importCase("appproject-rbac", false);
        assertThat(i.report()).contains("AppProject stage04-model-integration (export.yaml) is kept as plain YAML: the intent cannot express"
                + " spec.orphanedResources, spec.roles, spec.signatureKeys, spec.syncWindows");
        assertThat(i.intents()).contains("externalProjects:\n  - stage04-model-integration").doesNotContain("roles", "stage04-admins");
        assertThat(i.section("replaced files")).contains("applicationsets.yaml").doesNotContain("export.yaml");
        assertThat(i.report()).contains("export.yaml: AppProject/stage04-model-integration");
    }

    /** Item 4: sourceRepos ['*'] is a pattern, never the repository; the repository comes from the Application's source. */
    @Test
    void aStarInSourceReposIsNoRepository() {
        Imported i = importCase("star-source-repos", false);
        assertThat(i.intents()).contains("repoURL: https://github.com/redhat-ai-services/ai-accelerator.git", "revision: main",
                "sourceRepos:\n    - \"*\"").doesNotContain("repoURL: '*'", "repoURL: \"*\"");
        assertThat(i.report()).contains("[fix: every namespaced kind stated as namespaceResourceWhitelist of every kind]",
                "Application/cluster-config-app-of-apps (export.yaml): reproduced exactly", "0 to review");
    }

    /** Item 4: placeholders are no repository URL nor revision: the intent leaves both to the ArgoCD CMP. */
    @Test
    void placeholdersLeaveRepoUrlAndRevisionToTheCmp() {
        Imported i = importCase("placeholders", false);
        assertThat(i.intents()).doesNotContain("repoURL", "revision", "patch-me");
        assertThat(i.report()).contains("note: repoURL is left out: \"patch-me-see-clusters-overlays\" is not a repository URL",
                "compared as rendered with ARGOCD_APP_SOURCE_REPO_URL=patch-me-see-clusters-overlays (a stand-in",
                "Application/cluster-config-app-of-apps (cluster-config-app-of-apps.yaml): reproduced exactly");
        // rendered in the ArgoCD CMP, the sources name the repository the bootstrap reads
        InProcess.Run cmp = Runs.stdin(i.intents(), Map.of(dev.rhoaikrm.core.fn.GitSource.REPO_URL_VARIABLE,
                "https://github.com/redhat-ai-services/ai-accelerator.git", dev.rhoaikrm.core.fn.GitSource.REVISION_VARIABLE, "main"),
                CASES.resolve("placeholders"));
        assertThat(cmp.exitCode()).as(cmp.stderr()).isZero();
        assertThat(cmp.stdout()).contains("repoURL: https://github.com/redhat-ai-services/ai-accelerator.git", "targetRevision: main");
    }

    /**
     * Item 5: one problem does not stop the rest. The same AppProject defined twice, differently, in two
     * folders: the first is imported, the second stays; a set of a project defined outside the tree names
     * it in externalProjects; an Application the intent would refuse stays; what a set made is left to it.
     */
    @Test
    void oneProblemDoesNotStopTheRest() {
        Imported i = importCase("duplicates-and-outside", false);
        assertThat(i.report()).contains(
                "AppProject stage04-model-integration is defined twice, differently: imported from gitops/argocd/applications/stage04/appproject-stage04.yaml;"
                        + " gitops/argocd/projects/appproject-stage04-model-integration.yaml stays as plain YAML (it differs in spec.clusterResourceWhitelist",
                "AppProject tenants is not in the imported files: externalProjects names it",
                "Application stage00-operators (gitops/argocd/applications/stage00/app-stage00-operators.yaml) is kept as plain YAML: the intent"
                        + " would refuse it: syncPolicy.syncOptions[1]: \"ServerSideApply=True\" is not an ArgoCD sync option",
                "1 Application(s) made by an ApplicationSet (ownerReferences) left to their set");
        assertThat(i.intents()).contains("externalProjects:\n  - tenants", "name: stage04-model-integration", "name: tenants");
        assertThat(i.section("replaced files")).contains("gitops/argocd/applications/stage04/appproject-stage04.yaml",
                "gitops/argocd/applications/stage04/app-stage04-model-integration.yaml")
                .doesNotContain("projects/appproject-stage04-model-integration.yaml", "app-stage00-operators.yaml", "cluster/export.yaml");
    }

    /** Item 7: goTemplateOptions: ["missingkey=error"] is kept, not dropped as a difference to review. */
    @Test
    void goTemplateOptionsAreKept() {
        Imported i = importCase("template-options", false);
        assertThat(i.intents()).contains("goTemplateOptions:\n    - missingkey=error", "namespace: argocd", "externalProjects:\n  - my-project");
        assertThat(i.report()).doesNotContain("[review]").contains("ApplicationSet/cluster-addons (export.yaml): ");
        assertThat(i.section("replaced files")).contains("export.yaml");
    }

    /** Item 8: the binding's subject names the ArgoCD instance (argocd), not the namespace (team-gitops). */
    @Test
    void theControllerServiceAccountNamesTheInstance() {
        Imported i = importCase("instance", false);
        assertThat(i.intents()).contains("namespace: team-gitops\n  instance: argocd", "bootstrap:\n    path: clusters/team");
        assertThat(i.report()).contains("ClusterRoleBinding/team-gitops-cluster-admin (clusters/team/export.yaml): reproduced exactly",
                "Application/cluster-bootstrap (clusters/team/export.yaml): reproduced exactly");
    }

    /** Item 9: namespaceResourceWhitelist: [] (no namespaced kind) and preserveResourcesOnDeletion come back into the intent. */
    @Test
    void denyAllAndPreserveResourcesOnDeletion() {
        Imported i = importCase("deny-and-preserve", false);
        assertThat(i.intents()).contains("namespaceResources: []", "preserveResourcesOnDeletion: true", "preset: operators");
        assertThat(i.report()).contains("[fix: namespaceResources: [] written as a namespaceResourceBlacklist of every kind]")
                .doesNotContain("[review]");
    }

    /**
     * Item 6: a folder that is a kustomization is read as it builds (kubectl kustomize): its namespace:
     * is the intent's ArgoCD namespace (the .yml files name none), and an Application it labels (no
     * intent writes the label) stays as plain YAML, its file off the deletion list.
     */
    @Test
    void aKustomizationIsReadAsItBuilds() {
        Imported i = importCase("kustomized", true);
        assertThat(i.report()).contains(" built 2 kustomization(s) (argocd-manifests, labelled)",
                "ApplicationSet gitops-cluster-config is kept as plain YAML: its generator or template reads another revision than main",
                "Application gitops-cluster-config (labelled/cluster-config-app.yaml) is kept as plain YAML: the intent cannot express"
                        + " metadata.labels.app.kubernetes.io/part-of");
        assertThat(i.intents()).contains("namespace: team-gitops", "name: bgd-app").doesNotContain("name: gitops-cluster-config");
        assertThat(i.section("replaced files")).contains("argocd-manifests/managed-app-bgd.yml").doesNotContain("labelled");
    }

    /** Item 5: when nothing can be imported, the report still says why each object stays. */
    @Test
    void whenNothingImportsTheReportSaysWhy() {
        Imported i = importCase("nothing-importable", false);
        assertThat(i.intents()).isEmpty();
        assertThat(i.report()).contains("# appset-discovery-generator: nothing imported",
                "AppProject tenants (tenants-project.yaml) is kept as plain YAML: the intent cannot express spec.roles")
                .doesNotContain("repoURL");
    }
    /**
     * bootstrap.healthChecks (issue 20's checks, after the merge): the ArgoCD object the bootstrap
     * writes, committed as plain YAML, imports back into the intent and is replaced exactly.
     */
    @Test
    void thePlatformHealthChecksImportBack() {
        Imported i = importCase("health-checks", false);
        assertThat(i.intents()).contains("clusterAdmin: false", "healthChecks: true").doesNotContain("instance:");
        assertThat(i.report()).contains("ArgoCD/openshift-gitops (clusters/overlays/dev/argocd-health-checks.yaml): reproduced exactly")
                .doesNotContain("[review]");
        assertThat(i.section("replaced files")).contains("argocd-health-checks.yaml", "bootstrap.yaml");
    }

    /**
     * A whole ArgoCD exported from a cluster, with health checks of its own, is never taken over:
     * bootstrap.healthChecks would replace its list with the platform's. It stays, with the reason.
     */
    @Test
    void anArgoCdWithChecksOfItsOwnStays() {
        Imported i = importCase("own-health-checks", false);
        assertThat(i.intents()).doesNotContain("healthChecks");
        assertThat(i.report()).contains("ArgoCD openshift-gitops (clusters/overlays/prod/openshift-gitops-argocd.yaml) is kept as plain YAML:"
                + " bootstrap.healthChecks writes only spec.resourceHealthChecks; it has metadata.finalizers, spec.applicationSet, spec.rbac,"
                + " spec.server");
        assertThat(i.section("replaced files")).contains("bootstrap.yaml").doesNotContain("openshift-gitops-argocd.yaml");
    }
}
