package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.importing.ObjectDiff;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * kustomize-examples/rhoai-platform, the reference repository's tree with intents in place of its
 * GPU, DataScienceCluster, ArgoCD and model files: every kustomization builds with kubectl kustomize
 * and the plugin home to its expected output; every kpt package renders the same objects; and the
 * objects differ from the reference's only where the reviewed list (reference-diff.txt) says.
 */
class PlatformTreeIT {
    static final Path TREE = PlatformTree.TREE;
    /** kpt packages holding only the shared ArgoCD intent, and the kustomization whose output shows their objects. */
    static final Map<String, String> SHOWN_IN = Map.of("components/argocd", "clusters/overlays/dev");

    @TempDir
    static Path tmp;
    static Path pluginHome;
    static final Map<String, Processes.Result> BUILT = new ConcurrentHashMap<>();

    @BeforeAll
    static void buildTheTree() {
        Processes.launcher("rhoai-krm");
        pluginHome = E2e.pluginHome(tmp.resolve("plugins"));
        E2e.requireOffline();
        BUILT.putAll(PlatformTree.parallel(buildable(), d -> E2e.kustomizeOffline(TREE.resolve(d), pluginHome)));
    }

    /** The output of the tree's kustomization in {@code dir}, which must build with the network off. */
    static String output(String dir) {
        Processes.Result run = BUILT.computeIfAbsent(dir, d -> E2e.kustomizeOffline(TREE.resolve(d), pluginHome));
        assertThat(run.exitCode()).as("%s: %s", dir, run.describe()).isZero();
        return run.stdout();
    }

    static List<String> buildable() {
        return PlatformTree.kustomizations(TREE).stream().filter(d -> !PlatformTree.hasRemoteBase(TREE.resolve(d))).toList();
    }

