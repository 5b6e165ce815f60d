package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * appset-discovery-generator end to end: its example through kpt fn render (pass-through files as
 * kpt leaves them with `cat`, generated files written, a second render changes nothing) and
 * kubectl kustomize with the plugin home; discovery as kpt shows it (info results) from inside a
 * git checkout; and `rhoai-krm discover` with --graph.
 */
class AppSetDiscoveryIT {
    static final Path EXAMPLE = Golden.projectRoot().resolve("examples/appset-discovery/rhoai-deploy-gitops");
    static final List<String> GENERATED = List.of(
            "generated/cluster/appproject_platform.yaml",
            "generated/cluster/appproject_usecases.yaml",
            "generated/cluster/applicationset_cluster-operators.yaml",
            "generated/cluster/applicationset_cluster-instances.yaml",
            "generated/cluster/applicationset_cluster-models.yaml",
            "generated/cluster/applicationset_cluster-services.yaml",
            "generated/cluster/application_cluster-bootstrap.yaml",
            "generated/cluster/application_instance-rhoai.yaml",
            "generated/cluster/application_usecase-toolorchestra-training.yaml",
            "generated/cluster/clusterrolebinding_openshift-gitops-cluster-admin.yaml");

    @Test
    void kptRenderInPlaceKeepsPassThroughFilesAndIsStable(@TempDir Path tmp) {
        E2e.KptRendered kpt = E2e.kptRenderBesideCat(EXAMPLE, Processes.launcher("appset-discovery-generator"), "cluster.yaml", tmp);
        for (String file : List.of("hand-written.yaml", "cluster.yaml", "kustomization.yaml", ".expected/manifests.yaml", ".krmignore")) {
            assertThat(kpt.rendered().get(file)).as(file).isEqualTo(kpt.yardstick().get(file));
        }
        assertThat(kpt.rendered().keySet()).containsAll(GENERATED);
        assertThat(kpt.rendered().get("generated/cluster/applicationset_cluster-models.yaml"))
                .contains("model-{{ index .path.segments 2 }}").doesNotContain("config.kubernetes.io/path");
    }

    @Test
    void kubectlKustomizeBuildsTheExample(@TempDir Path pluginHome) {
        Processes.launcher("appset-discovery-generator");
        Processes.Result run = E2e.kustomize(EXAMPLE, E2e.pluginHome(pluginHome));
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("kind: ApplicationSet", "kind: AppProject", "kind: Application\n", "kind: ClusterRoleBinding")
                .doesNotContain("kind: AppSetDiscovery", "config.kubernetes.io/path");
        assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
    }

    @Test
    void discoveryInAGitCheckoutAsKptShowsIt(@TempDir Path tmp) {
        String kpt = Processes.requireTool("kpt");
        Path repo = checkout(tmp.resolve("repo"));
        Path pkg = repo.resolve("clusters/dev");
        E2e.write(pkg.resolve("Kptfile"), E2e.kptfile("dev", Processes.launcher("appset-discovery-generator"), "cluster.yaml"));
        E2e.write(pkg.resolve("cluster.yaml"), INTENT);

        Processes.Result run = Processes.run(List.of(kpt, "fn", "render", "clusters/dev", "--allow-exec", "--truncate-output=false"), repo);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout() + run.stderr()).contains(
                "spec.repoURL: https://github.com/someone/fork.git (from git remote origin)",
                "Application operator-nfd (project default, path components/operators/nfd) from ApplicationSet operators",
                "Application cluster-bootstrap (project default, path clusters/dev) from the bootstrap");
        Map<String, String> files = E2e.snapshot(pkg);
        assertThat(files).containsKeys("generated/cluster/applicationset_operators.yaml", "generated/cluster/application_cluster-bootstrap.yaml")
                .doesNotContainKey("generated/cluster/application_operator-nfd.yaml");
        assertThat(files.get("generated/cluster/applicationset_operators.yaml")).contains("repoURL: https://github.com/someone/fork.git");
    }

    @Test
    void rhoaiKrmDiscoverListsAndDraws(@TempDir Path tmp) {
        Path repo = checkout(tmp.resolve("repo"));
        E2e.write(repo.resolve("clusters/dev/cluster.yaml"), INTENT);
        String cli = Processes.launcher("rhoai-krm");
        Processes.Result list = Processes.run(List.of(cli, "discover", "clusters/dev"), repo);
        assertThat(list.exitCode()).as(list.describe()).isZero();
        assertThat(list.stdout()).isEqualTo("""
                APPLICATION        PROJECT  FROM       PATH
                cluster-bootstrap  default  bootstrap  clusters/dev
                operator-nfd       default  operators  components/operators/nfd
                """);
        Processes.Result graph = Processes.run(List.of(cli, "discover", "--graph", "clusters/dev"), repo);
        assertThat(graph.stdout()).startsWith("flowchart LR\n").contains("b0 --> s0[[\"ApplicationSet operators<br/>components/operators/*\"]]",
                "s0 --> a0(\"operator-nfd\")");

        E2e.write(repo.resolve("components/operators/docs/README.md"), "nothing to deploy\n");
        Processes.Result broken = Processes.run(List.of(cli, "discover", "clusters/dev"), repo);
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.stdout()).isEmpty();
        assertThat(broken.stderr()).contains("\"components/operators/docs\" matches, but holds nothing ArgoCD can deploy")
                .doesNotContain("Exception");
    }

    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: AppSetDiscovery
            metadata:
              name: cluster
              annotations: {config.kubernetes.io/local-config: "true"}
            spec:
              useGitRemote: true
              appSets:
                - {name: operators, directories: [components/operators/*], appName: "operator-{{basename}}"}
              bootstrap: {path: clusters/dev, clusterAdmin: false}
              discover: true
            """;

    /** A git checkout of a fork with one operator directory. */
    private static Path checkout(Path repo) {
        E2e.write(repo.resolve("components/operators/nfd/kustomization.yaml"), "resources: []\n");
        E2e.write(repo.resolve("clusters/dev/kustomization.yaml"), "resources: []\n");
        String git = Processes.requireTool("git");
        for (List<String> args : List.of(List.of("init", "-q"), List.of("checkout", "-q", "-b", "main"),
                List.of("remote", "add", "origin", "git@github.com:someone/fork.git"))) {
            List<String> command = new java.util.ArrayList<>(List.of(git));
            command.addAll(args);
            Processes.Result r = Processes.run(command, repo);
            assertThat(r.exitCode()).as(r.describe()).isZero();
        }
        return repo;
    }
}
