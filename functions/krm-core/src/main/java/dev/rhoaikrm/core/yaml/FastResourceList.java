package dev.rhoaikrm.core.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out a ResourceList as kpt and kustomize write it (kyaml's block style: top-level keys in
 * column 0, items as "- " entries in column 0) without running a YAML parser over the items:
 * YAML's indentation rules guarantee that, inside an item, nothing but comments can start in
 * column 0, so item boundaries are line boundaries. Each item's identity (apiVersion, kind,
 * metadata name, namespace, labels, annotations) is read from its few top-level lines; an item
 * whose metadata is written in a way this reader does not follow (flow style, escapes, anchors,
 * tags, quoted keys) is summarised by the full event scanner instead. The items are copied
 * through as text, so pass-through costs little more than finding line ends.
 *
 * <p>Used only for KRM input, which kpt or kustomize has already parsed (and refused if it had
 * duplicate keys or bad YAML); plain streams always get the full scan.
 */
public final class FastResourceList {
    private final String text;
    private final String name;

    private FastResourceList(String text, String name) {
        this.text = text;
        this.name = name;
    }

    /** The layout, or empty when the input is not a ResourceList of this regular shape. */
    public static Optional<ResourceListLayout> layout(SourceText source, String name) {
        return new FastResourceList(source.text(), name).layout();
    }

