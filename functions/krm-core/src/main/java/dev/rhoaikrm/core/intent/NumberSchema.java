package dev.rhoaikrm.core.intent;

import dev.rhoaikrm.core.yaml.Yaml;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.rhoaikrm.core.yaml.YamlTree;

/** A number (integer or decimal) within bounds; the lower bound may be exclusive. */
public final class NumberSchema extends Schema {
    private double min = Double.NEGATIVE_INFINITY;
    private boolean minExclusive;
    private double max = Double.POSITIVE_INFINITY;

    NumberSchema() {
    }

    public NumberSchema above(double value) {
        this.min = value;
        this.minExclusive = true;
        return this;
    }

    public NumberSchema min(double value) {
        this.min = value;
        this.minExclusive = false;
        return this;
    }

    public NumberSchema max(double value) {
        this.max = value;
        return this;
    }

    @Override
    Object bind(YamlTree node, String path, Binding binding) {
        if (!(node instanceof YamlTree.Scalar s) || !(YamlTree.INT.equals(s.tag()) || YamlTree.FLOAT.equals(s.tag()))
                || !(Yaml.scalarValue(s) instanceof Number n)) {
            return mismatch(node, path, binding, "number");
        }
        double value = n.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return mismatch(node, path, binding, "a finite number");
        }
        if (minExclusive ? value <= min : value < min) {
            binding.problem(path, s.value() + " must be " + (minExclusive ? "more than " : "at least ") + trim(min));
            return null;
        }
        if (value > max) {
            binding.problem(path, s.value() + " is more than the maximum " + trim(max));
            return null;
        }
        return value;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Override
    Map<String, Object> jsonType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "number");
        if (min != Double.NEGATIVE_INFINITY) {
            json.put(minExclusive ? "exclusiveMinimum" : "minimum", min);
        }
        if (max != Double.POSITIVE_INFINITY) {
            json.put("maximum", max);
        }
        return json;
    }
}
