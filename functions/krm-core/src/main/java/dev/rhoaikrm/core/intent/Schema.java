package dev.rhoaikrm.core.intent;

import dev.rhoaikrm.core.yaml.Yaml;
import dev.rhoaikrm.core.yaml.YamlTree;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of an intent, written once and used three ways: to bind YAML strictly (every unknown
 * field, wrong type or bad value is a problem naming its path), to fill in defaults, and to print
 * the JSON Schema that editors use ({@code --schema}). No reflection is involved, which keeps
 * start-up fast and the native image simple.
 */
public abstract class Schema {
    private String description;
    private Object defaultValue;

    public static StringSchema string() {
        return new StringSchema();
    }

    public static IntegerSchema integer() {
        return new IntegerSchema();
    }

    public static NumberSchema number() {
        return new NumberSchema();
    }

    public static BooleanSchema bool() {
        return new BooleanSchema();
    }

    public static ObjectSchema object() {
        return new ObjectSchema();
    }

    public static ArraySchema array(Schema items) {
        return new ArraySchema(items);
    }

    public static MapSchema map(Schema values) {
        return new MapSchema(values);
    }

    /** What the field means, shown in the JSON Schema (and so in editors' hovers). */
    @SuppressWarnings("unchecked")
    public <S extends Schema> S describe(String text) {
        this.description = text;
        return (S) this;
    }

    /** The value used when the field is absent; written into the JSON Schema too. */
    @SuppressWarnings("unchecked")
    public <S extends Schema> S byDefault(Object value) {
        this.defaultValue = value;
        return (S) this;
    }

    Object defaultValue() {
        return defaultValue;
    }

    /** Binds a node; returns the Java value, or null after recording a problem. */
    abstract Object bind(YamlTree node, String path, Binding binding);

    /** The JSON Schema of this type, without description and default (added by {@link #toJsonSchema()}). */
    abstract Map<String, Object> jsonType();

    public final Map<String, Object> toJsonSchema() {
        Map<String, Object> json = new LinkedHashMap<>();
        if (description != null) {
            json.put("description", description);
        }
        json.putAll(jsonType());
        if (defaultValue != null) {
            json.put("default", defaultValue);
        }
        return json;
    }

    // ---- shared helpers for the scalar types ---------------------------------------------------

    static boolean isNull(YamlTree node) {
        return YamlTree.isNull(node);
    }

    /** How a value reads in a message: strings quoted, numbers bare, collections by their kind. */
    static String show(YamlTree node) {
        if (!isStandard(node.tag())) {
            // a custom tag (!secret, !!python/object): data the core schema gives no type, never code to run
            return untagged(node) + " with the tag " + node.tag() + " (tags are not supported)";
        }
        return untagged(node);
    }

    private static boolean isStandard(String tag) {
        return switch (tag) {
            case YamlTree.MAP, YamlTree.SEQ, YamlTree.STR, YamlTree.INT, YamlTree.FLOAT, YamlTree.BOOL, YamlTree.NULL -> true;
            default -> false;
        };
    }

    private static String untagged(YamlTree node) {
        if (node instanceof YamlTree.Mapping) {
            return "a mapping";
        }
        if (node instanceof YamlTree.Sequence) {
            return "a list";
        }
        YamlTree.Scalar s = (YamlTree.Scalar) node;
        Object v = Yaml.scalarValue(s);
        if (v instanceof String str) {
            return "\"" + (str.length() > 60 ? str.substring(0, 57) + "..." : str) + "\"";
        }
        return String.valueOf(v);
    }

    /** What an entry binder returns for an entry to leave out without a problem (an explicit null). */
    static final Object SKIP = new Object();

    /**
     * Binds one entry of a mapping (schemas of mappings override it): the value, {@link #SKIP}, or
     * null after recording a problem. A method, not a lambda handed to {@link #bindEntries}: every
     * intent binds through it once per run, and JDK 17 links each lambda the first time it runs.
     */
    Object bindEntry(String key, YamlTree value, String childPath, Binding binding) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " has no entries");
    }

    /**
     * Binds a mapping's entries in order, each through {@link #bindEntry}; keys must be plain
     * strings. Returns the bound entries, or null when any entry had a problem (all are still
     * checked, so every problem is reported at once).
     */
    final Map<String, Object> bindEntries(YamlTree.Mapping map, String path, Binding binding) {
        Map<String, Object> values = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean ok = true;
        for (YamlTree.Entry t : map.entries()) {
            if (!(t.key() instanceof YamlTree.Scalar k)) {
                binding.problem(path, "keys must be plain strings");
                ok = false;
                continue;
            }
            String childPath = Binding.child(path, k.value());
            if (!binding.visit(childPath)) {
                return null;
            }
            if (!seen.add(k.value())) {
                // the composer keeps duplicates; kubectl and kpt refuse them, and so does binding
                binding.problem(childPath, "duplicate key \"" + k.value() + "\"");
                ok = false;
                continue;
            }
            Object value = bindEntry(k.value(), t.value(), childPath, binding);
            if (value == null) {
                ok = false;
            } else if (value != SKIP) {
                values.put(k.value(), value);
            }
        }
        return ok ? values : null;
    }

    static Object mismatch(YamlTree node, String path, Binding binding, String expected) {
        binding.problem(path, "expected " + expected + ", got " + show(node));
        return null;
    }
}
