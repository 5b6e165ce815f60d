package dev.rhoaikrm.core.intent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.rhoaikrm.core.yaml.YamlTree;

/** A list whose items share one schema. */
public final class ArraySchema extends Schema {
    private final Schema items;
    private int minItems;

    ArraySchema(Schema items) {
        this.items = items;
    }

    public ArraySchema minItems(int min) {
        this.minItems = min;
        return this;
    }

    @Override
    Object bind(YamlTree node, String path, Binding binding) {
        if (!(node instanceof YamlTree.Sequence seq)) {
            return mismatch(node, path, binding, "a list");
        }
        if (seq.items().size() < minItems) {
            binding.problem(path, "needs at least " + minItems + " item(s)");
            return null;
        }
        List<Object> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            String childPath = Binding.index(path, i);
            if (!binding.visit(childPath)) {
                return null;
            }
            YamlTree child = seq.items().get(i);
            Object v = isNull(child) ? mismatch(child, childPath, binding, "a value") : items.bind(child, childPath, binding);
            ok &= v != null;
            values.add(v);
        }
        return ok ? List.copyOf(values) : null;
    }

    @Override
    Map<String, Object> jsonType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "array");
        json.put("items", items.toJsonSchema());
        if (minItems > 0) {
            json.put("minItems", minItems);
        }
        return json;
    }
}
