package dev.rhoaikrm.core.intent;

import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** true or false; the strings "true" and "false" are refused, as kubectl's strict validation does. */
public final class BooleanSchema extends Schema {
    BooleanSchema() {
    }

    @Override
    Object bind(Node node, String path, Binding binding) {
        if (!(node instanceof ScalarNode s) || !Tag.BOOL.equals(s.getTag())) {
            return mismatch(node, path, binding, "boolean");
        }
        return s.getValue().equalsIgnoreCase("true");
    }

    @Override
    Map<String, Object> jsonType() {
        return Map.of("type", "boolean");
    }
}
