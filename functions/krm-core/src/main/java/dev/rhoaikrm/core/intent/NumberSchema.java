package dev.rhoaikrm.core.intent;

import dev.rhoaikrm.core.yaml.Yaml;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

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
    Object bind(Node node, String path, Binding binding) {
        if (!(node instanceof ScalarNode s) || !(Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))
                || !(Yaml.scalarValue(s) instanceof Number n)) {
            return mismatch(node, path, binding, "number");
        }
        double value = n.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return mismatch(node, path, binding, "a finite number");
        }
        if (minExclusive ? value <= min : value < min) {
            binding.problem(path, ((ScalarNode) node).getValue() + " must be " + (minExclusive ? "more than " : "at least ") + trim(min));
            return null;
        }
        if (value > max) {
            binding.problem(path, ((ScalarNode) node).getValue() + " is more than the maximum " + trim(max));
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
