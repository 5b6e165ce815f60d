package dev.rhoaikrm.core.intent;

import java.util.Map;
import dev.rhoaikrm.core.yaml.YamlTree;

/** true or false; the strings "true" and "false" are refused, as kubectl's strict validation does. */
public final class BooleanSchema extends Schema {
    BooleanSchema() {
    }

    @Override
    Object bind(YamlTree node, String path, Binding binding) {
        if (!(node instanceof YamlTree.Scalar s) || !YamlTree.BOOL.equals(s.tag())) {
            return mismatch(node, path, binding, "boolean");
        }
        return s.value().equalsIgnoreCase("true");
    }

    @Override
    Map<String, Object> jsonType() {
        return Map.of("type", "boolean");
    }
}
