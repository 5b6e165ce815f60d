package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.fn.Manifests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain-map helpers for provider specs. A provider spec is an opaque RawExtension to the API
 * server, so it is kept as ordered maps (fabric8's provider classes would add or drop fields) and
 * written in one canonical order: apiVersion and kind first, then every key sorted, at every level,
 * as {@code oc get -o yaml} prints them. A spec built from stated facts and one cloned from a saved
 * MachineSet therefore print identically.
 */
final class Maps {
    private Maps() {
    }

    /** A deep, mutable copy of YAML-shaped values (maps, lists, scalars). */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                out.put(e.getKey(), copy(e.getValue()));
            }
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object v : l) {
                out.add(copy(v));
            }
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copyMap(Map<String, Object> map) {
        return (Map<String, Object>) copy(map);
    }

    /** The provider spec order: apiVersion, kind, then sorted keys; nested maps sorted. Empty markers survive. */
    static Map<String, Object> canonicalProviderSpec(Map<String, Object> spec) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String first : List.of("apiVersion", "kind")) {
            if (spec.containsKey(first)) {
                out.put(first, spec.get(first));
            }
        }
        for (Map.Entry<String, Object> e : sorted(spec).entrySet()) {
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sorted(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : new TreeMap<>(map).entrySet()) {
            out.put(e.getKey(), sortedValue(e.getValue()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object sortedValue(Object value) {
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty() ? value : sorted((Map<String, Object>) m); // an empty map keeps its class: Manifests.emptyObject()
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object v : l) {
                out.add(sortedValue(v));
            }
            return out;
        }
        return value;
    }

    /** The map at {@code key}, created when absent (or not a map). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        map.put(key, created);
        return created;
    }

    /** The value at a path of map keys, or null. */
    @SuppressWarnings("unchecked")
    static Object at(Object root, String... path) {
        Object v = root;
        for (String p : path) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = ((Map<String, Object>) m).get(p);
        }
        return v;
    }

    static String string(Object root, String... path) {
        Object v = at(root, path);
        return v == null ? null : String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object root, String... path) {
        Object v = at(root, path);
        return v instanceof List<?> l ? new ArrayList<>((List<Object>) l) : new ArrayList<>();
    }

    /** A map that is written as {} even though it is empty (AWS spotMarketOptions, Azure spotVMOptions). */
    static Map<String, Object> empty() {
        return Manifests.emptyObject();
    }
}
