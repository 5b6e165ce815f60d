package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every release with every profile: the DataScienceCluster validates against its CRD version,
 * carries every component of the release with an explicit managementState and every field the CRD
 * would default (so neither the API server nor a webhook changes it), and no field the release
 * lacks (which the API server would prune, leaving ArgoCD OutOfSync for ever).
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> render(String intent) {
        InProcess.Run run = InProcess.stdin(intent, new DscComposerFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(run.stdout());
    }

    @TestFactory
    Stream<DynamicTest> everyReleaseWithEveryProfile() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Release r : Releases.shipped().all()) {
            for (String profile : Profiles.shipped().names()) {
                tests.add(DynamicTest.dynamicTest(r.id + " " + profile, () -> {
                    Map<String, Object> dsc = render(intent(r.id, profile));
                    assertThat(dsc.get("apiVersion")).isEqualTo(r.apiVersion);
                    assertThat(SchemaValidator.withModels().validate(dsc)).isEmpty();
                    Map<String, Object> components = components(dsc);
                    assertThat(components.keySet()).containsExactlyElementsOf(r.components.properties.keySet());
                    assertComplete(r.id, "", r.components, components);
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
            if (spec.isObject()) {
                if (path.isEmpty() || object.containsKey(name)) {
                    assertThat(object).as(release + ": " + p).containsKey(name);
                    assertComplete(release, p, spec, (Map<String, Object>) object.get(name));
                }
            } else if (spec.defaultValue != null || (path.indexOf('.') < 0 && !path.isEmpty() && name.equals(Composition.STATE))) {
                assertThat(object).as(release + ": " + p + " is explicit").containsKey(name);
            }
        });
    }

    @Test
    void aComponentNoProfileNamesIsRemovedExplicitly() {
        Map<String, Object> base = components(render(intent("3.3", "base")));
        assertThat(base).containsEntry("trainer", Map.of("managementState", "Removed"))
                .containsEntry("dashboard", Map.of("managementState", "Managed"));
    }

    @Test
    void minimalIsBase() {
        assertThat(render(intent("3.3", "minimal")).get("spec")).isEqualTo(render(intent("3.3", "base")).get("spec"));
    }

    @Test
    void aProfileValueTheReleaseDoesNotAllowIsSkipped() {
        // base asks for kueue Unmanaged, which 2.16 does not have: kueue stays Removed there
        assertThat(components(render(intent("2.16", "base"))).get("kueue")).isEqualTo(Map.of("managementState", "Removed"));
        assertThat(components(render(intent("2.24", "base"))).get("kueue"))
                .isEqualTo(Map.of("managementState", "Unmanaged", "defaultClusterQueueName", "default", "defaultLocalQueueName", "default"));
    }
}
