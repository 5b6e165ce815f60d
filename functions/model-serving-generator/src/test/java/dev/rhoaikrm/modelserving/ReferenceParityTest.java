package dev.rhoaikrm.modelserving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The examples reproduce the reference repository's hand-written model folders: same objects and
 * the same values in the fields that matter. Where they differ on purpose (README.md,
 * "Differences from the reference"), this test states the difference instead of ignoring it.
 * Skipped with a message when ../shared (the reference) is not beside the checkout.
 */
class ReferenceParityTest {

    @TestFactory
    Stream<DynamicTest> examplesMatchTheReference() {
        Path models = Golden.sharedOrSkip("reference/rhoai-deploy-gitops/usecases/models", "reference parity not checked");
        return Stream.of("gpt-oss-120b", "qwen-math-7b", "orchestrator-8b").map(name -> DynamicTest.dynamicTest(name, () -> {
            Map<String, Map<String, Object>> ref = byKind(readDir(models.resolve(name + "/manifests")));
            InProcess.Run run = InProcess.render(Golden.projectRoot().resolve("examples/model-serving/" + name), List.of(new ModelServingFunction()));
            Map<String, Map<String, Object>> ours = byKind(load(run.stdout()));
            compare(name, ref, ours);
        }));
    }

    @SuppressWarnings("unchecked")
    private static void compare(String name, Map<String, Map<String, Object>> ref, Map<String, Map<String, Object>> ours) {
        // Kinds: the reference's extra Service is replaced by KServe's own <name>-predictor Service, and
        // its Route, which odh-model-controller would delete (kserve_raw_route_reconciler.go, odh-v3.3), by
        // the controller's own: the InferenceService asks for it with the visibility label.
        Set<String> refKinds = new HashSet<>(ref.keySet());
        refKinds.remove("Service");
        refKinds.remove("Route");
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(refKinds);

        Map<String, Object> refIsvc = ref.get("InferenceService");
        Map<String, Object> isvc = ours.get("InferenceService");
        for (String key : List.of("opendatahub.io/model-type", "openshift.io/display-name", "openshift.io/description",
                "security.opendatahub.io/enable-auth", "serving.kserve.io/deploymentMode", "serving.kserve.io/stop")) {
            assertThat(at(isvc, "metadata", "annotations", key)).as(key).isEqualTo(at(refIsvc, "metadata", "annotations", key));
        }
        for (String key : List.of("opendatahub.io/dashboard", "opendatahub.io/genai-asset")) {
            assertThat(at(isvc, "metadata", "labels", key)).as(key).isEqualTo(at(refIsvc, "metadata", "labels", key));
        }
        for (String field : List.of("minReplicas", "maxReplicas", "automountServiceAccountToken")) {
            assertThat(at(isvc, "spec", "predictor", field)).as(field).isEqualTo(at(refIsvc, "spec", "predictor", field));
        }
        for (String field : List.of("modelFormat", "runtime", "storageUri")) {
            assertThat(at(isvc, "spec", "predictor", "model", field)).as(field).isEqualTo(at(refIsvc, "spec", "predictor", "model", field));
        }
        assertSameQuantities((Map<String, Object>) at(isvc, "spec", "predictor", "model", "resources"),
                (Map<String, Object>) at(refIsvc, "spec", "predictor", "model", "resources"));

        // Arguments: the same set, once the ServingRuntime's tool-call flags (gpt-oss) are counted
        // with the InferenceService's, and 0.90 reads as 0.9.
        Map<String, Object> refSr = ref.get("ServingRuntime");
        List<String> refArgs = new ArrayList<>((List<String>) at(refIsvc, "spec", "predictor", "model", "args"));
        List<String> refRuntimeArgs = new ArrayList<>((List<String>) container(refSr).get("args"));
        refRuntimeArgs.stream().filter(a -> a.startsWith("--enable-auto-tool-choice") || a.startsWith("--tool-call-parser")).forEach(refArgs::add);
        refRuntimeArgs.removeIf(a -> a.startsWith("--enable-auto-tool-choice") || a.startsWith("--tool-call-parser"));
        assertThat(normalise((List<String>) at(isvc, "spec", "predictor", "model", "args")))
                .containsExactlyInAnyOrderElementsOf(normalise(refArgs));

        Map<String, Object> sr = ours.get("ServingRuntime");
        for (String field : List.of("image", "command", "env")) {
            assertThat(container(sr).get(field)).as(field).isEqualTo(container(refSr).get(field));
        }
        assertThat(container(sr).get("args")).isEqualTo(refRuntimeArgs);
        assertThat(at(sr, "metadata", "annotations", "opendatahub.io/template-name"))
                .isEqualTo(at(refSr, "metadata", "annotations", "opendatahub.io/template-name"));
        assertThat(at(sr, "spec", "supportedModelFormats")).isEqualTo(at(refSr, "spec", "supportedModelFormats"));

        assertThat(at(ours.get("Namespace"), "metadata", "name")).isEqualTo(name);
        assertThat(at(ours.get("Namespace"), "metadata", "labels", "opendatahub.io/dashboard")).isEqualTo("true");
        assertThat(at(ref.get("Route"), "metadata", "name")).as("the reference's Route has the name the controller owns").isEqualTo(name);
        assertThat(at(isvc, "metadata", "labels", "networking.kserve.io/visibility")).isEqualTo("exposed");

        if (ref.containsKey("PersistentVolumeClaim")) {
            Map<String, Object> pvc = ours.get("PersistentVolumeClaim");
            Map<String, Object> refPvc = ref.get("PersistentVolumeClaim");
            assertThat(at(pvc, "metadata", "name")).isEqualTo(at(refPvc, "metadata", "name"));
            assertThat(at(pvc, "spec", "accessModes")).isEqualTo(at(refPvc, "spec", "accessModes"));
            assertThat(new Quantity((String) at(pvc, "spec", "resources", "requests", "storage")))
                    .isEqualTo(new Quantity((String) at(refPvc, "spec", "resources", "requests", "storage")));
            // Difference: the repository reaches the script through the environment, never spliced into its code.
            String refScript = String.join("\n", (List<String>) container(ref.get("Job")).get("command"));
            String repo = refScript.replaceAll("(?s).*repo_id='([^']+)'.*", "$1");
            assertThat((List<Map<String, Object>>) container(ours.get("Job")).get("env"))
                    .contains(Map.of("name", "HF_REPO_ID", "value", repo));
            assertThat(container(ours.get("Job")).get("command")).isEqualTo(List.of("bash", "-ec", DownloadJob.SCRIPT));
            assertThat(at(ours.get("Job"), "spec", "template", "spec", "volumes"))
                    .isEqualTo(at(ref.get("Job"), "spec", "template", "spec", "volumes"));
            assertSameQuantities((Map<String, Object>) container(ours.get("Job")).get("resources"),
                    (Map<String, Object>) container(ref.get("Job")).get("resources"));
        }
    }

