package dev.rhoaikrm.core.importing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Field-by-field differences between two objects, as paths: what an imported intent renders
 * differently from the hand-written object it replaces, what kpt writes differently from
 * kustomize, what the platform tree builds differently from the reference. Maps are compared key
 * by key (also where one side has none), lists element by element when their lengths agree, else
 * whole.
 *
 * <p>Scalars compare as the typed values YAML and JSON give them, which is how the API server and
 * the controllers read them: a string is never a number ({@code 8} and {@code "8"} differ: an
 * annotation or a string field refuses the number, an integer field refuses the string); integers
 * compare by value whatever their width; an integer and a float differ ({@code 1} and {@code 1.0}:
 * YAML's core schema and JSON keep them apart, and an integer field of a built-in kind refuses
 * {@code 1.0} when the API server decodes it); floats compare by value ({@code 0.90} is {@code 0.9}).
 * A difference of type prints both values typed: {@code 8 -> "8" (integer -> string)}.
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
        } else if (a != null && !equal(a, b)) {
            Type ta = Type.of(a);
            Type tb = Type.of(b);
            out.add(path + ": " + (ta == tb ? brief(a) + " -> " + brief(b)
                    : typed(a) + " -> " + typed(b) + " (" + ta.word + " -> " + tb.word + ")"));
        }
    }

    /** The YAML types a value can have. */
    private enum Type {
        STRING("string"), INTEGER("integer"), FLOAT("float"), BOOLEAN("boolean"), MAP("map"), LIST("list"), OTHER("other");

        final String word;

        Type(String word) {
            this.word = word;
        }

        static Type of(Object v) {
            if (v instanceof String) {
                return STRING;
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte || v instanceof BigInteger) {
                return INTEGER;
            }
            if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
                return FLOAT;
            }
            if (v instanceof Boolean) {
                return BOOLEAN;
            }
            return v instanceof Map<?, ?> ? MAP : v instanceof List<?> ? LIST : OTHER;
        }
    }

    /** Deep equality of typed values (lists of different lengths included). */
    private static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Type t = Type.of(a);
        if (t != Type.of(b)) {
            return false;
        }
        return switch (t) {
            case INTEGER -> new BigInteger(a.toString()).equals(new BigInteger(b.toString()));
            case FLOAT -> Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue()) == 0;
            case LIST -> ((List<?>) a).size() == ((List<?>) b).size() && diff(a, b).isEmpty();
            case MAP -> diff(a, b).isEmpty();
            default -> a.equals(b);
        };
    }

    private static String brief(Object v) {
        return cut(String.valueOf(v));
    }

    /** A value with its type showing: strings quoted. */
    private static String typed(Object v) {
        return cut(v instanceof String s ? "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : String.valueOf(v));
    }

    private static String cut(String text) {
        String s = text.replace("\n", "\\n");
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
