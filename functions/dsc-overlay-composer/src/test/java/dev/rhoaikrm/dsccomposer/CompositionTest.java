package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every release with every profile, checked against that release's own shipped CRDs (strictly: no
 * unknown field): the DataScienceCluster validates against the release's DataScienceCluster CRD,
 * carries every component of the release with an explicit managementState and every field the CRD
 * would default (so neither the API server nor a webhook changes it), and no field the release
 * lacks (which the API server would prune, leaving ArgoCD OutOfSync for ever); a DSCInitialization,
 * where the KServe mode needs one, validates against the release's DSCInitialization CRD with every
 * default of its objects written out.
 */
class CompositionTest {

    static String intent(String release, String profile) {
        return """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: DataScienceClusterComposition
                metadata: {name: default-dsc}
                spec: {release: "%s", profiles: [%s]}
                """.formatted(release, profile);
    }

    /** Every object rendered from an intent that must succeed. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> renderAll(String intent) {
        InProcess.Run run = InProcess.stdin(intent, new DscComposerFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<Map<String, Object>> out = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(run.stdout()).forEach(d -> out.add((Map<String, Object>) d));
        return out;
    }

    static Map<String, Object> render(String intent) {
        return ofKind(renderAll(intent), "DataScienceCluster");
    }

    static Map<String, Object> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).findFirst().orElse(null);
    }

    @TestFactory
    Stream<DynamicTest> everyReleaseWithEveryProfile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Release r : Releases.shipped().all()) {
            for (String profile : Profiles.shipped().names()) {
                tests.add(DynamicTest.dynamicTest(r.id + " " + profile, () -> {
                    List<Map<String, Object>> objects = renderAll(intent(r.id, profile));
                    SchemaValidator ownCrds = SchemaValidator.withModels().forRelease(r.id);
                    for (Map<String, Object> o : objects) {
                        assertThat(ownCrds.validate(o)).as(r.id + " " + profile + ": " + o.get("kind")).isEmpty();
                    }
                    Map<String, Object> dsc = ofKind(objects, "DataScienceCluster");
                    assertThat(dsc.get("apiVersion")).isEqualTo(r.apiVersion);
                    Map<String, Object> components = components(dsc);
                    assertThat(components.keySet()).containsExactlyElementsOf(r.components.properties.keySet());
                    assertComplete(r.id, "", r.components, components);
                    Map<String, Object> dsci = ofKind(objects, "DSCInitialization");
                    if (dsci != null) {
                        JsonNode schema = ShippedCrds.schema(ShippedCrds.source(r.id).dsciResource()).at("/properties/spec");
                        assertDefaultsWritten(r.id + " DSCInitialization", "spec", schema, dsci.get("spec"));
                    }
                    assertThat(objects).hasSize(dsci == null ? 1 : 2);
                }));
            }
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> components(Map<String, Object> dsc) {
        return (Map<String, Object>) ((Map<String, Object>) dsc.get("spec")).get("components");
    }

    /** Every key is in the table, every defaulted leaf is present, every component has a managementState. */
    @SuppressWarnings("unchecked")
    private static void assertComplete(String release, String path, FieldSpec table, Map<String, Object> object) {
        for (String key : object.keySet()) {
            assertThat(table.properties).as(release + ": " + path + "." + key + " is a field of the release").containsKey(key);
        }
        table.properties.forEach((name, spec) -> {
            String p = path.isEmpty() ? name : path + "." + name;
            if (spec.isStruct()) {
                if (path.isEmpty() || object.containsKey(name)) {
                    assertThat(object).as(release + ": " + p).containsKey(name);
                    assertComplete(release, p, spec, (Map<String, Object>) object.get(name));
                }
            } else if (spec.defaultValue != null || (path.indexOf('.') < 0 && !path.isEmpty() && name.equals(Composition.STATE))) {
                assertThat(object).as(release + ": " + p + " is explicit").containsKey(name);
            }
        });
    }

