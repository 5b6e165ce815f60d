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
 * One node of a release's spec.components table, in the CRD's own terms: the subset of OpenAPI v3
 * and of Kubernetes' extensions that the shipped DataScienceCluster CRDs use (see
 * {@link #KEYWORDS}), so that a table can be compared with the CRD as it is. Objects keep their
 * properties in name order, which is also the order the DataScienceCluster is written in (as the
 * CRD and the reference have it). An int-or-string node ({@code x-kubernetes-int-or-string}) has
 * the type {@link #INT_OR_STRING}; a map is an object with {@code additionalProperties} and no
 * properties.
 */
final class FieldSpec {
    static final String INT_OR_STRING = "int-or-string";
    private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "enum", "default", "pattern", "maxLength",
            "items", "minItems", "additionalProperties", "anyOf", "x-kubernetes-int-or-string", "x-kubernetes-list-type",
            "x-kubernetes-map-type", "x-kubernetes-validations");
    /** What the CRD writes for an int-or-string, next to the flag. */
    private static final List<Object> INT_OR_STRING_ANY_OF = List.of(Map.of("type", "integer"), Map.of("type", "string"));

    /** A CEL rule of the CRD ({@code x-kubernetes-validations}): see {@link CelRules} for how the composer keeps them. */
    record Rule(String rule, String message) {
    }

    final String type;
    final Map<String, FieldSpec> properties;
    final List<String> required;
    final List<String> enumValues;
    final Object defaultValue;
    final String pattern;
    final Integer maxLength;
    /** Items of an array, values of a map; null otherwise. */
    final FieldSpec items;
    final FieldSpec additionalProperties;
    final Integer minItems;
    final String listType;
    final String mapType;
    final List<Rule> rules;

    private FieldSpec(String type, Map<String, FieldSpec> properties, List<String> required, List<String> enumValues,
                      Object defaultValue, String pattern, Integer maxLength, FieldSpec items, FieldSpec additionalProperties,
                      Integer minItems, String listType, String mapType, List<Rule> rules) {
        this.type = type;
        this.properties = properties;
        this.required = required;
        this.enumValues = enumValues;
        this.defaultValue = defaultValue;
        this.pattern = pattern;
        this.maxLength = maxLength;
        this.items = items;
        this.additionalProperties = additionalProperties;
        this.minItems = minItems;
        this.listType = listType;
        this.mapType = mapType;
        this.rules = rules;
    }

    static FieldSpec parse(String where, Object node) {
        Map<String, Object> m = DataFiles.mapping(where, node);
        for (String key : m.keySet()) {
            if (!KEYWORDS.contains(key)) {
                throw new IllegalStateException(where + ": unknown keyword " + key + " (known: " + new java.util.TreeSet<>(KEYWORDS) + ")");
            }
        }
        String type;
        if (Boolean.TRUE.equals(m.get("x-kubernetes-int-or-string"))) {
            if (m.containsKey("type") || !INT_OR_STRING_ANY_OF.equals(m.get("anyOf"))) {
                throw new IllegalStateException(where + ": an int-or-string has anyOf [integer, string] and no type");
            }
            type = INT_OR_STRING;
        } else {
            type = DataFiles.string(where, m, "type");
        }
        Map<String, FieldSpec> properties = new TreeMap<>();
        for (Map.Entry<String, Object> e : DataFiles.mapping(where, m, "properties").entrySet()) {
            properties.put(e.getKey(), parse(where + "." + e.getKey(), e.getValue()));
        }
        FieldSpec additional = m.containsKey("additionalProperties") ? parse(where + ".*", m.get("additionalProperties")) : null;
        if (type.equals("object") != (m.containsKey("properties") || additional != null)) {
            throw new IllegalStateException(where + ": an object has properties or additionalProperties, and only an object");
        }
        FieldSpec items = m.containsKey("items") ? parse(where + "[]", m.get("items")) : null;
        if (type.equals("array") != (items != null)) {
            throw new IllegalStateException(where + ": an array has items, and only an array");
        }
        List<String> enumValues = m.containsKey("enum") ? List.copyOf(DataFiles.strings(where, m, "enum")) : null;
        List<Rule> rules = new ArrayList<>();
        for (Object r : DataFiles.list(where, m, "x-kubernetes-validations")) {
            Map<String, Object> rule = DataFiles.mapping(where + ": x-kubernetes-validations", r);
            rules.add(new Rule(DataFiles.string(where, rule, "rule"), DataFiles.string(where, rule, "message")));
        }
        return new FieldSpec(type, properties, List.copyOf(DataFiles.strings(where, m, "required")), enumValues, m.get("default"),
                optionalString(m, "pattern"), optionalInt(m, "maxLength"), items, additional, optionalInt(m, "minItems"),
                optionalString(m, "x-kubernetes-list-type"), optionalString(m, "x-kubernetes-map-type"), List.copyOf(rules));
    }

    private static String optionalString(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static Integer optionalInt(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : ((Number) v).intValue();
    }

    boolean isObject() {
        return type.equals("object");
    }

    /** An object whose keys are free (matchLabels, resource limits): its values are {@link #additionalProperties}. */
    boolean isMap() {
        return isObject() && additionalProperties != null && properties.isEmpty();
    }

    /** An object with named properties (a component, a sub-switch). */
    boolean isStruct() {
        return isObject() && !isMap();
    }

    /** The node at a dotted path below this object ("nim.managementState"), or null. */
    FieldSpec at(String dottedPath) {
        FieldSpec node = this;
        for (String part : dottedPath.split("\\.")) {
            node = node.isStruct() ? node.properties.get(part) : null;
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * Whether a value has this node's type and, for a string, one of its enum values. Patterns and
     * lengths are checked when an intent is bound (they are the same in every release that has the field).
     */
    boolean admits(Object value) {
        return switch (type) {
            case "string" -> value instanceof String s && (enumValues == null || enumValues.contains(s));
            case "boolean" -> value instanceof Boolean;
            case "integer" -> value instanceof Long || value instanceof Integer;
            case INT_OR_STRING -> value instanceof String || value instanceof Long || value instanceof Integer;
            case "array" -> value instanceof List<?>;
            case "object" -> value instanceof Map<?, ?>;
            default -> false;
        };
    }

    /**
     * The union of two releases' nodes, for binding an intent before its release is known: every
     * property of either, every enum value of either. A default is no part of a union, nor a CEL
     * rule (checked against the chosen release); what differs between the two is left out.
     */
    FieldSpec union(FieldSpec other) {
        if (!type.equals(other.type)) {
            throw new IllegalStateException("one field is " + type + " in one release and " + other.type + " in another");
        }
        Map<String, FieldSpec> merged = new TreeMap<>(properties);
        for (Map.Entry<String, FieldSpec> e : other.properties.entrySet()) {
            FieldSpec mine = merged.get(e.getKey());
            merged.put(e.getKey(), mine == null ? e.getValue() : mine.union(e.getValue()));
        }
        List<String> values = null;
        if (enumValues != null && other.enumValues != null) {
            Set<String> all = new LinkedHashSet<>(enumValues);
            all.addAll(other.enumValues);
            values = new ArrayList<>(all);
        }
        return new FieldSpec(type, merged, List.of(), values, null, same(pattern, other.pattern), same(maxLength, other.maxLength),
                unionOf(items, other.items), unionOf(additionalProperties, other.additionalProperties),
                same(minItems, other.minItems), same(listType, other.listType), same(mapType, other.mapType), List.of());
    }

    private static FieldSpec unionOf(FieldSpec a, FieldSpec b) {
        return a == null ? b : b == null ? a : a.union(b);
    }

    private static <T> T same(T a, T b) {
        return Objects.equals(a, b) ? a : null;
    }

    /** An object with one property. */
    static FieldSpec objectWith(String name, FieldSpec child) {
        return new FieldSpec("object", new TreeMap<>(Map.of(name, child)), List.of(), null, null, null, null, null, null, null, null,
                null, List.of());
    }

    /** The node as OpenAPI, in the CRD's terms (for the test that compares a table with its CRD). */
    Map<String, Object> toOpenApi() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (type.equals(INT_OR_STRING)) {
            m.put("anyOf", INT_OR_STRING_ANY_OF);
            m.put("x-kubernetes-int-or-string", true);
        } else {
            m.put("type", type);
        }
        if (!properties.isEmpty()) {
            Map<String, Object> props = new TreeMap<>();
            for (Map.Entry<String, FieldSpec> e : properties.entrySet()) {
                props.put(e.getKey(), e.getValue().toOpenApi());
            }
            m.put("properties", props);
        }
        if (additionalProperties != null) {
            m.put("additionalProperties", additionalProperties.toOpenApi());
        }
        if (items != null) {
            m.put("items", items.toOpenApi());
        }
        putIfSet(m, "required", required.isEmpty() ? null : required);
        putIfSet(m, "enum", enumValues);
        putIfSet(m, "default", defaultValue);
        putIfSet(m, "pattern", pattern);
        putIfSet(m, "maxLength", maxLength);
        putIfSet(m, "minItems", minItems);
        putIfSet(m, "x-kubernetes-list-type", listType);
        putIfSet(m, "x-kubernetes-map-type", mapType);
        if (!rules.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (Rule r : rules) { // in the CRD's order, and the same on every run
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("message", r.message());
                rule.put("rule", r.rule());
                list.add(rule);
            }
            m.put("x-kubernetes-validations", list);
        }
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
