package dev.rhoaikrm.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the catalogs' own regular layout (a top-level key holding a list of mappings; scalars,
 * one-line flow maps and lists; comments) with string operations. Parsing the 18 KB instance
 * catalog with the general YAML library took ~0.1 s of a cold start; this takes a few
 * milliseconds. Anything outside that layout returns empty and the caller uses the YAML library,
 * so a hand edit in another style still loads; a test asserts both readers agree on the shipped files.
 */
final class CatalogReader {
    private static final Pattern INT = Pattern.compile("-?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("-?[0-9]+\\.[0-9]+");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./@+-][A-Za-z0-9_./@+ -]*");

    private CatalogReader() {
    }

    static Optional<Object> read(String yaml) {
        Map<String, Object> top = new LinkedHashMap<>();
        List<Object> list = null;
        Map<String, Object> entry = null;
        for (String raw : yaml.split("\n", -1)) {
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith(" ") && !line.startsWith("-")) {
                if (!line.endsWith(":") || !top.isEmpty()) {
                    return Optional.empty();
                }
                list = new ArrayList<>();
                top.put(line.substring(0, line.length() - 1), list);
            } else if (line.startsWith("- ") && list != null) {
                entry = new LinkedHashMap<>();
                list.add(entry);
                if (!put(entry, line.substring(2))) {
                    return Optional.empty();
                }
            } else if (line.startsWith("  ") && !line.startsWith("   ") && entry != null) {
                if (!put(entry, line.substring(2))) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        return top.isEmpty() ? Optional.empty() : Optional.of(top);
    }

    private static String stripComment(String line) {
        int hash = line.startsWith("#") ? 0 : line.indexOf(" #");
        return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
    }

    /** "key: value" into the entry; false for anything else (or a repeated key). */
    private static boolean put(Map<String, Object> entry, String keyValue) {
        int colon = keyValue.indexOf(": ");
        if (colon <= 0) {
            return false;
        }
        Object value = value(keyValue.substring(colon + 2).trim());
        return value != null && entry.put(keyValue.substring(0, colon), value) == null;
    }

    private static Object value(String text) {
        if (text.startsWith("{") && text.endsWith("}")) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String part : split(text.substring(1, text.length() - 1))) {
                if (!put(map, part.trim())) {
                    return null;
                }
            }
            return map;
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            List<Object> items = new ArrayList<>();
            for (String part : split(text.substring(1, text.length() - 1))) {
                Object item = scalar(part.trim());
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            return items;
        }
        return scalar(text);
    }

    private static List<String> split(String body) {
        return body.isBlank() ? List.of() : List.of(body.split(","));
    }

    /** A plain scalar typed as the YAML library types it: integers, decimals, booleans, else strings. */
    private static Object scalar(String text) {
        if (INT.matcher(text).matches()) {
            long v = Long.parseLong(text);
            return v == (int) v ? (Object) (int) v : (Object) v;
        }
        if (FLOAT.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        return PLAIN.matcher(text).matches() && !text.equals("null") ? text : null;
    }
}
