package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.cli.CommandLineTest.Run;
import dev.rhoaikrm.testsupport.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rhoai-krm render} and {@code validate} of a whole fleet repository (what a user runs in
 * CI before pushing): each destination renders on its own, so the clusters' GPU workers, whose
 * ClusterQueue, ResourceFlavors and ClusterAutoscaler have one name on every cluster, do not
 * collide, while two objects of one name on one cluster still do; {@code --cluster} renders what
 * one cluster gets; a repository without a fleet renders as one input, as before.
 */
class FleetRenderTest {
    static final Path FLEET = Golden.projectRoot().resolve("kustomize-examples/rhoai-fleet");

    @Test
    void theWholeFleetTreeRendersAndValidates() {
        Run render = CommandLineTest.run("render", FLEET.toString());
        assertThat(render.code()).as(render.err()).isZero();
        // one ClusterQueue per cluster, one name: they go to three clusters
        assertThat(count(render.out(), "\nkind: ClusterQueue\n")).isEqualTo(3);
        assertThat(count(render.out(), "\nkind: ClusterAutoscaler\n")).isEqualTo(2); // azure-training asks for none
        // the model's selector picks clusters only Argo CD knows: rendered once without a cluster, and said so
        assertThat(count(render.out(), "\nkind: InferenceService\n")).isEqualTo(1);
        assertThat(render.err()).contains("warning: models/qwen-math-7b/model.yaml: ApplicationSet models of AppSetDiscovery/serving"
                + " deploys it to the clusters a label selector picks");
        Run validate = CommandLineTest.run("validate", FLEET.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.err()).contains("6 intent(s) valid");
    }

    @Test
    void withTheFleetDescribedEachServingClusterGetsTheModelWithItsOwnSection() {
        String fleet = FLEET.resolve("fleet").toString();
        Run all = CommandLineTest.run("validate", "--strict", "--fleet", fleet, FLEET.toString());
        assertThat(all.code()).as(all.err()).isZero(); // no warning left: every folder renders for the clusters it goes to
        Run render = CommandLineTest.run("render", "--fleet", fleet, FLEET.toString());
        assertThat(render.code()).as(render.err()).isZero();
        assertThat(count(render.out(), "\nkind: InferenceService\n")).isEqualTo(2); // aws-dev's and aws-prod's, not azure-training's

        Run prod = CommandLineTest.run("render", "--fleet", fleet, "--cluster", "aws-prod", FLEET.toString());
        assertThat(prod.code()).as(prod.err()).isZero();
        assertThat(prod.out()).contains("us-west-2a", "minReplicas: 2", "maxReplicas: 4")
                .doesNotContain("us-east-2", "eastus", "kind: ApplicationSet"); // nor the hub's objects: they are the hub's
        Run training = CommandLineTest.run("render", "--fleet", fleet, "--cluster", "azure-training", FLEET.toString());
        assertThat(training.code()).as(training.err()).isZero();
        assertThat(training.out()).contains("kind: ClusterQueue").doesNotContain("kind: InferenceService", "kind: ApplicationSet");
    }

    @Test
    void withoutDescriptionsAClusterGetsItsOwnFoldersAndIsToldWhatWasLeftOut() {
        Run dev = CommandLineTest.run("render", "--cluster", "aws-dev", FLEET.toString());
        assertThat(dev.code()).as(dev.err()).isZero();
        assertThat(dev.out()).contains("us-east-2a").doesNotContain("us-west-2", "kind: InferenceService");
        assertThat(dev.err()).contains("warning: cluster aws-dev: left out models/qwen-math-7b/model.yaml");
    }

