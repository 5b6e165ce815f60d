package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the cluster's Kueue makes of the queue and flavors (issue #18 items 6, 10 and 11). */
class KueueTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster: {platform: aws, infrastructureId: ocp-2qkbk, region: us-east-2, image: ami-0fd7c367ed8a90d52}
              pools:
                - {name: l4, instanceType: g6.2xlarge, zones: [us-east-2a], replicas: {max: 3}}
                - {name: l40s, instanceType: g6e.12xlarge, zones: [us-east-2a], replicas: {max: 2}}
              kueue: {clusterQueue: gpu, cohort: shared %s}
            """;

    static List<Map<String, Object>> render(String kueue) {
        InProcess.Run run = InProcess.stdin(INTENT.formatted(kueue), new GpuWorkerSetFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
        return ReferenceParityTest.load(run.stdout());
    }

    static List<Map<String, Object>> kueueObjects(List<Map<String, Object>> objects) {
        return objects.stream().filter(o -> String.valueOf(o.get("apiVersion")).startsWith("kueue.x-k8s.io/")).toList();
    }

    /**
     * The kueue.x-k8s.io version follows the RHOAI release ({@link KueueVersions}: its operator writes v1beta2 from
     * 3.5, on the Red Hat build of Kueue 1.4; earlier releases v1beta1, which every channel they get serves), with that version's
     * field names (v1beta2 renamed cohort to cohortName; the vendored kueue.x-k8s.io schemas of both versions
     * hold every object, unknown fields refused); a stated apiVersion wins.
     */
    @Test
    void theApiVersionFollowsTheRhoaiReleasesKueue() {
        for (String release : KueueVersions.KUEUE.keySet()) {
            List<Map<String, Object>> objects = kueueObjects(render(", rhoaiRelease: \"" + release + "\""));
            String expected = release.equals("3.5") ? "kueue.x-k8s.io/v1beta2" : "kueue.x-k8s.io/v1beta1";
            assertThat(objects).as(release).hasSize(4).allSatisfy(o -> assertThat(o.get("apiVersion")).isEqualTo(expected));
            Map<String, Object> queue = objects.stream().filter(o -> "ClusterQueue".equals(o.get("kind"))).findFirst().orElseThrow();
            assertThat(Maps.at(queue, "spec", expected.endsWith("v1beta2") ? "cohortName" : "cohort")).isEqualTo("shared");
        }
        assertThat(kueueObjects(render(""))).allSatisfy(o -> assertThat(o.get("apiVersion")).isEqualTo("kueue.x-k8s.io/v1beta2"));
        assertThat(kueueObjects(render(", rhoaiRelease: \"3.5\", apiVersion: kueue.x-k8s.io/v1beta1")))
                .allSatisfy(o -> assertThat(o.get("apiVersion")).isEqualTo("kueue.x-k8s.io/v1beta1"));
    }

    /**
     * RHOAI's operator makes a ResourceFlavor of the default name itself when kueue is Unmanaged (2.25 on,
     * and in 3.5 only with kueue.autoCreateQueues), and the two never fight. red-hat-data-services/rhods-operator
     * rhoai-3.3 (68bc2c160f): internal/controller/components/kueue/kueue_support.go L52 {@code DefaultFlavorName},
     * L261-278 {@code createDefaultResourceFlavors} (spec {}, annotated opendatahub.io/managed: "false");
     * kueue_controller_actions.go L130-157 {@code manageDefaultKueueResourcesAction}; pkg/controller/actions/deploy/
     * action_deploy.go L298-307: an object so annotated is only created (AlreadyExists ignored), with no owner
     * reference, and never patched; pkg/controller/actions/gc/action_gc.go L232-255 with onlyOwned (L346): never
     * deleted. So whichever comes first, Argo CD's apply is the one writer after creation, and the flavor it writes is
     * the operator's: no node labels, so the CPU and memory that RHOAI's own default ClusterQueue puts under it
     * ({@code createDefaultClusterQueue}) stay on any node. Same in rhoai-2.25, 3.0, 3.2, 3.4 and 3.5
     * (kueue_support.go createDefaultResourceFlavors; 3.5 kueue_controller_actions.go L152 autoCreateQueues).
     */
    @Test
    void rhodsOperatorKueueSupport_theDefaultFlavorIsTheEmptyOneRhoaiCreatesIfAbsent() {
        for (String release : List.of("2.25", "3.3", "3.5")) {
            List<Map<String, Object>> flavors = kueueObjects(render(", rhoaiRelease: \"" + release + "\"")).stream()
                    .filter(o -> "ResourceFlavor".equals(o.get("kind")) && "default-flavor".equals(Maps.string(o, "metadata", "name"))).toList();
            assertThat(flavors).as(release).hasSize(1);
            Map<String, Object> flavor = flavors.get(0);
            assertThat(flavor.get("spec")).as(release + ": createDefaultResourceFlavors writes spec {}").isEqualTo(Map.of());
            assertThat(Maps.at(flavor, "metadata", "labels")).as(release).isNull();
            assertThat(Maps.at(flavor, "metadata", "ownerReferences")).as(release).isNull();
            // the version RHOAI's operator writes it in (pkg/cluster/gvk/gvk.go: v1beta1 up to 3.4, v1beta2 in 3.5)
            assertThat(flavor.get("apiVersion")).as(release).isEqualTo(release.equals("3.5") ? KueueVersions.V1BETA2 : KueueVersions.V1BETA1);
        }
    }

    /** The releases are dsc-overlay-composer's (its release data files), the same list the DataScienceCluster takes. */
    @Test
    void theReleasesAreThoseOfTheDataScienceClusterComposer() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(Golden.projectRoot().resolve("functions/dsc-overlay-composer/src/main/data/releases"))) {
            assertThat(KueueVersions.KUEUE.keySet()).containsExactlyInAnyOrderElementsOf(
                    files.map(f -> f.getFileName().toString().replace(".yaml", "")).filter(r -> r.matches("[0-9]+\\.[0-9]+")).toList());
        }
    }

    /**
     * Kueue's flavor assignment, encoded from kubernetes-sigs/kueue ff69552e
     * pkg/scheduler/flavorassigner/flavorassigner.go: for each resource a pod set requests, the
     * resource group covering it (RGByResource), and in that group the flavors in order
     * (findFlavorForPodSets). Returns the flavors Kueue may try for {@code requests}.
     */
    static List<String> flavorsTried(Map<String, Object> queue, List<String> requests) {
        List<String> tried = new ArrayList<>();
        for (String resource : requests) {
            List<Object> covering = Maps.list(queue, "spec", "resourceGroups").stream()
                    .filter(g -> Maps.list(g, "coveredResources").contains(resource)).toList();
            assertThat(covering).as("one group covers " + resource).hasSize(1);
            Maps.list(covering.get(0), "flavors").forEach(f -> {
                if (!tried.contains(Maps.string(f, "name"))) {
                    tried.add(Maps.string(f, "name"));
                }
            });
        }
        return tried;
    }

    /** CPU-only workloads never reach a GPU flavor (whose node selector and toleration would put them on a GPU node). */
    @Test
    void cpuOnlyWorkloadsNeverReachAGpuFlavor() {
        List<Map<String, Object>> objects = render("");
        Map<String, Object> queue = objects.stream().filter(o -> "ClusterQueue".equals(o.get("kind"))).findFirst().orElseThrow();
        Map<String, Map<String, Object>> flavors = new LinkedHashMap<>();
        objects.stream().filter(o -> "ResourceFlavor".equals(o.get("kind"))).forEach(f -> flavors.put(Maps.string(f, "metadata", "name"), f));
        List<String> cpuOnly = flavorsTried(queue, List.of("cpu", "memory"));
        assertThat(cpuOnly).containsExactly("default-flavor");
        for (String name : cpuOnly) {
            assertThat(Maps.at(flavors.get(name), "spec", "nodeLabels")).isNull();
            assertThat(Maps.at(flavors.get(name), "spec", "tolerations")).isNull();
        }
        List<String> gpu = flavorsTried(queue, List.of("cpu", "memory", "nvidia.com/gpu"));
        assertThat(gpu).containsExactly("default-flavor", "gpu-l4", "gpu-l40s");
        assertThat(Maps.at(flavors.get("gpu-l40s"), "spec", "nodeLabels")).isEqualTo(Map.of(Pool.POOL_LABEL, "l40s"));
    }
    /**
     * A ClusterQueue is cluster-scoped (kubernetes-sigs/kueue apis/kueue/v1beta2/clusterqueue_types.go,
     * {@code +kubebuilder:resource:scope=Cluster}): two GpuWorkerSets naming one queue get one object with the
     * flavors and quotas of both intents' pools, as they share the ClusterAutoscaler (issue #18 item 11),
     * rather than two objects of one name that the API server (and the core) would refuse.
     */
    @Test
    void gpuWorkerSetsNamingOneClusterQueueShareIt() throws IOException {
        String input = Files.readString(Golden.projectRoot().resolve("functions/gpu-workerset-generator/src/test/resources/golden/two-sets-one-queue/input.yaml"));
        InProcess.Run run = InProcess.stdin(input, new GpuWorkerSetFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
        List<Map<String, Object>> objects = ReferenceParityTest.load(run.stdout());
        List<Map<String, Object>> queues = objects.stream().filter(o -> "ClusterQueue".equals(o.get("kind"))).toList();
        assertThat(queues).hasSize(1);
        Map<String, Object> queue = queues.get(0);
        assertThat(Maps.string(queue, "metadata", "name")).isEqualTo("gpu");
        assertThat(flavorsTried(queue, List.of("nvidia.com/gpu"))).containsExactly("gpu-l4", "gpu-l40s");
        // the second intent's cohort and release (v1beta2: cohortName), the first's namespaces
        assertThat(queue.get("apiVersion")).isEqualTo(KueueVersions.V1BETA2);
        assertThat(Maps.at(queue, "spec", "cohortName")).isEqualTo("shared-gpus");
        assertThat(Maps.at(queue, "spec", "namespaceSelector", "matchLabels")).isEqualTo(Map.of("team", "ml"));
        // CPU quota: both pools at their maximum (l4: 2 zones x 3 g6.2xlarge, l40s: 2 g6e.12xlarge), allocatable
        long expectedMilli = 6 * allocatable("g6.2xlarge") + 2 * allocatable("g6e.12xlarge");
        Object cpu = Maps.at(((List<?>) Maps.at(queue, "spec", "resourceGroups")).get(0), "flavors");
        assertThat(String.valueOf(Maps.at(((List<?>) Maps.at(((List<?>) cpu).get(0), "resources")).get(0), "nominalQuota")))
                .isEqualTo(String.valueOf(KueueObjects.cpu(expectedMilli)));
    }

    private static long allocatable(String type) {
        return dev.rhoaikrm.catalog.InstanceCatalog.shipped().find("aws", type).orElseThrow().allocatableMilliCpu();
    }
}
