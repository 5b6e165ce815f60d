package dev.rhoaikrm.dsccomposer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One node of a release's spec.components table, in the CRD's own terms (a subset of OpenAPI v3:
 * type, properties, required, enum, default, pattern, maxLength), so that the 3.3 table can be
 * compared with the CRD schema as it is. Objects keep their properties in name order, which is
 * also the order the DataScienceCluster is written in (as the CRD and the reference have it).
 */
final class FieldSpec {
    private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "enum", "default", "pattern", "maxLength");

    final String type;
    final Map<String, FieldSpec> properties;
    final List<String> required;
    final List<String> enumValues;
    final Object defaultValue;
    final String pattern;
    final Integer maxLength;

    private FieldSpec(String type, Map<String, FieldSpec> properties, List<String> required, List<String> enumValues,
                      Object defaultValue, String pattern, Integer maxLength) {
        this.type = type;
        this.properties = properties;
        this.required = required;
        this.enumValues = enumValues;
        this.defaultValue = defaultValue;
        this.pattern = pattern;
        this.maxLength = maxLength;
    }

    static FieldSpec parse(String where, Object node) {
        Map<String, Object> m = DataFiles.mapping(where, node);
        for (String key : m.keySet()) {
            if (!KEYWORDS.contains(key)) {
                throw new IllegalStateException(where + ": unknown keyword " + key + " (known: " + KEYWORDS + ")");
            }
        }
        String type = DataFiles.string(where, m, "type");
        Map<String, FieldSpec> properties = new TreeMap<>();
        DataFiles.mapping(where, m, "properties").forEach((k, v) -> properties.put(k, parse(where + "." + k, v)));
        if (type.equals("object") != m.containsKey("properties")) {
            throw new IllegalStateException(where + ": an object has properties, and only an object");
        }
        List<String> enumValues = m.containsKey("enum") ? List.copyOf(DataFiles.strings(where, m, "enum")) : null;
        Object pattern = m.get("pattern");
        Object maxLength = m.get("maxLength");
        return new FieldSpec(type, properties, List.copyOf(DataFiles.strings(where, m, "required")), enumValues,
                m.get("default"), pattern == null ? null : String.valueOf(pattern), maxLength == null ? null : ((Number) maxLength).intValue());
    }

    boolean isObject() {
        return type.equals("object");
    }

    /** The node at a dotted path below this object ("nim.managementState"), or null. */
    FieldSpec at(String dottedPath) {
        FieldSpec node = this;
        for (String part : dottedPath.split("\\.")) {
            node = node.isObject() ? node.properties.get(part) : null;
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** Whether a leaf admits this value (type and enum; patterns are the same in every release and checked when binding). */
    boolean admits(Object value) {
        return switch (type) {
            case "string" -> value instanceof String s && (enumValues == null || enumValues.contains(s));
            case "boolean" -> value instanceof Boolean;
            case "integer" -> value instanceof Long || value instanceof Integer;
            default -> false;
        };
    }

    /** {@code extends}: this table with a later release's changes laid over it (objects merge, leaves are replaced). */
    FieldSpec overlay(FieldSpec later) {
        if (!isObject() || !later.isObject()) {
            return later;
        }
        Map<String, FieldSpec> merged = new TreeMap<>(properties);
        later.properties.forEach((k, v) -> merged.merge(k, v, FieldSpec::overlay));
        List<String> req = later.required.isEmpty() ? required : later.required;
        return new FieldSpec("object", merged, req, null, null, null, null);
    }

    /**
     * The union of two releases' nodes, for binding an intent before its release is known: every
     * property of either, every enum value of either. A default is no part of a union.
     */
    FieldSpec union(FieldSpec other) {
        if (!type.equals(other.type)) {
            throw new IllegalStateException("one field is " + type + " in one release and " + other.type + " in another");
        }
        if (isObject()) {
            Map<String, FieldSpec> merged = new TreeMap<>(properties);
            other.properties.forEach((k, v) -> merged.merge(k, v, FieldSpec::union));
            return new FieldSpec("object", merged, List.of(), null, null, null, null);
        }
        List<String> values = null;
        if (enumValues != null && other.enumValues != null) {
            Set<String> all = new LinkedHashSet<>(enumValues);
            all.addAll(other.enumValues);
            values = new ArrayList<>(all);
        }
        return new FieldSpec(type, Map.of(), List.of(), values, null,
                Objects.equals(pattern, other.pattern) ? pattern : null,
                Objects.equals(maxLength, other.maxLength) ? maxLength : null);
    }

    /** An object with one property. */
    static FieldSpec objectWith(String name, FieldSpec child) {
        return new FieldSpec("object", new TreeMap<>(Map.of(name, child)), List.of(), null, null, null, null);
    }

    /** The node as OpenAPI (for the test that compares the 3.3 table with the CRD). */
    Map<String, Object> toOpenApi() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        if (isObject()) {
            Map<String, Object> props = new TreeMap<>();
            properties.forEach((k, v) -> props.put(k, v.toOpenApi()));
            m.put("properties", props);
        }
        if (!required.isEmpty()) {
            m.put("required", required);
        }
        if (enumValues != null) {
            m.put("enum", enumValues);
        }
        if (defaultValue != null) {
            m.put("default", defaultValue);
        }
        if (pattern != null) {
            m.put("pattern", pattern);
        }
        if (maxLength != null) {
            m.put("maxLength", maxLength);
        }
        return m;
    }
}
