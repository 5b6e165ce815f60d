package dev.rhoaikrm.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rhoaikrm.core.yaml.CompiledData;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a shipped catalog file and its entries' typed fields. Both catalogs share it so that their
 * errors read alike: {@code models.yaml: entry 3 (qwen2.5-math-7b-instruct): field kvHeads: ...}.
 *
 * <p>The catalogs are data we ship, so anything wrong in them is a programming error, reported as
 * {@link IllegalStateException}; the build reads them here ({@link CatalogCompiler}), so it fails
 * on such an error before any render could. Plain maps from snakeyaml-engine's {@code Load} are enough here: no
 * reflection (nothing for a native image to configure) and no need to keep comments.
 */
final class CatalogYaml {

    private CatalogYaml() {
    }

    /** Catalog text as the YAML library reads it (catalogs given as text: tests, broken catalogs). */
    static Object read(String source, String yaml) {
        try {
            return CompiledData.read(source, yaml);
        } catch (YamlEngineException e) {
            throw new IllegalStateException(source + ": not a valid catalog: " + e.getMessage(), e);
        }
    }

    /**
     * The entries of a catalog document: one mapping whose only key {@code listKey} holds a list of mappings.
     *
     * @param source    file name used in messages
     * @param keyFields the fields that name an entry in messages, e.g. platform and name
     */
    static List<Entry> entries(String source, Object document, String listKey, String... keyFields) {
        if (!(document instanceof Map<?, ?> top) || !(top.get(listKey) instanceof List<?> list)) {
            throw new IllegalStateException(source + ": expected a mapping with a list under '" + listKey + "'");
        }
        if (top.size() != 1) {
            throw new IllegalStateException(source + ": unexpected top-level keys besides '" + listKey + "': "
                    + top.keySet());
        }
        List<Entry> entries = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                throw new IllegalStateException(source + ": entry " + (i + 1) + ": expected a mapping, got " + describe(list.get(i)));
            }
            entries.add(new Entry(source, i + 1, keyFields, map, "", map));
        }
        return entries;
    }

    /** " (aws/g6e.12xlarge)" from the key fields that are present, so a message finds its entry. */
    private static String name(Map<?, ?> map, String... keyFields) {
        List<String> parts = new ArrayList<>();
        for (String field : keyFields) {
            if (map.get(field) != null) {
                parts.add(String.valueOf(map.get(field)));
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join("/", parts) + ")";
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /**
     * One mapping of a catalog (or a nested mapping of an entry, whose fields get a path prefix).
     * Where it is ({@code models.yaml: entry 3 (qwen2.5-math-7b-instruct)}) is spelled out only for a
     * message: building it for each of the catalogs' entries was a third of reading them, cold, at
     * every start.
     */
    static final class Entry {
        private final String source;
        private final int number;
        private final String[] keyFields;
        private final Map<?, ?> entry;
        private final String prefix;
        private final Map<?, ?> map;

        private Entry(String source, int number, String[] keyFields, Map<?, ?> entry, String prefix, Map<?, ?> map) {
            this.source = source;
            this.number = number;
            this.keyFields = keyFields;
            this.entry = entry;
            this.prefix = prefix;
            this.map = map;
        }

        /** An error about one field, naming the entry and the field's path. */
        IllegalStateException error(String field, String problem) {
            return new IllegalStateException(source + ": entry " + number + name(entry, keyFields) + ": field " + prefix + field + ": " + problem);
        }

        /** Rejects fields the catalog does not define: a typo must not pass as a missing optional. */
        void allowOnly(Set<String> fields) {
            for (Object key : map.keySet()) {
                if (!fields.contains(String.valueOf(key))) {
                    throw error(String.valueOf(key), "unknown field (known: " + fields.stream().sorted().toList() + ")");
                }
            }
        }

        /** Whether an optional field is present. */
        boolean has(String field) {
            return map.get(field) != null;
        }

        private Object required(String field) {
            Object value = map.get(field);
            if (value == null) {
                throw error(field, "missing");
            }
            return value;
        }

        String text(String field) {
            if (!(required(field) instanceof String s) || s.isBlank()) {
                throw error(field, "expected a non-empty string, got " + describe(map.get(field)));
            }
            return s;
        }

        List<String> texts(String field) {
            if (!(required(field) instanceof List<?> list) || list.isEmpty()) {
                throw error(field, "expected a non-empty list of strings, got " + describe(map.get(field)));
            }
            List<String> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s) || s.isBlank()) {
                    throw error(field + "[" + i + "]", "expected a non-empty string, got " + describe(list.get(i)));
                }
                out.add(s);
            }
            return out;
        }

        long positiveLong(String field) {
            Object value = required(field);
            if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() <= 0) {
                throw error(field, "expected a positive integer, got " + describe(value));
            }
            return ((Number) value).longValue();
        }

        int positiveInt(String field) {
            long value = positiveLong(field);
            if (value > Integer.MAX_VALUE) {
                throw error(field, "too large: " + value);
            }
            return (int) value;
        }

        double positiveNumber(String field) {
            Object value = required(field);
            if (!(value instanceof Integer || value instanceof Long || value instanceof Double)
                    || !(((Number) value).doubleValue() > 0) || Double.isInfinite(((Number) value).doubleValue())) {
                throw error(field, "expected a positive number, got " + describe(value));
            }
            return ((Number) value).doubleValue();
        }

        /** The nested mapping under {@code field}; its fields are reported as {@code field.x}. */
        Entry child(String field) {
            if (!(required(field) instanceof Map<?, ?> nested)) {
                throw error(field, "expected a mapping, got " + describe(map.get(field)));
            }
            return new Entry(source, number, keyFields, entry, prefix + field + ".", nested);
        }
    }
}
