package dev.rhoaikrm.core.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.rhoaikrm.core.yaml.YamlTree;

/** A mapping with known fields; any other field is a problem, like kubectl --validate=strict. */
public final class ObjectSchema extends Schema {
    private final Map<String, Schema> fields = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    ObjectSchema() {
    }

    public ObjectSchema field(String name, Schema schema) {
        fields.put(name, schema);
        return this;
    }

    public ObjectSchema required(String name, Schema schema) {
        required.add(name);
        return field(name, schema);
    }

    @Override
    Object bind(YamlTree node, String path, Binding binding) {
        if (!(node instanceof YamlTree.Mapping map)) {
            return mismatch(node, path, binding, "a mapping");
        }
        Map<String, Object> values = bindEntries(map, path, binding);
        if (values == null) {
            return null;
        }
        boolean ok = true;
        for (String name : required) {
            if (!values.containsKey(name)) {
                binding.problem(Binding.child(path, name), "required field is missing");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        java.util.Set<String> present = java.util.Set.copyOf(values.keySet());
        fillDefaults(path, values);
        return new BoundObject(path, values, present);
    }

    @Override
    Object bindEntry(String key, YamlTree value, String childPath, Binding binding) {
        Schema schema = fields.get(key);
        if (schema == null) {
            binding.problem(childPath, "unknown field \"" + key + "\" (known: " + String.join(", ", fields.keySet()) + ")");
            return null;
        }
        return isNull(value) ? SKIP : schema.bind(value, childPath, binding); // null reads as "not set", as in Kubernetes
    }

    /** Absent fields take their defaults; absent sub-objects are bound as empty, so they carry theirs. */
    private void fillDefaults(String path, Map<String, Object> values) {
        for (Map.Entry<String, Schema> f : fields.entrySet()) {
            if (values.containsKey(f.getKey())) {
                continue;
            }
            if (f.getValue().defaultValue() != null) {
                values.put(f.getKey(), f.getValue().defaultValue());
            } else if (f.getValue() instanceof ObjectSchema sub) {
                values.put(f.getKey(), sub.empty(Binding.child(path, f.getKey())));
            }
        }
    }

    /** Binds an absent object: its defaults only (so callers never deal with null sub-objects). */
    BoundObject empty(String path) {
        Map<String, Object> values = new LinkedHashMap<>();
        fillDefaults(path, values);
        return new BoundObject(path, values, java.util.Set.of());
    }

    Schema fieldSchema(String name) {
        return fields.get(name);
    }

    @Override
    Map<String, Object> jsonType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "object");
        Map<String, Object> props = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> f : fields.entrySet()) {
            props.put(f.getKey(), f.getValue().toJsonSchema());
        }
        json.put("properties", props);
        if (!required.isEmpty()) {
            json.put("required", required);
        }
        json.put("additionalProperties", false);
        return json;
    }
}