    private static List<String> normalise(List<String> args) {
        return args.stream().map(a -> a.replaceAll("=(\\d+\\.\\d*?)0+$", "=$1")).toList();
    }

    @SuppressWarnings("unchecked")
    private static void assertSameQuantities(Map<String, Object> ours, Map<String, Object> ref) {
        assertThat(ours.keySet()).isEqualTo(ref.keySet());
        for (String side : ref.keySet()) {
            Map<String, Object> a = (Map<String, Object>) ours.get(side);
            Map<String, Object> b = (Map<String, Object>) ref.get(side);
            assertThat(a.keySet()).as(side).isEqualTo(b.keySet());
            a.forEach((k, v) -> assertThat(new Quantity(String.valueOf(v))).as(side + "." + k).isEqualTo(new Quantity(String.valueOf(b.get(k)))));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(Map<String, Object> object) {
        Object spec = object.get("spec");
        Map<String, Object> podSpec = ((Map<String, Object>) spec).containsKey("template")
                ? (Map<String, Object>) at(object, "spec", "template", "spec") : (Map<String, Object>) spec;
        return ((List<Map<String, Object>>) podSpec.get("containers")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> object, String... path) {
        Object v = object;
        for (String p : path) {
            v = v == null ? null : ((Map<String, Object>) v).get(p);
        }
        return v;
    }

    private static Map<String, Map<String, Object>> byKind(List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> byKind = new java.util.TreeMap<>();
        objects.forEach(o -> byKind.put((String) o.get("kind"), o));
        return byKind;
    }

    private static List<Map<String, Object>> readDir(Path dir) throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("kustomization.yaml")).sorted().toList()) {
                all.addAll(load(Files.readString(f)));
            }
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(String yaml) {
        List<Map<String, Object>> docs = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(d -> {
            if (d != null) {
                docs.add((Map<String, Object>) d);
            }
        });
        return docs;
    }
}
