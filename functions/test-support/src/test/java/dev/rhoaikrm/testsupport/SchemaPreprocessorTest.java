package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** validate.py's preprocess rules, one by one, on tiny schemas (JSON written with ' for readability). */
class SchemaPreprocessorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode pre(String schema) {
        return SchemaPreprocessor.node(json(schema));
    }

    @Test
    void intOrStringBecomesAnyOfIntegerString() {
        assertThat(pre("{'type':'string','format':'int-or-string','x-kubernetes-int-or-string':true}"))
                .isEqualTo(json("{'x-kubernetes-int-or-string':true,'anyOf':[{'type':'integer'},{'type':'string'}]}"));
    }

    @Test
    void nullableAllowsNull() {
        assertThat(pre("{'type':'string','enum':['a'],'nullable':true}"))
                .isEqualTo(json("{'type':['string','null'],'enum':['a',null],'nullable':true}"));
        assertThat(pre("{'anyOf':[{'type':'integer'}],'nullable':true}").get("anyOf"))
                .isEqualTo(json("[{'type':'integer'},{'type':'null'}]"));
    }

    @Test
    void unknownFieldsRejectedUnlessPreserved() {
        assertThat(pre("{'type':'object','properties':{'a':{'type':'string'}}}").get("additionalProperties").asBoolean(true))
                .isFalse();
        assertThat(pre("{'properties':{'a':{}},'additionalProperties':{'type':'string'}}").get("additionalProperties"))
                .isEqualTo(json("{'type':'string'}"));
        assertThat(pre("{'properties':{'a':{}},'additionalProperties':false,'x-kubernetes-preserve-unknown-fields':true}")
                .has("additionalProperties")).isFalse();
        assertThat(pre("{'type':'object'}").has("additionalProperties")).isFalse();
    }

    @Test
    void embeddedResourceKeepsTypeMetaAndGenericMetadata() {
        JsonNode props = pre("{'type':'object','x-kubernetes-embedded-resource':true,"
                + "'properties':{'metadata':{'properties':{'name':{'type':'string'}}},'spec':{}}}").get("properties");
        assertThat(props.get("apiVersion")).isEqualTo(json("{'type':'string'}"));
        assertThat(props.get("kind")).isEqualTo(json("{'type':'string'}"));
        assertThat(props.get("metadata")).isEqualTo(json("{'type':'object'}"));
    }

    @Test
    void listTypeSetMeansUniqueItems() {
        assertThat(pre("{'type':'array','x-kubernetes-list-type':'set'}").get("uniqueItems").asBoolean()).isTrue();
        assertThat(pre("{'type':'array','x-kubernetes-list-type':'atomic'}").has("uniqueItems")).isFalse();
    }

    @Test
    void fieldNamesAndDataAreNotKeywords() {
        // A field called "nullable" does not make its parent nullable; enum values are left alone.
        JsonNode s = pre("{'type':'object','properties':{'nullable':{'type':'boolean'}},"
                + "'enum':[{'properties':{}}],'default':{'properties':{}}}");
        assertThat(s.get("type")).isEqualTo(json("'object'"));
        assertThat(s.get("enum")).isEqualTo(json("[{'properties':{}}]"));
        assertThat(s.get("default")).isEqualTo(json("{'properties':{}}"));
        assertThat(s.get("properties").get("nullable")).isEqualTo(json("{'type':'boolean'}"));
    }

    @Test
    void rootDropsSchemaKeywordAndMakesMetadataGeneric() {
        ObjectNode raw = (ObjectNode) json("{'$schema':'http://json-schema.org/schema#','type':'object',"
                + "'properties':{'metadata':{'properties':{'name':{'type':'string'}}}}}");
        JsonNode s = SchemaPreprocessor.root(raw);
        assertThat(s.has("$schema")).isFalse();
        assertThat(s.get("properties").get("metadata")).isEqualTo(json("{'type':'object'}"));
        assertThat(s.get("additionalProperties").asBoolean(true)).isFalse();
    }
}
