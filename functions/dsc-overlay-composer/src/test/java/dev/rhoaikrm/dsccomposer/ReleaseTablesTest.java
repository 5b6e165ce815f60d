package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rhoaikrm.testsupport.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The release tables cannot drift from the CRDs the releases shipped: each
 * src/main/data/tables/&lt;release&gt;.yaml is derived from that release's vendored CRD by
 * {@link ShippedCrds} (this test rewrites it with -Drhoai.golden.update=true), and what the
 * composer loads from it at run time is that CRD's spec.components, keyword for keyword.
 */
class ReleaseTablesTest {
    static final Path TABLES = Golden.projectRoot().resolve("functions/dsc-overlay-composer/src/main/data/tables");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyVendoredReleaseIsKnownAndNothingElse() {
        assertThat(Releases.shipped().ids()).containsExactlyElementsOf(ShippedCrds.sources().stream().map(ShippedCrds.Source::release).toList());
        assertThat(ShippedCrds.sources()).extracting(ShippedCrds.Source::release)
                .containsExactly("2.16", "2.17", "2.18", "2.19", "2.20", "2.21", "2.22", "2.23", "2.24", "2.25", "3.0", "3.2", "3.3", "3.4", "3.5");
    }

    @TestFactory
    Stream<DynamicTest> eachTableFileIsDerivedFromItsCrd() {
        return ShippedCrds.sources().stream().map(source -> DynamicTest.dynamicTest(source.release(), () -> {
            String file = ShippedCrds.tableFile(source);
            Golden.assertMatches(TABLES.resolve(source.release() + ".yaml"), file);
            // the file reads back as the CRD's table (the writer loses nothing) ...
            Object read = new Load(LoadSettings.builder().build()).loadFromString(file);
            JsonNode readComponents = JSON.valueToTree(read).get("components");
            ObjectNode crd = ShippedCrds.componentsTable(source);
            assertThat(readComponents).isEqualTo(crd.get("properties"));
            // ... and the composer's table is that, keyword for keyword, with the CRD's apiVersion
            Release r = Releases.shipped().get(source.release());
            assertThat(r.apiVersion).isEqualTo(source.apiVersion());
            assertThat((JsonNode) JSON.valueToTree(r.components.toOpenApi())).isEqualTo(crd);
        }));
    }

    @Test
    void theUnionIsDerivedFromTheTables() {
        Releases releases = Releases.shipped();
        FieldSpec union = null;
        for (Release r : releases.all()) {
            union = union == null ? r.components : union.union(r.components);
        }
        java.util.Map<String, String> availability = new java.util.LinkedHashMap<>();
        for (String component : union.properties.keySet()) {
            availability.put(component, releases.having(r -> r.field(component) != null));
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> properties = (java.util.Map<String, Object>) union.toOpenApi().get("properties");
        Golden.assertMatches(TABLES.resolve("union.yaml"), ShippedCrds.unionFile(properties, availability));
        assertThat((JsonNode) JSON.valueToTree(releases.union().toOpenApi())).isEqualTo(JSON.valueToTree(union.toOpenApi()));
        availability.forEach((c, text) -> assertThat(releases.availability(c)).as(c).isEqualTo(text));
    }

    @Test
    void theFixedTwoXTablesAreWhatTheCrdsSay() {
        Releases releases = Releases.shipped();
        // issue #19: the old hand-written tables had these one or more releases early, or refused them
        assertThat(releases.having(r -> r.field("feastoperator") != null)).isEqualTo("RHOAI 2.20–2.25 and 3.0–3.5");
        assertThat(releases.having(r -> r.field("workbenches.workbenchNamespace") != null)).isEqualTo("RHOAI 2.20–2.25 and 3.0–3.5");
        assertThat(releases.having(r -> r.field("datasciencepipelines.argoWorkflowsControllers") != null)).isEqualTo("RHOAI 2.23–2.25");
        assertThat(releases.having(r -> r.field("trustyai.eval") != null)).isEqualTo("RHOAI 2.25 and 3.0–3.5");
        assertThat(releases.having(r -> r.field("kueue.managementState").admits("Unmanaged"))).isEqualTo("RHOAI 2.23–2.25 and 3.0–3.5");
        assertThat(releases.having(r -> r.field("kserve.serving") != null)).isEqualTo("RHOAI 2.16–2.25");
        assertThat(releases.having(r -> r.field("kserve.defaultDeploymentMode") != null)).isEqualTo("RHOAI 2.16–2.25");
        assertThat(releases.having(r -> r.field("kserve.nim") != null)).isEqualTo("RHOAI 2.17–2.25 and 3.0–3.5");
        assertThat(releases.having(r -> r.field("kserve.rawDeploymentServiceConfig") != null)).isEqualTo("RHOAI 2.19–2.25 and 3.0–3.5");
        assertThat(releases.having(r -> r.field("llamastackoperator") != null)).isEqualTo("RHOAI 2.22–2.25 and 3.0–3.5");
        assertThat(releases.having(r -> r.field("kueue.defaultClusterQueueName") != null)).isEqualTo("RHOAI 2.23–2.25 and 3.0–3.5");
    }

    @Test
    void theNewThreeXComponentsAreWhereTheCrdsPutThem() {
        Releases releases = Releases.shipped();
        assertThat(releases.having(r -> r.field("mlflowoperator") != null)).isEqualTo("RHOAI 3.2–3.5");
        assertThat(releases.having(r -> r.field("trainer") != null)).isEqualTo("RHOAI 3.2–3.5");
        assertThat(releases.having(r -> r.field("kserve.modelsAsService") != null)).isEqualTo("RHOAI 3.3–3.5");
        for (String path : List.of("sparkoperator", "kserve.wva", "trustyai.mcpGuardrailsMode", "kserve.nim.airGapped")) {
            assertThat(releases.having(r -> r.field(path) != null)).as(path).isEqualTo("RHOAI 3.4–3.5");
        }
        for (String path : List.of("aigateway", "mcplifecycleoperator", "ogx", "kserve.modelCache", "kserve.oauthProxy",
                "kueue.autoCreateQueues", "mlflowoperator.gateway", "kserve.enableLLMInferenceServiceTLS")) {
            assertThat(releases.having(r -> r.field(path) != null)).as(path).isEqualTo("RHOAI 3.5");
        }
        assertThat(releases.get("3.0").field("kueue.managementState").enumValues).containsExactly("Unmanaged", "Removed");
        assertThat(releases.get("3.5").field("kserve.modelCache.cacheSize").type).isEqualTo(FieldSpec.INT_OR_STRING);
        assertThat(releases.get("3.5").field("kserve.modelCache.nodeSelector.matchLabels").isMap()).isTrue();
    }
}
