package dev.rhoaikrm.core.intent;

import java.util.LinkedHashMap;
import java.util.Map;
import dev.rhoaikrm.core.yaml.YamlTree;

/** A mapping with free keys and one value schema (labels, annotations, node selectors). */
public final class MapSchema extends Schema {
    private final Schema values;

    MapSchema(Schema values) {
        this.values = values;
    }

    @Override
    Object bind(YamlTree node, String path, Binding binding) {
        if (!(node instanceof YamlTree.Mapping map)) {
            return mismatch(node, path, binding, "a mapping");
        }
        return bindEntries(map, path, binding);
    }

    @Override
    Object bindEntry(String key, YamlTree value, String childPath, Binding binding) {
        return isNull(value) ? mismatch(value, childPath, binding, "a value") : values.bind(value, childPath, binding);
    }

    @Override
    Map<String, Object> jsonType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "object");
        json.put("additionalProperties", values.toJsonSchema());
        return json;
    }
}