    @Test
    void aClusterTheFleetDoesNotSendAnythingToIsAnError() {
        Run typo = CommandLineTest.run("render", "--cluster", "aws-prdo", FLEET.toString());
        assertThat(typo.code()).as(typo.err()).isEqualTo(1);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).contains("cluster aws-prdo gets nothing from this repository: its fleet's folders go to aws-dev, aws-prod,"
                + " azure-training");
    }

    @Test
    void twoObjectsOfOneNameOnOneClusterStillCollide(@TempDir Path tmp) throws IOException {
        Path fleet = copyOfTheExample(tmp);
        Files.writeString(fleet.resolve("clusters/aws-prod/gpu-workers/queue.yaml"), """
                apiVersion: kueue.x-k8s.io/v1beta1
                kind: ClusterQueue
                metadata:
                  name: training-cluster-queue
                spec: {namespaceSelector: {}}
                """);
        Run render = CommandLineTest.run("render", fleet.toString());
        assertThat(render.code()).isEqualTo(1);
        assertThat(render.out()).isEmpty();
        assertThat(render.err()).contains("error: clusters/aws-prod/gpu-workers/gpu-workers.yaml: GpuWorkerSet/gpu-workers: cluster aws-prod:"
                + " generates ClusterQueue/training-cluster-queue, which collides with the object in clusters/aws-prod/gpu-workers/queue.yaml")
                .doesNotContain("aws-dev:", "azure-training:");
        Run validate = CommandLineTest.run("validate", fleet.toString());
        assertThat(validate.code()).isEqualTo(1);

        // a second worker set for the same cluster makes the same objects: one cluster, one ClusterQueue
        Files.delete(fleet.resolve("clusters/aws-prod/gpu-workers/queue.yaml"));
        Path more = fleet.resolve("clusters/aws-prod/gpu-workers/more");
        Files.createDirectories(more);
        Files.writeString(more.resolve("gpu-workers.yaml"), Files.readString(fleet.resolve("clusters/aws-prod/gpu-workers/gpu-workers.yaml"))
                .replace("name: gpu-workers", "name: more-gpu-workers").replace("file: worker-", "file: ../worker-"));
        Run twice = CommandLineTest.run("validate", fleet.toString());
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("GpuWorkerSet/more-gpu-workers: cluster aws-prod: generates ResourceFlavor/gpu-l40s, which"
                + " GpuWorkerSet/gpu-workers generates too");
    }

    @Test
    void aRepositoryWithoutAFleetIsStillOneInput(@TempDir Path tmp) throws IOException {
        Path fleet = copyOfTheExample(tmp);
        // without the hub's AppSetDiscovery nothing says the folders go to different clusters: they collide, as before
        try (Stream<Path> hub = Files.list(fleet.resolve("hub"))) {
            for (Path f : hub.toList()) {
                Files.delete(f);
            }
        }
        Run render = CommandLineTest.run("render", fleet.toString());
        assertThat(render.code()).isEqualTo(1);
        assertThat(render.err()).contains("two GpuWorkerSet intents are named \"gpu-workers\"").doesNotContain("cluster aws-");
    }

    @Test
    void outputFilesOfASharedFolderWouldBeWrittenOncePerCluster(@TempDir Path tmp) {
        String fleet = FLEET.resolve("fleet").toString();
        Run shared = CommandLineTest.run("render", "--fleet", fleet, "-o", tmp.resolve("all").toString(), FLEET.toString());
        assertThat(shared.code()).isEqualTo(1);
        assertThat(shared.err()).contains("--output: models/qwen-math-7b/model.yaml goes to several clusters of the fleet");
        assertThat(tmp.resolve("all")).doesNotExist();
        Run one = CommandLineTest.run("render", "--fleet", fleet, "--cluster", "aws-prod", "-o", tmp.resolve("aws-prod").toString(),
                FLEET.toString());
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(tmp.resolve("aws-prod/models/qwen-math-7b")).isDirectory();
        assertThat(tmp.resolve("aws-prod/clusters/aws-dev")).doesNotExist();
    }

    @Test
    void aHubInAKptPackageOfItsOwnStillPlacesTheOtherPackagesFolders(@TempDir Path tmp) throws IOException {
        Path fleet = copyOfTheExample(tmp);
        // kpt packages: the hub, and one cluster's GPU workers; Argo CD knows no Kptfile, its paths are the repository's
        for (String pkg : List.of("hub", "clusters/aws-dev/gpu-workers")) {
            Files.writeString(fleet.resolve(pkg).resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata:\n  name: "
                    + pkg.replace('/', '-') + "\n  annotations: {config.kubernetes.io/local-config: \"true\"}\n");
        }
        String descriptions = FLEET.resolve("fleet").toString();
        Run validate = CommandLineTest.run("validate", "--strict", "--fleet", descriptions, fleet.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.err()).contains("6 intent(s) valid");
        Run render = CommandLineTest.run("render", "--fleet", descriptions, fleet.toString());
        assertThat(render.code()).as(render.err()).isZero();
        assertThat(count(render.out(), "\nkind: ClusterQueue\n")).isEqualTo(3);
        assertThat(count(render.out(), "\nkind: InferenceService\n")).isEqualTo(2);
        assertThat(count(render.out(), "\nkind: ApplicationSet\n")).isEqualTo(2); // the hub's, once
        Run dev = CommandLineTest.run("render", "--fleet", descriptions, "--cluster", "aws-dev", fleet.toString());
        assertThat(dev.code()).as(dev.err()).isZero();
        assertThat(dev.out()).contains("us-east-2a", "kind: InferenceService").doesNotContain("us-west-2", "kind: ApplicationSet");
    }

    /**
     * A folder the hub's bootstrap Application syncs and a fleet's set also gives every cluster: Argo
     * CD deploys it to each, so it renders for the hub (without a cluster, as the bootstrap passes
     * none) and for each cluster. The hub's AppProjects, ApplicationSets and bootstrap Application are
     * what its bootstrap applies: they must not render for the clusters only.
     */
    @Test
    void theBootstrapsFolderRendersForTheHubAlsoWhenTheFleetDeploysItToo(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve(".git"));
        Path platform = Files.createDirectories(tmp.resolve("platform"));
        Files.writeString(platform.resolve("fleet.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: AppSetDiscovery
                metadata:
                  name: platform
                  annotations: {config.kubernetes.io/local-config: "true"}
                spec:
                  repoURL: https://github.com/example/fleet.git
                  revision: main
                  clusters: {names: [aws-dev, aws-prod]}
                  appSets:
                    - {name: platform, directories: [platform], appName: '{{cluster}}-platform', plugin: {name: rhoai-krm-v1}}
                  bootstrap: {name: platform-bootstrap, path: platform}
                """);
        Run render = CommandLineTest.run("render", tmp.toString());
        assertThat(render.code()).as(render.err()).isZero();
        // the hub's, and the copy the set gives each of the two clusters
        assertThat(count(render.out(), "\nkind: ApplicationSet\n")).isEqualTo(3);
        assertThat(count(render.out(), "\n  name: platform-bootstrap\n")).isEqualTo(3);
        Run validate = CommandLineTest.run("validate", "--strict", tmp.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.err()).contains("1 intent(s) valid");
        Run dev = CommandLineTest.run("render", "--cluster", "aws-dev", tmp.toString());
        assertThat(dev.code()).as(dev.err()).isZero();
        assertThat(count(dev.out(), "\nkind: ApplicationSet\n")).isEqualTo(1);
    }

    /** The example under a repository root of its own (the hub's paths are relative to the repository). */
    private static Path copyOfTheExample(Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve(".git"));
        Path copy = tmp.resolve("kustomize-examples/rhoai-fleet");
        E2e.copyTree(FLEET, copy);
        return copy;
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
