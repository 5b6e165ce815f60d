package dev.rhoaikrm.testsupport;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** validate.py's object handling and output format, so both tools print comparable lines. */
final class Messages {
    private static final int LIMIT = 300;

    private Messages() {
    }

    /** {@code KIND/NAME}: name, else generateName, else {@code <no name>}. */
    static String label(Map<?, ?> object) {
        Object kind = object.get("kind");
        Object name = null;
        if (object.get("metadata") instanceof Map<?, ?> meta) {
            name = truthy(meta.get("name")) ? meta.get("name") : meta.get("generateName");
        }
        return (truthy(kind) ? kind : "?") + "/" + (truthy(name) ? name : "<no name>");
    }

    /** The API server prunes null-valued map entries, so validate.py drops them before validating. */
    static Object dropNulls(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (v != null) {
                    out.put(k, dropNulls(v));
                }
            });
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(dropNulls(x)));
            return out;
        }
        return o;
    }

    /**
     * Like validate.py's {@code leaf_errors}: the library reports an anyOf/oneOf failure together
     * with every branch's errors. Branch type mismatches only restate "none matched", so they are
     * dropped; the anyOf/oneOf line itself is kept only when no more specific branch error remains.
     */
    static List<ValidationMessage> leaves(Collection<ValidationMessage> all) {
        List<ValidationMessage> out = new ArrayList<>();
        for (ValidationMessage m : all) {
            boolean combinator = isCombinator(m);
            List<ValidationMessage> branches = all.stream().filter(c -> c != m && under(c, m)).toList();
            boolean typeInBranch = "type".equals(m.getType())
                    && all.stream().anyMatch(c -> c != m && isCombinator(c) && under(m, c));
            boolean specificBranch = combinator && branches.stream().anyMatch(c -> !"type".equals(c.getType()));
            if (!typeInBranch && !specificBranch) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isCombinator(ValidationMessage m) {
        return "oneOf".equals(m.getType()) || "anyOf".equals(m.getType());
    }

    /** Whether {@code inner} was produced while evaluating {@code outer}'s subschemas. */
    private static boolean under(ValidationMessage inner, ValidationMessage outer) {
        return inner.getEvaluationPath().getNameCount() > outer.getEvaluationPath().getNameCount()
                && inner.getEvaluationPath().startsWith(outer.getEvaluationPath());
    }

    /** {@code spec.ports[0].port}, or {@code (root)}. */
    static String path(JsonNodePath at) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < at.getNameCount(); i++) {
            Object e = at.getElement(i);
            if (e instanceof Integer n) {
                s.append('[').append(n).append(']');
            } else {
                s.append(s.length() > 0 ? "." : "").append(e);
            }
        }
        return s.length() == 0 ? "(root)" : s.toString();
    }

    /** The library prefixes its messages with the instance location; the path is printed separately. */
    static String text(ValidationMessage m) {
        String msg = m.getMessage();
        String prefix = m.getInstanceLocation() + ": ";
        return shorten(msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
    }

    static String shorten(String msg) {
        String s = String.join(" ", msg.trim().split("\\s+"));
        return s.length() <= LIMIT ? s : s.substring(0, LIMIT - 3) + "...";
    }

    private static boolean truthy(Object o) {
        return o != null && !(o instanceof String s && s.isEmpty());
    }
}
