package dev.rhoaikrm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a raw schema the way /work/shared/crds/validate.py's {@code preprocess} does, so the
 * Java and Python validators see the same schema. Keep this a line-by-line mirror of that function:
 * the Python script is the reference for what "valid" means.
 */
final class SchemaPreprocessor {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Values are maps of field name to schema: the names must not be read as keywords. */
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions");
    /** Values are data, not schemas. */
    private static final Set<String> VERBATIM = Set.of("enum", "default", "example", "required",
            "x-kubernetes-list-map-keys", "x-kubernetes-validations");

    private SchemaPreprocessor() {
    }

    /** The whole file: {@code $schema} dropped, top-level metadata generic (the API server owns it). */
    static ObjectNode root(ObjectNode raw) {
        raw.remove("$schema");
        ObjectNode s = (ObjectNode) node(raw);
        if (!(s.get("properties") instanceof ObjectNode)) {
            s.set("properties", F.objectNode());
        }
        ((ObjectNode) s.get("properties")).set("metadata", typeObject());
        return s;
    }

    static JsonNode node(JsonNode in) {
        if (in.isArray()) {
            ArrayNode out = F.arrayNode();
            in.forEach(x -> out.add(node(x)));
            return out;
        }
        if (!in.isObject()) {
            return in;
        }
        ObjectNode n = F.objectNode();
        for (Map.Entry<String, JsonNode> e : in.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (SCHEMA_MAPS.contains(k) && v.isObject()) {
                ObjectNode m = F.objectNode();
                v.properties().forEach(p -> m.set(p.getKey(), node(p.getValue())));
                n.set(k, m);
            } else if (SCHEMA_MAPS.contains(k) || VERBATIM.contains(k)) {
                n.set(k, v);
            } else {
                n.set(k, node(v));
            }
        }
        intOrString(n);
        nullable(n);
        embeddedResource(n);
        strictFields(n);
        if (textIs(n, "x-kubernetes-list-type", "set")) {
            n.put("uniqueItems", true);
        }
        return n;
    }

    private static void intOrString(ObjectNode n) {
        JsonNode flag = n.get("x-kubernetes-int-or-string");
        if ((flag != null && truthy(flag)) || textIs(n, "format", "int-or-string")) {
            n.remove(List.of("type", "anyOf", "oneOf", "format"));
            n.set("anyOf", F.arrayNode().add(F.objectNode().put("type", "integer"))
                    .add(F.objectNode().put("type", "string")));
        }
    }

    private static void nullable(ObjectNode n) {
        if (!isTrue(n.get("nullable"))) {
            return;
        }
        JsonNode t = n.get("type");
        if (t != null && t.isTextual()) {
            n.set("type", F.arrayNode().add(t).add("null"));
        } else if (t != null && t.isArray() && !contains(t, F.textNode("null"))) {
            n.set("type", ((ArrayNode) t.deepCopy()).add("null"));
        }
        JsonNode en = n.get("enum");
        if (en != null && en.isArray() && !contains(en, F.nullNode())) {
            n.set("enum", ((ArrayNode) en.deepCopy()).addNull());
        }
        if (n.has("anyOf")) {
            n.set("anyOf", ((ArrayNode) n.get("anyOf").deepCopy()).add(F.objectNode().put("type", "null")));
        }
    }

    /** An embedded object always carries its own apiVersion/kind/metadata. */
    private static void embeddedResource(ObjectNode n) {
        JsonNode flag = n.get("x-kubernetes-embedded-resource");
        if (flag != null && truthy(flag) && n.get("properties") instanceof ObjectNode props) {
            props.putIfAbsent("apiVersion", F.objectNode().put("type", "string"));
            props.putIfAbsent("kind", F.objectNode().put("type", "string"));
            props.set("metadata", typeObject());
        }
    }

    /** Unknown fields are errors (kubectl's strict field validation), except where preserved. */
    private static void strictFields(ObjectNode n) {
        JsonNode ap = n.get("additionalProperties");
        if (isTrue(n.get("x-kubernetes-preserve-unknown-fields"))) {
            if (ap != null && ap.isBoolean() && !ap.booleanValue()) {
                n.remove("additionalProperties");
            }
        } else if (n.has("properties") && ap == null) {
            n.put("additionalProperties", false);
        }
    }

    private static ObjectNode typeObject() {
        return F.objectNode().put("type", "object");
    }

    private static boolean textIs(ObjectNode n, String field, String value) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && v.textValue().equals(value);
    }

    private static boolean isTrue(JsonNode v) {
        return v != null && v.isBoolean() && v.booleanValue();
    }

    /** Python truthiness, as validate.py tests these flags with a bare {@code if}. */
    private static boolean truthy(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.isContainerNode() && v.size() > 0;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode x : array) {
            if (x.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
