package dev.rhoaikrm.core.intent;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A mapping with free keys and one value schema (labels, annotations, node selectors). */
public final class MapSchema extends Schema {
    private final Schema values;

    MapSchema(Schema values) {
        this.values = values;
    }

    @Override
    Object bind(Node node, String path, Binding binding) {
        if (!(node instanceof MappingNode map)) {
            return mismatch(node, path, binding, "a mapping");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                binding.problem(path, "keys must be plain strings");
                ok = false;
                continue;
            }
            String childPath = Binding.child(path, k.getValue());
            if (!binding.visit(childPath)) {
                return null;
            }
            Object v = isNull(t.getValueNode()) ? mismatch(t.getValueNode(), childPath, binding, "a value")
                    : values.bind(t.getValueNode(), childPath, binding);
            ok &= v != null;
            result.put(k.getValue(), v);
        }
        return ok ? result : null;
    }

    @Override
    Map<String, Object> jsonType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "object");
        json.put("additionalProperties", values.toJsonSchema());
        return json;
    }
}