    /**
     * Nothing of the tree comes over the network: no kustomization has a remote base, and every
     * one is built above in a network namespace of its own with no interface up (unshare -rn), so
     * that a fetch would fail.
     */
    @Test
    void everyKustomizationBuildsWithTheNetworkOff() {
        assertThat(PlatformTree.kustomizations(TREE).stream().filter(d -> PlatformTree.hasRemoteBase(TREE.resolve(d))).toList()).isEmpty();
        assertThat(buildable()).containsExactlyElementsOf(PlatformTree.kustomizations(TREE)).contains("bootstrap");
        Processes.Result fetch = E2e.kustomizeOffline(TREE, pluginHome, "https://github.com/redhat-cop/gitops-catalog/nfd/operator/overlays/stable?ref=main");
        assertThat(fetch.exitCode()).as("a remote base does not build with the network off: %s", fetch.describe()).isNotZero();
        for (String dir : buildable()) {
            assertThat(output(dir)).as(dir).isNotNull();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyKustomizationBuildsToItsExpectedOutput() {
        return buildable().stream().map(dir -> DynamicTest.dynamicTest(dir, () -> {
            String out = output(dir);
            Golden.assertMatches(TREE.resolve(dir).resolve(".expected/kustomize.yaml"), out);
            assertThat(out).as("no intent and no kpt annotation gets out").doesNotContain("apiVersion: " + Pipeline.INTENT_GROUP + "/", "config.kubernetes.io/");
            for (Map<String, Object> o : PlatformTree.byKey(out).values()) {
                if (String.valueOf(o.get("metadata")).contains(Pipeline.GENERATED_BY)) {
                    assertThat(SchemaValidator.shipped().validate(o)).as(PlatformTree.key(o)).isEmpty();
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyKptPackageRendersWhatKustomizeBuilds() {
        String kpt = Processes.requireTool("kpt");
        String path = Golden.projectRoot().resolve("bin") + ":" + System.getenv("PATH");
        List<String> packages = buildable().stream().filter(d -> Files.exists(TREE.resolve(d).resolve("Kptfile"))).toList();
        Map<String, Processes.Result> runs = PlatformTree.parallel(packages, dir -> {
            Path pkg = tmp.resolve("kpt").resolve(dir);
            E2e.copyTree(TREE.resolve(dir), pkg);
            return Processes.run(List.of(kpt, "fn", "render", pkg.toString(), "--allow-exec"), pkg, Map.of("PATH", path), new byte[0]);
        });
        return packages.stream().map(dir -> DynamicTest.dynamicTest(dir, () -> {
            Path pkg = tmp.resolve("kpt").resolve(dir);
            Processes.Result run = runs.get(dir);
            assertThat(run.exitCode()).as(run.describe()).isZero();
            Map<String, Map<String, Object>> rendered = new HashMap<>();
            E2e.snapshot(pkg.resolve("generated")).values().forEach(yaml -> rendered.putAll(PlatformTree.byKey(yaml)));
            Map<String, Map<String, Object>> built = PlatformTree.byKey(output(SHOWN_IN.getOrDefault(dir, dir)));
            // kpt runs only the function: the labels the kustomization adds (the models' tier) are kustomize's
            List<String> kustomizeLabels = PlatformTree.labels(TREE.resolve(dir)).entrySet().stream()
                    .map(e -> "metadata.labels." + e.getKey() + ": dropped (was " + e.getValue() + ")").toList();
            assertThat(rendered).isNotEmpty();
            rendered.forEach((key, o) -> assertThat(ObjectDiff.diff(built.get(key), o)).as(key).isSubsetOf(kustomizeLabels));
            if (!SHOWN_IN.containsKey(dir)) {
                assertThat(rendered.keySet()).containsExactlyInAnyOrderElementsOf(built.keySet());
            }
        }));
    }

    /** A cluster's instance-rhoai Application is composed like the overlay it syncs, so its ignoreDifferences fit. */
    @Test
    @SuppressWarnings("unchecked")
    void eachClusterApplicationDescribesTheDataScienceClusterItSyncs() {
        for (String cluster : List.of("dev", "prod", "azure")) {
            Map<String, Object> app = spec(TREE.resolve("clusters/overlays/" + cluster + "/rhoai-instance.yaml"));
            String target = ((Map<String, Object>) app.remove("application")).get("path").toString();
            assertThat(app.remove("output")).isEqualTo("application");
            Map<String, Object> dsc = spec(Golden.projectRoot().resolve(target).resolve("dsc.yaml"));
            assertThat(app).as(cluster + " -> " + target).isEqualTo(dsc);
        }
    }

    private static Map<String, Object> spec(Path intent) {
        return new HashMap<>(Yamls.map(Yamls.load(Yamls.read(intent)).get(0), "spec"));
    }

    /** The catalog's gpt-oss-120b asks for 4 × L40S: with the azure cluster's pools in the input it is refused, naming them; prod's have them. */
    @Test
    void aModelIsCheckedAgainstTheGpuPoolsOfTheClusterItWouldRunOn(@TempDir Path dir) throws Exception {
        Files.copy(TREE.resolve("usecases/models/gpt-oss-120b/profiles/tier1-minimal/model.yaml"), dir.resolve("model.yaml"));
        for (String cluster : List.of("azure", "prod")) {
            Files.copy(TREE.resolve("components/instances/gpu-workers/overlays/" + cluster + "/gpu-workers.yaml"), dir.resolve("gpu-workers.yaml"),
                    StandardCopyOption.REPLACE_EXISTING);
            Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "validate", dir.toString()), dir);
            if (cluster.equals("azure")) {
                assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
                assertThat(run.stderr()).contains("no GpuWorkerSet pool offers nodes with 4 × NVIDIA-L40S", "a100 (Standard_NC24ads_A100_v4");
            } else {
                assertThat(run.exitCode()).as(run.describe()).isZero();
            }
        }
    }

    /** Every Application a cluster deploys, and every one its ApplicationSets would create, syncs a folder of the tree. */
    @Test
    @SuppressWarnings("unchecked")
    void everyApplicationPointsAtAFolderOfTheTree() {
        for (String cluster : List.of("dev", "prod", "azure")) {
            for (Map<String, Object> o : PlatformTree.byKey(output("clusters/overlays/" + cluster)).values()) {
                if (o.get("kind").equals("Application")) {
                    String path = ((Map<String, Object>) ((Map<String, Object>) o.get("spec")).get("source")).get("path").toString();
                    assertThat(Golden.projectRoot().resolve(path).resolve("kustomization.yaml")).as(PlatformTree.key(o)).isRegularFile();
                }
            }
        }
        Processes.Result discover = Processes.run(List.of(Processes.launcher("rhoai-krm"), "discover", TREE.resolve("components/argocd").toString(),
                "--root", Golden.projectRoot().toString()), TREE);
        assertThat(discover.exitCode()).as(discover.describe()).isZero();
        Golden.assertMatches(TREE.resolve("components/argocd/.expected/applications.txt"), discover.stdout());
    }

    /** As a transformer the cluster's ArgoCD intent sees the DataScienceCluster's Application, and refuses a second one. */
    @Test
    void anExplicitApplicationNamedLikeTheDataScienceClustersIsRefused() throws Exception {
        Path copy = tmp.resolve("collision");
        E2e.copyTree(TREE, copy);
        Path argocd = copy.resolve("clusters/overlays/dev/argocd/kustomization.yaml");
        Files.writeString(argocd, Files.readString(argocd).replace("name: instance-gpu-workers", "name: instance-rhoai"));
        Processes.Result run = E2e.kustomize(copy.resolve("clusters/overlays/dev"), pluginHome);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("generates Application/instance-rhoai in namespace openshift-gitops, which collides with the object");
    }

    @Test
    void nothingDiffersFromTheReferenceButTheReviewedDifferences() {
        Path reference = reference();
        String report = new ReferenceDiff(reference, PlatformTreeIT::output).report(PlatformTree.kustomizations(TREE), pluginHome);
        Golden.assertMatches(TREE.resolve("reference-diff.txt"), report);
    }

    /** README.md's table is what kustomize-examples/count-lines.sh prints today. */
    @Test
    void theReadmeCountsTheLinesAsTheScriptDoes() {
        Processes.Result count = Processes.run(List.of("sh", Golden.projectRoot().resolve("kustomize-examples/count-lines.sh").toString(),
                reference().toString()), Golden.projectRoot());
        assertThat(count.exitCode()).as(count.describe()).isZero();
        assertThat(Yamls.read(Golden.projectRoot().resolve("README.md"))).contains(count.stdout());
    }

    private static Path reference() {
        return Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "the platform tree is not compared with it");
    }
}
