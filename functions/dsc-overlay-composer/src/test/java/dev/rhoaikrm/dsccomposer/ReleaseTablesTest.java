package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The release tables against the CRD schemas vendored in test-support: the 3.3 table is the v2
 * schema of spec.components exactly (descriptions and CEL rules aside); every field of every 2.x
 * table is a field of the v1 schema with the very shape that schema gives it (an enum may lack
 * values a later release added). And the facts beside
 * the tables (equivalents, refusals, prerequisites, write-backs) name fields the release has.
 */
class ReleaseTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMAS = "dev/rhoaikrm/testsupport/schemas/datasciencecluster.opendatahub.io/";

    static JsonNode componentsOf(String schemaFile) throws IOException {
        try (InputStream in = ReleaseTablesTest.class.getClassLoader().getResourceAsStream(SCHEMAS + schemaFile)) {
            assertThat(in).as(schemaFile).isNotNull();
            JsonNode components = JSON.readTree(in).at("/properties/spec/properties/components");
            return stripped(components);
        }
    }

    /** Without what the tables leave out: descriptions and x-kubernetes-validations (CEL rules). */
    private static JsonNode stripped(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("description");
            o.remove("x-kubernetes-validations");
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                strip(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(ReleaseTablesTest::strip);
        }
    }

    @Test
    void theRhoai33TableIsTheV2SchemaOfSpecComponents() throws IOException {
        Release r33 = Releases.shipped().get("3.3");
        assertThat(r33.verified).isTrue();
        assertThat(r33.apiVersion).isEqualTo("datasciencecluster.opendatahub.io/v2");
        assertThat((JsonNode) JSON.valueToTree(r33.components.toOpenApi())).isEqualTo(componentsOf("datasciencecluster_v2.json"));
    }

    @Test
    void every2xFieldHasTheShapeOfTheV1Schema() throws IOException {
        JsonNode v1 = componentsOf("datasciencecluster_v1.json");
        for (Release r : Releases.shipped().all()) {
            if (r.major() != 2) {
                continue;
            }
            assertThat(r.apiVersion).as(r.id).isEqualTo("datasciencecluster.opendatahub.io/v1");
            assertThat(r.verified).as(r.id + " says its facts are inferred").isFalse();
            assertSubset(r.id, "", r.components, v1);
        }
    }

    private static void assertSubset(String release, String path, FieldSpec spec, JsonNode schema) {
        assertThat(schema.isMissingNode()).as(release + ": " + path + " is in the v1 schema").isFalse();
        if (!spec.isObject()) {
            // the same shape, except that an older release may lack enum values (kueue Unmanaged before 2.24)
            ObjectNode ours = JSON.valueToTree(spec.toOpenApi());
            ObjectNode theirs = schema.deepCopy();
            if (ours.has("enum")) {
                assertThat(theirs.get("enum")).as(release + ": " + path + " enum").containsAll(ours.get("enum"));
                ours.remove("enum");
                theirs.remove("enum");
            }
            assertThat((JsonNode) ours).as(release + ": " + path).isEqualTo(theirs);
            return;
        }
        assertThat(schema.path("type").asText()).as(release + ": " + path).isEqualTo("object");
        assertThat((JsonNode) JSON.valueToTree(spec.required)).as(release + ": " + path + " required")
                .isEqualTo(schema.has("required") ? schema.get("required") : JSON.createArrayNode());
        for (Map.Entry<String, FieldSpec> p : spec.properties.entrySet()) {
            assertSubset(release, path + "." + p.getKey(), p.getValue(), schema.path("properties").path(p.getKey()));
        }
    }

    @Test
    void theFactsBesideTheTablesNameWhatTheReleaseHas() {
        Releases releases = Releases.shipped();
        for (Release r : releases.all()) {
            r.equivalents.forEach((name, e) -> {
                assertThat(r.field(name)).as(r.id + ": equivalents name what the release lacks: " + name).isNull();
                if (e.use() != null) {
                    assertThat(r.field(e.use())).as(r.id + ": equivalent of " + name).isNotNull();
                }
            });
            r.refused.forEach((path, values) -> values.keySet().forEach(v ->
                    assertThat(r.field(path).admits(v)).as(r.id + ": a refusal is of a value the schema admits: " + path + "=" + v).isTrue()));
            for (Release.Prerequisite p : r.prerequisites) {
                FieldSpec state = r.field(p.component() + "." + Composition.STATE);
                assertThat(state).as(r.id + ": " + p.component()).isNotNull();
                p.when().forEach(w -> assertThat(state.admits(w)).as(r.id + ": " + p.component() + " " + w).isTrue());
                p.conditions().keySet().forEach(c -> assertThat(r.field(p.component() + "." + c)).as(r.id + ": " + c).isNotNull());
                assertThat(p.packages()).isNotEmpty();
            }
            for (Release.WrittenBack w : r.writtenBack) {
                assertThat(r.field(w.component() + "." + w.field())).as(r.id + ": " + w).isNotNull();
            }
        }
    }

    @Test
    void availabilityReadsAsRanges() {
        Releases releases = Releases.shipped();
        assertThat(releases.having(r -> r.field("modelmeshserving") != null)).isEqualTo("RHOAI 2.16–2.25");
        assertThat(releases.having(r -> r.field("kserve.rawDeploymentServiceConfig") != null)).isEqualTo("RHOAI 2.19–2.25 and 3.3");
        assertThat(releases.having(r -> r.field("mlflowoperator") != null)).isEqualTo("RHOAI 3.3");
        assertThat(releases.having(r -> r.field("kserve.nim.airGapped") != null)).isNull();
        assertThat(releases.ids()).startsWith("2.16").endsWith("3.3").contains("2.20", "2.25");
    }
}
