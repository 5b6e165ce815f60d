package dev.rhoaikrm.core.intent;

import dev.rhoaikrm.core.yaml.Yaml;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.rhoaikrm.core.yaml.YamlTree;

/** A whole number within bounds. */
public final class IntegerSchema extends Schema {
    private long min = Long.MIN_VALUE;
    private long max = Long.MAX_VALUE;

    IntegerSchema() {
    }

    public IntegerSchema min(long value) {
        this.min = value;
        return this;
    }

    public IntegerSchema max(long value) {
        this.max = value;
        return this;
    }

    /**
     * A value that lands in an int32 field of a Kubernetes object (format int32 in its CRD): beyond
     * ±2^31 the API server refuses it, or a Go client wraps it around. Narrower bounds stay.
     */
    public IntegerSchema int32() {
        this.min = Math.max(min, Integer.MIN_VALUE);
        this.max = Math.min(max, Integer.MAX_VALUE);
        return this;
    }

    @Override
    Object bind(YamlTree node, String path, Binding binding) {
        if (!(node instanceof YamlTree.Scalar s) || !YamlTree.INT.equals(s.tag())
                || !(Yaml.scalarValue(s) instanceof Long value)) {
            return mismatch(node, path, binding, "integer");
        }
        if (value < min) {
            binding.problem(path, value + " is less than the minimum " + min);
            return null;
        }
        if (value > max) {
            binding.problem(path, value + " is more than the maximum " + max);
            return null;
        }
        return value;
    }

    @Override
    Map<String, Object> jsonType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "integer");
        if (min != Long.MIN_VALUE) {
            json.put("minimum", min);
        }
        if (max != Long.MAX_VALUE) {
            json.put("maximum", max);
        }
        return json;
    }
}
