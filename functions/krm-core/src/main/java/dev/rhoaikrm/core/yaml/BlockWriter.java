package dev.rhoaikrm.core.yaml;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes generated objects (maps, lists, strings, numbers, booleans, null) as block YAML, byte for
 * byte as {@link Yaml#dump} writes them through snakeyaml-engine's emitter, in a fraction of the
 * time: the emitter's first run in a fresh JVM took ~30-50 ms of every render, this takes ~1 ms.
 *
 * <p>It only writes what it is sure of: plain, double- and single-quoted scalars of printable ASCII,
 * and literal blocks that need no indentation indicator. Anything else (another character set,
 * a key that is empty or spans lines, an unknown value type) makes {@link #write} return null and
 * the caller use the emitter ({@link Yaml} escapes U+0085, U+2028 and U+2029 there, see
 * {@link LineSeparators}). {@code BlockWriterTest} holds both to the same bytes on every golden
 * file and on random trees.
 *
 * <p>It never writes anchors: a list or map that appears twice in a tree is written twice, where
 * the emitter would write an alias (generated objects share none today; the tests would show it).
 */
public final class BlockWriter {
    /** How a string is written; decided once for both writers (see {@link Yaml}'s representer). */
    enum Style { PLAIN, DOUBLE_QUOTED, SINGLE_QUOTED, LITERAL }

    /**
     * YAML 1.1 booleans, nulls, the merge key and the value indicator (kubectl, Argo CD, kustomize read
     * YAML 1.1: a plain {@code <<} is a merge there, {@code =} has no constructor in PyYAML), written quoted.
     */
    private static final Set<String> WORDS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL",
            "<<", "=");
    /** Longer keys become "? key" complex keys in the emitter. */
    private static final int MAX_SIMPLE_KEY = 128;

    private final StringBuilder out = new StringBuilder(1024);

    private BlockWriter() {
    }

    /** The document for {@code value}, ending in a newline; null when the emitter must write it. */
    public static String write(Object value) {
        BlockWriter w = new BlockWriter();
        if (!w.topLevel(value)) {
            return null;
        }
        return w.out.toString();
    }

    /**
     * The style a string asks for: multi-line strings as literal blocks, strings that a YAML 1.1 or
     * 1.2 reader would take for another type, or that cannot be plain, double-quoted (single-quoted
     * when they hold a double quote and no single one).
     */
    static Style requestedStyle(String s) {
        if (LineSeparators.present(s)) {
            return Style.DOUBLE_QUOTED; // escaped there: Go's YAML readers take them for line breaks (LineSeparators)
        }
        if (s.indexOf('\n') >= 0) {
            return Style.LITERAL;
        }
        if (readsAsAnotherType(s) || cannotBePlain(s)) {
            return s.indexOf('"') >= 0 && s.indexOf('\'') < 0 ? Style.SINGLE_QUOTED : Style.DOUBLE_QUOTED;
        }
        return Style.PLAIN;
    }

    static boolean readsAsAnotherType(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char first = s.charAt(0);
        if (first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.') {
            return YamlNumbers.isNumber(s); // numbers a YAML 1.1 or 1.2 reader would see, written quoted
        }
        return s.length() <= 5 && WORDS.contains(s); // no number starts with anything else
    }

    /** Characters that stop a plain scalar; the emitter would fall back to single quotes, we prefer double. */
    private static boolean cannotBePlain(String s) {
        char first = s.charAt(0);
        if ("[]{}#&*!|>'\"%@`,".indexOf(first) >= 0 || Character.isWhitespace(first)
                || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return true;
        }
        if ((first == '-' || first == '?' || first == ':') && (s.length() == 1 || s.charAt(1) == ' ')) {
            return true;
        }
        return s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.indexOf('\t') >= 0;
    }

    // ---- structure --------------------------------------------------------------------------------

    private boolean topLevel(Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            return mapping(map, 0, false);
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return sequence(list, 0, false);
        }
        if (!inline(value, 2)) {
            return false;
        }
        out.append('\n');
        return true;
    }

    /**
     * A non-empty mapping whose keys start at column {@code indent}; {@code continued} when the first
     * key goes on the current line (after a sequence's "- ").
     */
    private boolean mapping(Map<?, ?> map, int indent, boolean continued) {
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key) || !simpleKey(key)) {
                return false;
            }
            if (!(first && continued)) {
                indent(indent);
            }
            first = false;
            if (!scalar(key, indent)) {
                return false;
            }
            out.append(':');
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m && !m.isEmpty()) {
                out.append('\n');
                if (!mapping(m, indent + 2, false)) {
                    return false;
                }
            } else if (v instanceof List<?> l && !l.isEmpty()) {
                out.append('\n');
                if (!sequence(l, indent, false)) { // indicator indent 0: "- " under the key's column
                    return false;
                }
            } else {
                out.append(' ');
                if (!inline(v, indent + 2)) {
                    return false;
                }
                out.append('\n');
            }
        }
        return true;
    }

    /** A non-empty sequence whose "- " indicators start at column {@code indent}. */
    private boolean sequence(List<?> list, int indent, boolean continued) {
        boolean first = true;
        for (Object item : list) {
            if (!(first && continued)) {
                indent(indent);
            }
            first = false;
            out.append("- ");
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                if (!mapping(m, indent + 2, true)) {
                    return false;
                }
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                if (!sequence(l, indent + 2, true)) {
                    return false;
                }
            } else {
                if (!inline(item, indent + 2)) {
                    return false;
                }
                out.append('\n');
            }
        }
        return true;
    }

    /** A scalar or empty collection after "key: " or "- "; a literal block's lines go at {@code blockIndent}. */
    private boolean inline(Object v, int blockIndent) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            return scalar(s, blockIndent);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return false;
            }
            out.append(v);
        } else if (v instanceof Map<?, ?> m && m.isEmpty()) {
            out.append("{}");
        } else if (v instanceof List<?> l && l.isEmpty()) {
            out.append("[]");
        } else {
            return false;
        }
        return true;
    }

    private static boolean simpleKey(String key) {
        return !key.isEmpty() && key.length() < MAX_SIMPLE_KEY && key.indexOf('\n') < 0;
    }

    // ---- scalars ----------------------------------------------------------------------------------

    private boolean scalar(String s, int blockIndent) {
        return switch (requestedStyle(s)) {
            case PLAIN -> plain(s);
            case DOUBLE_QUOTED -> doubleQuoted(s);
            case SINGLE_QUOTED -> singleQuoted(s);
            case LITERAL -> literal(s, blockIndent);
        };
    }

    /** Plain as asked, unless the emitter would refuse it ("---", "..." and non-ASCII are left to it). */
    private boolean plain(String s) {
        if (!printableAscii(s) || s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        out.append(s);
        return true;
    }

    private boolean doubleQuoted(String s) {
        if (!printableAscii(s)) {
            return false;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
        return true;
    }

    private boolean singleQuoted(String s) {
        if (!printableAscii(s) || s.indexOf('\'') >= 0) {
            return false;
        }
        out.append('\'').append(s).append('\'');
        return true;
    }

    /**
     * "|" with the chomping the text needs: "-" without a final newline, "+" with more than one.
     * Texts that would need an indentation indicator (a leading space or newline) or that the emitter
     * would quote (a line ending in a space, a tab, other characters) are left to the emitter.
     */
    private boolean literal(String s, int indent) {
        char first = s.charAt(0);
        if (first == ' ' || first == '\n') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' ? i > 0 && s.charAt(i - 1) == ' ' : c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        if (s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        boolean endsWithBreak = s.endsWith("\n");
        out.append(!endsWithBreak ? "|-" : s.endsWith("\n\n") ? "|+" : "|");
        int start = 0;
        int end = endsWithBreak ? s.length() - 1 : s.length(); // the final break ends the last line
        while (start <= end) {
            int nl = s.indexOf('\n', start);
            if (nl < 0 || nl > end) {
                nl = end;
            }
            out.append('\n');
            if (nl > start) {
                indent(indent);
                out.append(s, start, nl);
            }
            start = nl + 1;
        }
        return true;
    }

    private static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private void indent(int columns) {
        for (int i = 0; i < columns; i++) {
            out.append(' ');
        }
    }
}
