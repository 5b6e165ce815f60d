package dev.rhoaikrm.core.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Field-by-field differences between two objects, as paths: what an imported intent renders
 * differently from the hand-written object it replaces. Maps are compared key by key (also where
 * one side has none), lists element by element when their lengths agree, else whole. Scalars compare by their text, so 8 and
 * "8" are the same (Kubernetes reads them the same in quantities and annotations).
 */
public final class ObjectDiff {
    private ObjectDiff() {
    }

    public static List<String> diff(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void diff(String path, Object a, Object b, List<String> out) {
        // a map on one side only is compared key by key, so each added or dropped key has its own path
        if (a == null && b instanceof Map<?, ?> mb && !mb.isEmpty()) {
            a = Map.of();
        } else if (b == null && a instanceof Map<?, ?> ma && !ma.isEmpty()) {
            b = Map.of();
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            TreeSet<String> keys = new TreeSet<>();
            ma.keySet().forEach(k -> keys.add(String.valueOf(k)));
            mb.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String k : keys) {
                diff(path.isEmpty() ? k : path + "." + k, ((Map<String, Object>) ma).get(k), ((Map<String, Object>) mb).get(k), out);
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
                diff(path + "[" + i + "]", la.get(i), lb.get(i), out);
            }
        } else if (a == null && b != null) {
            out.add(path + ": added " + brief(b));
        } else if (a != null && b == null) {
            out.add(path + ": dropped (was " + brief(a) + ")");
        } else if (a != null && !Objects.equals(String.valueOf(a), String.valueOf(b))) {
            out.add(path + ": " + brief(a) + " -> " + brief(b));
        }
    }

    private static String brief(Object v) {
        String s = String.valueOf(v).replace("\n", "\\n");
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
