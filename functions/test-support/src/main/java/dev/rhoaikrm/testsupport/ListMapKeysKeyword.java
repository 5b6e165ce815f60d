package dev.rhoaikrm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.AbstractJsonValidator;
import com.networknt.schema.AbstractKeyword;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonValidator;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code x-kubernetes-list-map-keys} on a {@code x-kubernetes-list-type: map} list: two items with the
 * same key values are rejected by the API server, and validate.py reports them the same way.
 */
final class ListMapKeysKeyword extends AbstractKeyword {
    static final String NAME = "x-kubernetes-list-map-keys";

    ListMapKeysKeyword() {
        super(NAME);
    }

    @Override
    public JsonValidator newValidator(SchemaLocation location, JsonNodePath evaluationPath, JsonNode schemaNode,
            JsonSchema parentSchema, ValidationContext context) {
        List<String> keys = new ArrayList<>();
        schemaNode.forEach(k -> keys.add(k.asText()));
        JsonNode listType = parentSchema.getSchemaNode().get("x-kubernetes-list-type");
        boolean isMap = listType != null && "map".equals(listType.asText());
        return new AbstractJsonValidator(location, evaluationPath, this, schemaNode) {
            @Override
            public Set<ValidationMessage> validate(ExecutionContext ctx, JsonNode node, JsonNode root,
                    JsonNodePath at) {
                return isMap && node.isArray() ? duplicates(keys, node, at, this) : Set.of();
            }
        };
    }

    private static Set<ValidationMessage> duplicates(List<String> keys, JsonNode list, JsonNodePath at,
            JsonValidator v) {
        Set<ValidationMessage> out = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                continue;
            }
            ArrayNode key = JsonNodeFactory.instance.arrayNode();
            keys.forEach(k -> key.add(item.has(k) ? item.get(k) : JsonNodeFactory.instance.nullNode()));
            // JSON text as the identity, as validate.py uses json.dumps: 1 and 1L are the same key.
            Integer first = seen.putIfAbsent(key.toString(), i);
            if (first != null) {
                String text = at + ": duplicate list-map key " + describe(keys, item)
                        + " (items " + first + " and " + i + ")";
                out.add(ValidationMessage.builder().type(NAME).code(NAME).instanceLocation(at)
                        .evaluationPath(v.getEvaluationPath()).schemaLocation(v.getSchemaLocation())
                        .instanceNode(list).messageSupplier(() -> text).build());
            }
        }
        return out;
    }

    /** {@code name=x, protocol=TCP}: Python's str() of the values, as validate.py prints them. */
    private static String describe(List<String> keys, JsonNode item) {
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            JsonNode v = item.get(k);
            String text = v == null || v.isNull() ? "None"
                    : v.isBoolean() ? (v.booleanValue() ? "True" : "False")
                    : v.isTextual() ? v.textValue() : v.toString();
            parts.add(k + "=" + text);
        }
        return String.join(", ", parts);
    }
}