    /** In every object present, every field the schema defaults is written. */
    @SuppressWarnings("unchecked")
    private static void assertDefaultsWritten(String what, String path, JsonNode schema, Object value) {
        if (!(value instanceof Map<?, ?> map) || !schema.has("properties")) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getValue().has("default") && !p.getKey().equals("devFlags")) {
                assertThat((Map<String, Object>) map).as(what + ": " + path + "." + p.getKey() + " is explicit").containsKey(p.getKey());
            }
            assertDefaultsWritten(what, path + "." + p.getKey(), p.getValue(), map.get(p.getKey()));
        }
    }

    @Test
    void aComponentNoProfileNamesIsRemovedExplicitly() {
        Map<String, Object> base = components(render(intent("3.3", "base")));
        assertThat(base).containsEntry("trainer", Map.of("managementState", "Removed"))
                .containsEntry("dashboard", Map.of("managementState", "Managed"));
    }

    @Test
    void minimalIsBase() {
        assertThat(render(intent("3.5", "minimal")).get("spec")).isEqualTo(render(intent("3.5", "base")).get("spec"));
    }

    @Test
    void theDefaultReleaseIsTheNewestGaOne() {
        String noRelease = """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: DataScienceClusterComposition
                metadata: {name: default-dsc}
                spec: {profiles: [base]}
                """;
        assertThat(render(noRelease)).isEqualTo(render(intent("3.5", "base")));
        assertThat(Releases.shipped().defaultId()).isEqualTo("3.5");
        assertThat(Releases.shipped().ids()).last().isEqualTo("3.5");
    }

    @Test
    void aProfileValueTheReleaseDoesNotAllowIsSkippedAndSaid() {
        // base asks for kueue Unmanaged, which 2.16 does not have: kueue stays Removed there, and the run says so
        assertThat(components(render(intent("2.16", "base"))).get("kueue")).isEqualTo(Map.of("managementState", "Removed"));
        InProcess.Run run = InProcess.stdin(intent("2.16", "training"), new DscComposerFunction());
        assertThat(run.stderr()).contains("info: <stdin>: DataScienceClusterComposition/default-dsc: spec.profiles[0]: profile base on RHOAI 2.16:"
                + " kueue.managementState: Unmanaged is not a value of RHOAI 2.16 (allowed: Managed, Removed); RHOAI 2.23–2.25 and 3.0–3.5 allow it,"
                + " so it stays Removed");
        assertThat(components(render(intent("2.23", "base"))).get("kueue"))
                .isEqualTo(Map.of("managementState", "Unmanaged", "defaultClusterQueueName", "default", "defaultLocalQueueName", "default"));
    }

    @Test
    void onThreeFiveTheDeprecatedFieldsAProfileTurnsOnGoToTheirReplacements() {
        Map<String, Object> full = components(render(intent("3.5", "full")));
        assertThat(full.get("llamastackoperator")).isEqualTo(Map.of("managementState", "Removed"));
        assertThat(full.get("ogx")).isEqualTo(Map.of("managementState", "Managed"));
        assertThat(((Map<?, ?>) full.get("kserve")).get("modelsAsService")).isEqualTo(Map.of("managementState", "Removed"));
        assertThat(full.get("aigateway")).isEqualTo(Map.of("managementState", "Managed",
                "modelsAsAService", Map.of("managementState", "Managed")));
        InProcess.Run run = InProcess.stdin(intent("3.5", "dev"), new DscComposerFunction());
        assertThat(run.stderr()).contains("profile dev on RHOAI 3.5: llamastackoperator.managementState: Managed:"
                + " the Llama Stack operator is deprecated in RHOAI 3.5: use OGX instead, so ogx.managementState: Managed instead");
        // 3.4 knows no OGX: the Llama Stack operator itself
        assertThat(components(render(intent("3.4", "dev"))).get("llamastackoperator")).isEqualTo(Map.of("managementState", "Managed"));
    }

    @Test
    void aTwoXClusterRunsKserveRawDeploymentOnlyWithItsDscInitialization() {
        List<Map<String, Object>> objects = renderAll(intent("2.25", "serving"));
        Map<?, ?> kserve = (Map<?, ?>) components(ofKind(objects, "DataScienceCluster")).get("kserve");
        assertThat(kserve.get("defaultDeploymentMode")).isEqualTo("RawDeployment");
        assertThat(((Map<?, ?>) kserve.get("serving")).get("managementState")).isEqualTo("Removed");
        Map<String, Object> dsci = ofKind(objects, "DSCInitialization");
        assertThat(dsci.get("apiVersion")).isEqualTo("dscinitialization.opendatahub.io/v1");
        assertThat(((Map<?, ?>) dsci.get("metadata")).get("name")).isEqualTo("default-dsci");
        assertThat(((Map<?, ?>) ((Map<?, ?>) dsci.get("spec")).get("serviceMesh")).get("managementState")).isEqualTo("Removed");
        // KServe off: nothing needs the DSCInitialization, so it is left as the cluster has it
        assertThat(ofKind(renderAll(intent("2.25", "base")), "DSCInitialization")).isNull();
        // 3.x has no Serverless and no mesh in the DSCInitialization's hands
        assertThat(ofKind(renderAll(intent("3.5", "serving")), "DSCInitialization")).isNull();
    }

    @Test
    void upToTwoTwentyTheModelRegistryNeedsTheServiceMesh() {
        // RO rhoai-2.20 modelregistry_controller_actions.go L23-35 stops without the mesh; 2.21 does not
        Map<String, Object> dsci220 = ofKind(renderAll(intent("2.20", "dev")), "DSCInitialization");
        assertThat(((Map<?, ?>) ((Map<?, ?>) dsci220.get("spec")).get("serviceMesh")).get("managementState")).isEqualTo("Managed");
        Map<String, Object> dsci221 = ofKind(renderAll(intent("2.21", "dev")), "DSCInitialization");
        assertThat(((Map<?, ?>) ((Map<?, ?>) dsci221.get("spec")).get("serviceMesh")).get("managementState")).isEqualTo("Removed");
    }
}
