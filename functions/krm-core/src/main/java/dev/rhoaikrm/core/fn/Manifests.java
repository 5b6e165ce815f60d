package dev.rhoaikrm.core.fn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generated objects are plain ordered maps, built by the functions with {@link #map}: no
 * reflective serialisation on the start path (Jackson's introspection of fabric8 model classes
 * cost more than half of a render's start-up; see docs/PERFORMANCE.md). Tests still check every
 * generated object against its upstream schema and its fabric8 model class. Output order is
 * canonical: apiVersion, kind, metadata (name, namespace, labels, annotations with sorted keys),
 * spec, then anything else in the order it was built.
 */
public final class Manifests {

    private Manifests() {
    }

    /** A map in canonical key order; nulls and empty collections removed. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> canonical(Map<String, Object> object) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : List.of("apiVersion", "kind", "metadata", "spec")) {
            if (object.containsKey(key)) {
                Object v = key.equals("metadata") ? metadata((Map<String, Object>) object.get(key)) : object.get(key);
                putClean(out, key, v);
            }
        }
        for (Map.Entry<String, Object> e : object.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                putClean(out, e.getKey(), e.getValue());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> metadata) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : List.of("name", "namespace", "labels", "annotations")) {
            Object v = metadata.get(key);
            if (v instanceof Map<?, ?> m && (key.equals("labels") || key.equals("annotations"))) {
                v = new TreeMap<>((Map<String, Object>) m);
            }
            putClean(out, key, v);
        }
        for (Map.Entry<String, Object> e : metadata.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                putClean(out, e.getKey(), e.getValue());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void putClean(Map<String, Object> out, String key, Object value) {
        Object clean = clean(value);
        if (clean != null) {
            out.put(key, clean);
        }
    }

    /**
     * An empty map that output keeps as {@code {}}, for the few fields where empty differs from
     * absent: a Kueue ClusterQueue's {@code namespaceSelector: {}} admits every namespace, while
     * no selector admits none. Every other empty map is dropped as noise.
     */
    public static Map<String, Object> emptyObject() {
        return new KeptEmpty();
    }

    private static final class KeptEmpty extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** Drops nulls and empty maps/lists (except {@link #emptyObject()}), recursively, so output never carries noise. */
    @SuppressWarnings("unchecked")
    private static Object clean(Object value) {
        if (value instanceof KeptEmpty) {
            return new KeptEmpty(); // still kept when canonical() runs again
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = value instanceof TreeMap ? new TreeMap<>() : new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                Object c = clean(e.getValue());
                if (c != null) {
                    out.put(e.getKey(), c);
                }
            }
            return out.isEmpty() ? null : metadataFirst(out);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new java.util.ArrayList<>(l.size());
            for (Object v : l) {
                Object c = clean(v);
                if (c != null) {
                    out.add(c);
                }
            }
            return out.isEmpty() ? null : out;
        }
        return value;
    }

    /** Pod templates and other embedded objects read metadata first, as kubectl prints them. */
    private static Map<String, Object> metadataFirst(Map<String, Object> map) {
        if (!map.containsKey("metadata") || !map.containsKey("spec") || map instanceof TreeMap) {
            return map;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metadata", map.get("metadata"));
        for (Map.Entry<String, Object> e : map.entrySet()) {
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        return out;
    }

    /** A mutable ordered map from alternating keys and values: {@code map("name", "x", "port", 8080)}. */
    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> metadataOf(Map<String, Object> object) {
        return (Map<String, Object>) child(object, "metadata", false);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> labelsOf(Map<String, Object> object) {
        return (Map<String, Object>) child(metadataOf(object), "labels", true);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> annotationsOf(Map<String, Object> object) {
        return (Map<String, Object>) child(metadataOf(object), "annotations", true);
    }

    /**
     * The map under {@code key}, made (sorted or in insertion order) when absent. A loop, not
     * computeIfAbsent with a lambda: on the start path, where each lambda's first call costs a
     * bootstrap on JDK 17–24 (docs/PERFORMANCE.md).
     */
    private static Object child(Map<String, Object> parent, String key, boolean sorted) {
        Object child = parent.get(key);
        if (child == null) {
            child = sorted ? new TreeMap<String, Object>() : new LinkedHashMap<String, Object>();
            parent.put(key, child);
        }
        return child;
    }

    /** The object without rhoai-krm.dev/generated-by, which only says where it came from (and an annotations map left empty). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> withoutGeneratedBy(Map<String, Object> object) {
        Map<String, Object> copy = new LinkedHashMap<>(object);
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) copy.getOrDefault("metadata", Map.of()));
        Map<String, Object> annotations = new LinkedHashMap<>((Map<String, Object>) metadata.getOrDefault("annotations", Map.of()));
        annotations.remove(Pipeline.GENERATED_BY);
        if (annotations.isEmpty()) {
            metadata.remove("annotations");
        } else {
            metadata.put("annotations", annotations);
        }
        copy.put("metadata", metadata);
        return copy;
    }
}