    private Optional<ResourceListLayout> layout() {
        List<int[]> keys = new ArrayList<>(); // [line start, key end]
        List<String> keyNames = new ArrayList<>();
        int itemsKey = -1;
        List<Integer> itemStarts = new ArrayList<>();
        boolean inItems = false;
        for (int line = 0; line < text.length(); line = nextLine(line)) {
            char c = text.charAt(line);
            if (c == ' ' && inItems && itemStarts.isEmpty() && !blankOrComment(line)) {
                return Optional.empty(); // items indented under their key: the event scanner lays those out
            }
            if (c == ' ' || c == '\n' || c == '\r' || c == '#') {
                continue; // content of the current entry, a blank line, or a comment
            }
            if (c == '-') {
                if (!inItems || !dashEntry(line)) {
                    return Optional.empty(); // a document marker, or a sequence outside items
                }
                itemStarts.add(line);
                continue;
            }
            int colon = simpleKey(line);
            if (colon < 0) {
                return Optional.empty();
            }
            String key = text.substring(line, colon);
            if (keyNames.contains(key)) {
                return Optional.empty();
            }
            keys.add(new int[] {line, colon});
            keyNames.add(key);
            inItems = key.equals("items");
            if (inItems) {
                itemsKey = keys.size() - 1;
                String rest = restOfLine(colon + 1);
                if (!rest.isEmpty() && !rest.equals("[]")) {
                    return Optional.empty(); // items written in flow style
                }
            }
        }
        if (!topLevelSays("kind", "ResourceList", keyNames, keys)
                || !(topLevelSays("apiVersion", "config.kubernetes.io/v1", keyNames, keys)
                || topLevelSays("apiVersion", "config.kubernetes.io/v1alpha1", keyNames, keys))) {
            return Optional.empty();
        }
        List<ResourceListLayout.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int end = i + 1 < keys.size() ? keys.get(i + 1)[0] : text.length();
            entries.add(new ResourceListLayout.Entry(keyNames.get(i), text.substring(keys.get(i)[0], end)));
        }
        List<String> texts = new ArrayList<>();
        List<ObjectSummary> summaries = new ArrayList<>();
        List<Integer> unread = new ArrayList<>();
        if (itemsKey >= 0) {
            int end = itemsKey + 1 < keys.size() ? keys.get(itemsKey + 1)[0] : text.length();
            for (int i = 0; i < itemStarts.size(); i++) {
                int to = i + 1 < itemStarts.size() ? itemStarts.get(i + 1) : end;
                String item = text.substring(itemStarts.get(i), to);
                ObjectSummary summary = summarize(item);
                if (summary == null) {
                    unread.add(i);
                }
                texts.add(item);
                summaries.add(summary);
            }
        }
        readWithTheParser(texts, summaries, unread);
        List<SourceObject> items = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            items.add(new SourceObject(texts.get(i), SourceObject.Form.ITEM, summaries.get(i), name, i));
        }
        return Optional.of(new ResourceListLayout(entries, items));
    }

    private boolean topLevelSays(String key, String value, List<String> keyNames, List<int[]> keys) {
        int i = keyNames.indexOf(key);
        return i >= 0 && value.equals(plainValue(restOfLine(keys.get(i)[1] + 1)));
    }

    /** "- " or "-" alone on the line: a sequence entry in column 0. */
    private boolean dashEntry(int line) {
        int next = line + 1;
        return next >= text.length() || text.charAt(next) == ' ' || text.charAt(next) == '\n' || text.charAt(next) == '\r';
    }

    /** The colon's offset when the line starts with a plain key ("apiVersion:"), else -1. */
    private int simpleKey(int line) {
        int i = line;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ':') {
                boolean endsKey = i + 1 >= text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r';
                return endsKey && i > line ? i : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private boolean blankOrComment(int line) {
        String rest = restOfLine(line);
        return rest.isEmpty() || rest.startsWith("#");
    }

    private int nextLine(int line) {
        int nl = text.indexOf('\n', line);
        return nl < 0 ? text.length() : nl + 1;
    }

    private String restOfLine(int from) {
        int nl = text.indexOf('\n', from);
        return text.substring(from, nl < 0 ? text.length() : nl).trim();
    }

    // ---- one item's summary -------------------------------------------------------------------

    /**
     * Reads an item's identity from its lines: item keys at indent 2 (the "- " counts as indent),
     * metadata keys at indent 4, labels and annotations at indent 6. Anything unusual sends the
     * item to the event scanner.
     */
    private ObjectSummary summarize(String item) {
        ObjectSummary s = new ObjectSummary();
        String section = null; // the item-level key whose block we are in
        String sub = null;     // the metadata key whose block we are in
        Map<String, String> annotations = null;
        Map<String, String> labels = null;
        int start = 0;
        boolean first = true;
        while (start < item.length()) {
            int nl = item.indexOf('\n', start);
            int end = nl < 0 ? item.length() : nl;
            String line = item.substring(start, end);
            start = end + 1;
            if (first) {
                line = " " + line.substring(1); // "- key: v" reads as "  key: v"
                first = false;
            }
            int indent = indentOf(line);
            if (indent == line.length() || line.charAt(indent) == '#') {
                continue;
            }
            if (line.endsWith("\r")) {
                return slow(item);
            }
            if (indent == 2) {
                int colon = keyColon(line, 2);
                if (colon < 0) {
                    return slow(item);
                }
                section = line.substring(2, colon);
                sub = null;
                String value = line.substring(colon + 1).trim();
                if (section.equals("apiVersion") || section.equals("kind")) {
                    String v = plainValue(value);
                    if (v == null) {
                        return slow(item);
                    }
                    if (section.equals("kind")) {
                        s.kind = v;
                    } else {
                        s.apiVersion = v;
                    }
                } else if (section.equals("metadata") && !value.isEmpty() && !value.startsWith("#")) {
                    return slow(item); // metadata in flow style
                }
            } else if ("metadata".equals(section) && indent == 4) {
                int colon = keyColon(line, 4);
                if (colon < 0) {
                    return slow(item);
                }
                sub = line.substring(4, colon);
                String value = line.substring(colon + 1).trim();
                boolean opensBlock = value.isEmpty() || value.startsWith("#");
                switch (sub) {
                    case "name", "namespace" -> {
                        String v = plainValue(value);
                        if (v == null) {
                            return slow(item);
                        }
                        if (sub.equals("name")) {
                            s.name = v;
                        } else {
                            s.namespace = v;
                        }
                    }
                    case "annotations", "labels" -> {
                        Map<String, String> values = opensBlock ? new LinkedHashMap<>() : flowMap(value);
                        if (values == null) {
                            return slow(item); // a flow map this reader does not follow
                        }
                        if (sub.equals("annotations")) {
                            annotations = values;
                        } else {
                            labels = values;
                        }
                    }
                    default -> {
                        // other metadata (generateName, finalizers, ...): not needed
                    }
                }
            } else if ("metadata".equals(section) && indent == 6 && ("annotations".equals(sub) || "labels".equals(sub))) {
                int colon = keyColon(line, 6);
                String value = colon < 0 ? null : plainValue(line.substring(colon + 1).trim());
                if (value == null) {
                    return slow(item); // a quoted key, a block scalar value, escapes...
                }
                ("annotations".equals(sub) ? annotations : labels).put(line.substring(6, colon), value);
            } else if (indent > 2 && continues(section, sub, indent)) {
                return slow(item); // a value continued on the next line: let the parser join it
            } else if ("metadata".equals(section) && indent < 4) {
                return slow(item); // odd indentation: not kyaml's layout
            }
        }
        if (annotations != null) {
            s.annotations = annotations;
        }
        if (labels != null) {
            s.labels = labels;
        }
        return s;
    }

    /** Whether a deeper line continues a value this reader took from one line. */
    private static boolean continues(String section, String sub, int indent) {
        if (section == null || section.equals("apiVersion") || section.equals("kind")) {
            return true;
        }
        if (!section.equals("metadata") || sub == null) {
            return false;
        }
        return switch (sub) {
            case "name", "namespace" -> indent > 4;
            case "annotations", "labels" -> indent > 6;
            default -> false;
        };
    }

    /** Marks an item for the event scanner. */
    private static ObjectSummary slow(String item) {
        return null;
    }

    /** Summarises the items the line reader left, all in one event scan (a parser per item costs too much). */
    private void readWithTheParser(List<String> texts, List<ObjectSummary> summaries, List<Integer> unread) {
        if (unread.isEmpty()) {
            return;
        }
        StringBuilder list = new StringBuilder("items:\n");
        unread.forEach(i -> list.append(texts.get(i)).append(texts.get(i).endsWith("\n") ? "" : "\n"));
        List<ObjectSummary> read = ObjectScanner.scan(SourceText.of(list.toString()), name, InputLimits.DEFAULT).firstDocumentItems();
        if (read.size() != unread.size()) {
            throw new YamlInputException("the ResourceList's items could not be read one by one", name, -1);
        }
        for (int k = 0; k < unread.size(); k++) {
            summaries.set(unread.get(k), read.get(k));
        }
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The colon ending a plain key that starts at {@code from}, or -1. */
    private static int keyColon(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i > from ? i : -1;
            }
            if (c == ' ' || c == '"' || c == '\'' || c == '#' || c == '{' || c == '[' || c == '&' || c == '*' || c == '!' || c == '?') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A scalar value as written on one line, or null when this reader should not interpret it:
     * plain (a trailing " #" comment cut), 'single' (with '' escapes) or "double" without
     * backslashes. Block scalars, flow collections, anchors, aliases and tags return null.
     */
    static String plainValue(String value) {
        if (value.isEmpty()) {
            return null;
        }
        char c = value.charAt(0);
        if (c == '\'') {
            int close = findClosingSingle(value);
            return close < 0 || !onlyComment(value.substring(close + 1)) ? null : value.substring(1, close).replace("''", "'");
        }
        if (c == '"') {
            int close = value.indexOf('"', 1);
            if (close < 0 || value.substring(1, close).indexOf('\\') >= 0 || !onlyComment(value.substring(close + 1))) {
                return null;
            }
            return value.substring(1, close);
        }
        if ("|>{[&*!%@`#".indexOf(c) >= 0) {
            return null;
        }
        int comment = value.indexOf(" #");
        String plain = (comment < 0 ? value : value.substring(0, comment)).trim();
        return plain.contains(": ") ? null : plain;
    }

    /**
     * A one-line flow map of scalars, {@code {a: b, c: 'd', e: "f"}}, as hand-written labels and
     * annotations often are; null for anything else (nesting, escapes, multi-line, anchors).
     */
    static Map<String, String> flowMap(String value) {
        int comment = value.lastIndexOf('}');
        if (!value.startsWith("{") || comment < 0 || !onlyComment(value.substring(comment + 1))) {
            return null;
        }
        String body = value.substring(1, comment).trim();
        Map<String, String> map = new LinkedHashMap<>();
        int i = 0;
        while (i < body.length()) {
            int keyEnd = body.indexOf(": ", i);
            if (keyEnd < 0) {
                return null;
            }
            String key = body.substring(i, keyEnd).trim();
            int valueStart = keyEnd + 2;
            while (valueStart < body.length() && body.charAt(valueStart) == ' ') {
                valueStart++;
            }
            int valueEnd = scalarEnd(body, valueStart);
            if (valueEnd < 0 || key.isEmpty() || "'\"{[&*!?#".indexOf(key.charAt(0)) >= 0 || key.contains(",")) {
                return null;
            }
            String v = plainValue(body.substring(valueStart, valueEnd).trim());
            if (v == null || map.put(key, v) != null) {
                return null;
            }
            i = valueEnd;
            while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == ',')) {
                i++;
            }
        }
        return map;
    }

    /** Where a flow scalar starting at {@code from} ends (at the next "," outside quotes), or -1. */
    private static int scalarEnd(String body, int from) {
        if (from >= body.length()) {
            return -1;
        }
        char q = body.charAt(from);
        if (q == '\'' || q == '"') {
            int close = q == '\'' ? findClosingSingle(body.substring(from)) : body.indexOf('"', from + 1) - from;
            return close < 0 ? -1 : from + close + 1;
        }
        if ("{[".indexOf(q) >= 0) {
            return -1;
        }
        int comma = body.indexOf(',', from);
        return comma < 0 ? body.length() : comma;
    }

    private static int findClosingSingle(String value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '\'') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean onlyComment(String rest) {
        String r = rest.trim();
        return r.isEmpty() || r.startsWith("#");
    }
}
