package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rhoai-krm discover --fleet DIR}: cluster descriptions or exported cluster Secrets (name,
 * server, labels only), every Application each cluster gets, collisions across the fleet, and a
 * Secret with credentials refused without a word of them in the output.
 */
class FleetDiscoverTest {
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6InNlY3JldC10b2tlbiJ9";

    @TempDir
    Path tmp;
    Path repo;
    Path fleet;

    @BeforeEach
    void tree() throws IOException {
        repo = tmp.resolve("repo");
        Trees.build(repo, """
                .git/HEAD
                components/operators/nfd/kustomization.yaml
                clusters/hub/kustomization.yaml
                clusters/aws-dev/models/qwen/model.yaml
                clusters/aws-prod/models/qwen/model.yaml
                clusters/azure-training/models/granite/model.yaml
                """);
        Files.writeString(repo.resolve("clusters/hub/discovery.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: AppSetDiscovery
                metadata: {name: fleet}
                spec:
                  repoURL: https://github.com/example/fleet.git
                  clusters:
                    selector: {matchLabels: {rhoai-krm.dev/fleet: gpu}}
                  appSets:
                    - {name: operators, directories: [components/operators/*], appName: '{{cluster}}-operator-{{basename}}'}
                    - {name: models, directories: ['clusters/{{cluster}}/models/*'], appName: '{{cluster}}-{{basename}}'}
                  bootstrap: {path: clusters/hub}
                """);
        fleet = tmp.resolve("fleet");
        Files.createDirectories(fleet);
        Files.writeString(fleet.resolve("aws-dev.yaml"), """
                name: aws-dev
                server: https://api.dev.aws.example.com:6443
                labels: {rhoai-krm.dev/fleet: gpu, cloud: aws}
                """);
        Files.writeString(fleet.resolve("exported.yaml"), """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Secret
                    metadata:
                      name: cluster-aws-prod
                      namespace: openshift-gitops
                      labels: {argocd.argoproj.io/secret-type: cluster, rhoai-krm.dev/fleet: gpu}
                    data: {name: %s, server: %s}
                  - apiVersion: v1
                    kind: Secret
                    metadata:
                      name: cluster-legacy
                      labels: {argocd.argoproj.io/secret-type: cluster}
                    stringData: {name: legacy, server: https://legacy.example.com}
                """.formatted(base64("aws-prod"), base64("https://api.prod.aws.example.com:6443")));
        Files.writeString(fleet.resolve("azure.yaml"), """
                {name: azure-training, labels: {rhoai-krm.dev/fleet: gpu, cloud: azure}}
                """);
    }

    @Test
    void listsEveryApplicationOfEveryClusterOfTheFleet() {
        // clusters in the order of their files (aws-dev.yaml, azure.yaml, exported.yaml)
        InProcess.Run run = Runs.discover(repo.resolve("clusters/hub").toString(), "--fleet", fleet.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("""
                CLUSTER         APPLICATION                  PROJECT  FROM       PATH
                (hub)           cluster-bootstrap            default  bootstrap  clusters/hub
                aws-dev         aws-dev-operator-nfd         default  operators  components/operators/nfd
                aws-dev         aws-dev-qwen                 default  models     clusters/aws-dev/models/qwen
                azure-training  azure-training-operator-nfd  default  operators  components/operators/nfd
                azure-training  azure-training-granite       default  models     clusters/azure-training/models/granite
                aws-prod        aws-prod-operator-nfd        default  operators  components/operators/nfd
                aws-prod        aws-prod-qwen                default  models     clusters/aws-prod/models/qwen
                """);
        assertThat(run.stdout()).as("legacy has no fleet label").doesNotContain("legacy");
    }

    @Test
    void reportsNameCollisionsAcrossTheFleet() throws IOException {
        // aws-prod's model folder named like the operator Application of aws-prod
        Trees.build(repo, "clusters/aws-prod/models/operator-nfd/model.yaml\n");
        InProcess.Run run = Runs.discover(repo.resolve("clusters/hub").toString(), "--fleet", fleet.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("two Applications would be named \"aws-prod-operator-nfd\": ApplicationSet models (from"
                + " clusters/aws-prod/models/operator-nfd, cluster aws-prod) and ApplicationSet operators (from components/operators/nfd,"
                + " cluster aws-prod)");
    }

    @Test
    void aSecretWithCredentialsIsRefusedWithoutEchoingThem() throws IOException {
        Files.writeString(fleet.resolve("with-token.yaml"), """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: cluster-gcp
                  labels: {argocd.argoproj.io/secret-type: cluster}
                stringData:
                  name: gcp
                  server: https://gcp.example.com
                  config: '{"bearerToken": "%s", "tlsClientConfig": {"insecure": false}}'
                """.formatted(TOKEN));
        InProcess.Run run = Runs.discover(repo.resolve("clusters/hub").toString(), "--fleet", fleet.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("with-token.yaml: Secret cluster-gcp carries credentials (stringData.config): refused, and"
                + " not read.").doesNotContain(TOKEN, "bearerToken");
    }

    @Test
    void aDescriptionWithACredentialFieldIsRefused() throws IOException {
        Files.writeString(fleet.resolve("aws-dev.yaml"), "name: aws-dev\nbearerToken: " + TOKEN + "\n");
        InProcess.Run run = Runs.discover(repo.resolve("clusters/hub").toString(), "--fleet", fleet.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("aws-dev.yaml: \"bearerToken\" is a credential").doesNotContain(TOKEN);
    }

    @Test
    void namesTheIntentListsButTheFleetDoesNotDescribeAreWarnedAbout() throws IOException {
        Path hub = repo.resolve("clusters/hub/discovery.yaml");
        Files.writeString(hub, Files.readString(hub).replace("selector: {matchLabels: {rhoai-krm.dev/fleet: gpu}}",
                "names: [aws-dev, aws-stage]"));
        InProcess.Run run = Runs.discover(repo.resolve("clusters/hub").toString(), "--fleet", fleet.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("spec.clusters.names[1]: cluster aws-stage is not described in --fleet");
        assertThat(run.stdout()).contains("aws-dev-qwen").doesNotContain("aws-prod");
    }

    @Test
    void aGlobTheClustersShareIsWarnedAboutOnce() throws IOException {
        Path hub = repo.resolve("clusters/hub/discovery.yaml");
        Files.writeString(hub, Files.readString(hub).replace("directories: [components/operators/*]",
                "directories: [components/operators/*, components/missing/*]"));
        InProcess.Run run = Runs.discover(repo.resolve("clusters/hub").toString(), "--fleet", fleet.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr().lines().filter(l -> l.contains("\"components/missing/*\" matches no directory"))).hasSize(1);
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
