package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The examples reproduce the reference's rhoai-instance overlays and its instance-rhoai Application
 * field by field, except for the differences README.md lists, which this test states one by one
 * (reference value → ours) instead of ignoring. Skipped with a message when ../shared is absent.
 */
class ReferenceParityTest {
    static final String NIM_AIR_GAPPED = "/spec/components/kserve/nim/airGapped";
    static final String QUEUE = "/spec/components/kueue/defaultClusterQueueName";
    static final String ARGO = "/spec/components/aipipelines/argoWorkflowsControllers/managementState";
    static final String KUEUE_STATE = "/spec/components/kueue/managementState";

    /** Per example: the fields whose value differs on purpose, reference → ours (null: absent). */
    static Map<String, Object[]> differences(String overlay) {
        Map<String, Object[]> d = new LinkedHashMap<>();
        d.put(NIM_AIR_GAPPED, new Object[] {false, null}); // not in the RHOAI 3.3 schema: pruned, OutOfSync for ever
        if (List.of("training", "dev", "full").contains(overlay)) {
            d.put(QUEUE, new Object[] {"default", "training-cluster-queue"}); // the ClusterQueue that holds the quota
        }
        if (List.of("dev", "full").contains(overlay)) {
            d.put(ARGO, new Object[] {"Removed", "Managed"}); // pipelines need a controller; nothing else installs one
        }
        if (overlay.equals("full")) {
            d.put(KUEUE_STATE, new Object[] {"Managed", "Unmanaged"}); // Managed is refused by the 3.3 operator
        }
        return d;
    }

    static Path reference() {
        return Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "reference parity not checked");
    }

    @TestFactory
    Stream<DynamicTest> everyOverlayIsReproduced() {
        Path ref = reference();
        return ExamplesGoldenTest.REFERENCE_OVERLAYS.stream().map(overlay -> DynamicTest.dynamicTest(overlay, () -> {
            // the reference's minimal overlay is its base
            String dir = overlay.equals("base") || overlay.equals("minimal") ? "base" : "overlays/" + overlay;
            Map<String, Object> theirs = only(load(Files.readString(ref.resolve("components/instances/rhoai-instance/" + dir + "/datasciencecluster.yaml"))));
            Map<String, Object> ours = ofKind(rendered(overlay), "DataScienceCluster");
            assertSameBut(flat(theirs), flat(ours), differences(overlay));
        }));
    }

    @TestFactory
    Stream<DynamicTest> theApplicationIsReproduced() {
        Path ref = reference();
        return Stream.of(DynamicTest.dynamicTest("instance-rhoai", () -> {
            Map<String, Object> theirs = only(load(Files.readString(ref.resolve("clusters/overlays/dev/rhoai-instance-app.yaml"))));
            Map<String, Object> ours = ofKind(rendered("dev"), "Application");
            Map<String, Object[]> d = new LinkedHashMap<>();
            // the immutable field the defaulting webhook writes, ignored while modelregistry is Managed
            d.put("/spec/ignoreDifferences/0/jsonPointers/1", new Object[] {null, "/spec/components/modelregistry/registriesNamespace"});
            assertSameBut(flat(theirs), flat(ours), d);
        }));
    }

    private static void assertSameBut(Map<String, Object> theirs, Map<String, Object> ours, Map<String, Object[]> differences) {
        Map<String, Object> expected = new TreeMap<>(theirs);
        differences.forEach((path, change) -> {
            assertThat(theirs.get(path)).as("the reference's " + path).isEqualTo(change[0]);
            if (change[1] == null) {
                expected.remove(path);
            } else {
                expected.put(path, change[1]);
            }
        });
        ours.keySet().removeIf(k -> k.equals("/metadata/annotations/rhoai-krm.dev~1generated-by"));
        assertThat(new TreeMap<>(ours)).isEqualTo(expected);
    }

    private static List<Map<String, Object>> rendered(String overlay) {
        var run = ExamplesGoldenTest.render(ExamplesGoldenTest.EXAMPLES.resolve(overlay));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return load(run.stdout());
    }

    private static Map<String, Object> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> only(List<Map<String, Object>> objects) {
        assertThat(objects).hasSize(1);
        return objects.get(0);
    }

    /** JSON pointer → scalar, lists by index. */
    static Map<String, Object> flat(Object node) {
        Map<String, Object> out = new TreeMap<>();
        flatten("", node, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object node, Map<String, Object> out) {
        if (node instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> flatten(path + "/" + k.replace("~", "~0").replace("/", "~1"), v, out));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "/" + i, l.get(i), out);
            }
        } else {
            out.put(path, node);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load(String yaml) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object d : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            if (d != null) {
                docs.add((Map<String, Object>) d);
            }
        }
        return docs;
    }
}
