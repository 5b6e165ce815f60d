package dev.rhoaikrm.dsccomposer;

import java.util.List;
import java.util.Map;

/**
 * Reads the data files this function ships (release tables and profiles). They are ours, so a
 * problem in one is a programming error: {@link IllegalStateException} naming the file and the key.
 */
final class DataFiles {
    private DataFiles() {
    }

    /** One shipped data file (src/main/data/{@code path}, compiled into {@link ComposerData}), which must be a mapping. */
    static Map<String, Object> load(String path) {
        return mapping(path, ComposerData.document(path));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapping(String where, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalStateException(where + ": expected a mapping, got " + value);
        }
        return (Map<String, Object>) m;
    }

    /** An optional mapping under {@code key} (empty when absent). */
    static Map<String, Object> mapping(String where, Map<String, Object> parent, String key) {
        Object v = parent.get(key);
        return v == null ? Map.of() : mapping(where + ": " + key, v);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(String where, Map<String, Object> parent, String key) {
        Object v = parent.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalStateException(where + ": " + key + ": expected a list, got " + v);
        }
        return (List<Object>) l;
    }

    static String string(String where, Map<String, Object> parent, String key) {
        Object v = parent.get(key);
        if (!(v instanceof String s)) {
            throw new IllegalStateException(where + ": " + key + ": expected a string, got " + v);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(String where, Map<String, Object> parent, String key) {
        List<Object> l = list(where, parent, key);
        for (Object o : l) {
            if (!(o instanceof String)) {
                throw new IllegalStateException(where + ": " + key + ": expected strings, got " + o);
            }
        }
        return (List<String>) (List<?>) l;
    }
}
