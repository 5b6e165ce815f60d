package dev.rhoaikrm.core.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import dev.rhoaikrm.core.yaml.YamlTree.Entry;
import dev.rhoaikrm.core.yaml.YamlTree.Mapping;
import dev.rhoaikrm.core.yaml.YamlTree.Scalar;
import dev.rhoaikrm.core.yaml.YamlTree.Sequence;

/**
 * Composes the tree ({@link YamlTree}) of a simple YAML document without snakeyaml-engine's
 * LoadSettings, StreamReader, Scanner, Parser, Composer and node classes: on a cold JVM those cost
 * ≈ 12 ms on JDK 17 (their lambda call sites and regular expressions, and the first invokedynamic
 * linkage in the library's Tag, docs/PERFORMANCE.md) to read an intent of a few hundred bytes. It
 * returns exactly the tree the library composes ({@link YamlTree#of} of {@link Yaml#composeWithLibrary}:
 * node kinds, tags, resolution, scalar and flow styles, values, and every field of the start and
 * end marks), or null, and then the caller asks the library, which also reports every
 * error: nothing outside the subset below is interpreted, so bad YAML always gets the library's
 * message. FastComposerTest holds it to the library over the repository's YAML and generated
 * documents.
 *
 * <p>The subset, which kpt, kustomize and people write intents in:
 * <ul>
 *   <li>block mappings and block sequences laid out by indentation with spaces, a sequence at the
 *       same indentation as its key included, {@code - key: value} entries, and entries starting
 *       on the line below their "-" (kyaml writes an item's head comment after it);</li>
 *   <li>keys and values on one line: plain scalars, 'single-quoted' ({@code ''} escapes) and
 *       "double-quoted" with the escapes {@code \\ \" \/ \n \t \r} only;</li>
 *   <li>{@code key:} with nothing after it (a null), comments and blank lines;</li>
 *   <li>flow mappings and sequences of such scalars on one line, nested too, with scalar keys:
 *       {@code {cpu: "1", memory: 4Gi}}, {@code [full]}, {@code {serving: {managementState: Managed}}},
 *       {@code {}} and {@code []}.</li>
 * </ul>
 * Anything else gives null: anchors, aliases, tags, block scalars ({@code | >}), a scalar
 * continued on the next line, a flow collection over several lines, complex keys ({@code ?}), the merge key
 * {@code <<}, document markers and directives, tabs, carriage returns, a byte order mark,
 * characters outside the Basic Multilingual Plane, control characters and the line separators
 * U+0085, U+2028 and U+2029, texts over 256 Ki characters, nesting deeper than 50 levels (so that
 * the library's limits, InputLimits and TokenLimitedReader, apply to whatever could reach them),
 * and any layout this reader does not follow. Duplicate keys are composed as the library composes
 * them (it keeps both; binding refuses them). Comments are skipped: this is only for trees composed
 * without comments.
 *
 * <p>No lambdas, method references or regular expressions: on JDK 17 each costs start-up time
 * (docs/ARCHITECTURE.md, One run).
 */
final class FastComposer {
    /** Longer texts go to the library: its reader's window then holds the whole text, as the marks here assume. */
    private static final int MAX_CHARS = 1 << 18;
    /** Deeper nesting goes to the library, which applies InputLimits' depth. */
    private static final int MAX_DEPTH = 50;
    /** The scanner drops a simple key whose ':' comes more than 1024 characters after its start. */
    private static final int MAX_KEY_CHARS = 1000;
    /** LoadSettings' default label, which the library's reader puts in every mark. */
    private static final String MARK_NAME = "reader";

    private final String text;
    private final int length;
    /** The offsets where lines start, the last one after the final character. */
    private final int[] lineStarts;
    private final int lines;
    /** The text as code points: the library's marks hold its reader's window, the whole text here. */
    private final int[] window;
    private int depth;
    /** Where the last scalar read ended (after its closing quote, or its last character). */
    private int scalarEnd;
    /** Where reading stopped after the last scalar: the first character that is not part of it. */
    private int stop;

    private FastComposer(String text, int[] lineStarts, int lines) {
        this.text = text;
        this.length = text.length();
        this.lineStarts = lineStarts;
        this.lines = lines;
        this.window = new int[length];
        for (int i = 0; i < length; i++) {
            window[i] = text.charAt(i);
        }
    }

    /** The document's node tree as the library composes it without comments, or null to ask the library. */
    static YamlTree compose(String text) {
        if (text.length() > MAX_CHARS || text.length() > InputLimits.DEFAULT.maxTokenChars()) {
            return null; // the library enforces the limits (a user may lower maxTokenChars below MAX_CHARS)
        }
        int[] lineStarts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lines == lineStarts.length) {
                    int[] grown = new int[lines * 2];
                    System.arraycopy(lineStarts, 0, grown, 0, lines);
                    lineStarts = grown;
                }
                lineStarts[lines++] = i + 1;
            } else if (!ordinary(c)) {
                return null;
            }
        }
        for (int line = 0; line < lines; line++) {
            if (markerAt(text, lineStarts[line])) {
                return null;
            }
        }
        return new FastComposer(text, lineStarts, lines).document();
    }

    /** Printable, and neither a tab, a carriage return, a byte order mark, a surrogate nor a line separator. */
    private static boolean ordinary(char c) {
        return c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    /** A line starting "---" or "..." (a document marker), "%" (a directive). */
    private static boolean markerAt(String text, int start) {
        return text.startsWith("---", start) || text.startsWith("...", start) || text.startsWith("%", start);
    }

    private YamlTree document() {
        int start = nextContent(0);
        if (start == length) {
            return null; // empty: the library says so
        }
        YamlTree root = blockNode(start, -1);
        if (root == null || after != length) {
            return null;
        }
        return root;
    }

    /** Where the content that follows a collection starts: set by every block collection when it ends. */
    private int after;

    /**
     * A block collection starting at {@code at} (a line's first content): a sequence if it is a
     * "- " entry, else a mapping; null for anything else. Sets {@link #after}.
     */
    private YamlTree blockNode(int at, int parentIndent) {
        if (dashEntry(at)) {
            return blockSequence(at, parentIndent);
        }
        return blockMapping(at);
    }

    /** "- " or "-" at the end of its line: a block sequence entry. */
    private boolean dashEntry(int at) {
        return text.charAt(at) == '-' && (at + 1 == length || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\n');
    }

    /**
     * A block sequence whose entries' dashes stand at the column of {@code first}. An indentless one
     * (at the indentation of the mapping holding it, {@code parentIndent}) ends at the next line of
     * that indentation that is no entry; any other ends at a line indented less.
     */
    private YamlTree blockSequence(int first, int parentIndent) {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        int column = column(first);
        boolean indentless = column == parentIndent;
        List<YamlTree> entries = new ArrayList<>();
        int at = first;
        while (true) {
            int content = skipSpaces(at + 1);
            YamlTree entry;
            if (content == length || text.charAt(content) == '\n' || text.charAt(content) == '#') {
                // "-" alone (or with a comment, as kyaml writes an item's head comment): the entry is below
                int below = nextContent(content);
                if (below == length || column(below) <= column) {
                    return null; // an empty entry
                }
                entry = blockNode(below, column);
            } else {
                entry = entry(content, column);
            }
            if (entry == null) {
                return null;
            }
            entries.add(entry);
            at = after;
            if (at == length || column(at) < column) {
                break;
            }
            if (column(at) > column || !dashEntry(at)) {
                if (indentless && column(at) == column) {
                    break; // the next key of the mapping holding the sequence
                }
                return null;
            }
        }
        // the end is where the next token starts: the block end or, indentless, the next key
        depth--;
        return new Sequence(YamlTree.SEQ, entries, FlowStyle.BLOCK, mark(first), mark(at));
    }

    /** An entry after "- ": a mapping starting on the dash's line, a flow collection or a scalar. */
    private YamlTree entry(int at, int dashColumn) {
        char c = text.charAt(at);
        if (c == '-' && dashEntry(at)) {
            return null; // "- - a": a sequence in a sequence
        }
        if (c == '{' || c == '[') {
            YamlTree flow = flowCollection(at);
            return flow == null ? null : endOfLine(scalarEnd, dashColumn) ? flow : null;
        }
        Scalar scalar = scalar(at, false);
        if (scalar == null) {
            return null;
        }
        if (isKeyEnd(stop)) {
            return blockMapping(at);
        }
        return endOfLine(stop, dashColumn) ? scalar : null;
    }

    /** A block mapping whose keys stand at the column of {@code first}. */
    private YamlTree blockMapping(int first) {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        int column = column(first);
        List<Entry> tuples = new ArrayList<>();
        int at = first;
        while (true) {
            Scalar key = scalar(at, false);
            if (key == null || !isKeyEnd(stop) || stop - at > MAX_KEY_CHARS || YamlTree.MERGE.equals(key.tag())) {
                return null;
            }
            int colon = stop;
            YamlTree value = value(skipSpaces(colon + 1), colon, column);
            if (value == null) {
                return null;
            }
            tuples.add(new Entry(key, value));
            at = after;
            if (at == length || column(at) < column) {
                break;
            }
            if (column(at) > column || dashEntry(at)) {
                return null; // deeper than a key, or an entry where a key belongs
            }
        }
        depth--;
        return new Mapping(YamlTree.MAP, tuples, FlowStyle.BLOCK, mark(first), mark(at));
    }

    /**
     * The value after a key's colon: on the same line, or a collection on the lines below, or
     * (nothing there) an empty scalar, which the library marks at the end of the colon.
     */
    private YamlTree value(int at, int colon, int keyColumn) {
        if (at == length || text.charAt(at) == '\n' || text.charAt(at) == '#') {
            int next = nextContent(at);
            if (next < length && (column(next) > keyColumn || column(next) == keyColumn && dashEntry(next))) {
                return blockNode(next, keyColumn);
            }
            after = next;
            Optional<Mark> mark = mark(colon + 1);
            return new Scalar(YamlTree.NULL, "", ScalarStyle.PLAIN, mark, mark);
        }
        char c = text.charAt(at);
        if (c == '{' || c == '[') {
            YamlTree flow = flowCollection(at);
            return flow != null && endOfLine(scalarEnd, keyColumn) ? flow : null;
        }
        Scalar scalar = scalar(at, false);
        return scalar != null && endOfLine(stop, keyColumn) ? scalar : null;
    }

    /**
     * Whether only spaces or a comment follow {@code from} on its line, and the next content is not
     * indented deeper than {@code column} (it would continue a plain scalar, or be an error). Sets
     * {@link #after} to the next content.
     */
    private boolean endOfLine(int from, int column) {
        int i = skipSpaces(from);
        if (i < length && text.charAt(i) != '\n' && !(text.charAt(i) == '#' && text.charAt(i - 1) == ' ')) {
            return false; // more on the line; a '#' right after a scalar is no comment
        }
        after = nextContent(i);
        return after == length || column(after) <= column;
    }

    /** ':' followed by a space or the end of the line: the end of a simple key. */
    private boolean isKeyEnd(int at) {
        return at < length && text.charAt(at) == ':' && (at + 1 == length || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\n');
    }

    // ---- flow collections on one line --------------------------------------------------------

    private YamlTree flowCollection(int open) {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        boolean mapping = text.charAt(open) == '{';
        char close = mapping ? '}' : ']';
        List<Entry> tuples = mapping ? new ArrayList<Entry>() : null;
        List<YamlTree> items = mapping ? null : new ArrayList<YamlTree>();
        int at = skipSpaces(open + 1);
        if (at < length && text.charAt(at) == close) {
            return flowNode(open, at, tuples, items);
        }
        while (true) {
            YamlTree first = mapping ? scalar(at, true) : flowEntry(at);
            if (first == null) {
                return null;
            }
            if (mapping) {
                int colon = ((Scalar) first).style() == ScalarStyle.PLAIN ? stop : skipSpaces(stop);
                if (colon >= length || text.charAt(colon) != ':' || colon + 1 >= length || text.charAt(colon + 1) != ' '
                        || colon - at > MAX_KEY_CHARS || YamlTree.MERGE.equals(first.tag())) {
                    return null;
                }
                YamlTree value = flowEntry(skipSpaces(colon + 1));
                if (value == null) {
                    return null;
                }
                tuples.add(new Entry(first, value));
            } else {
                items.add(first);
            }
            at = skipSpaces(stop);
            if (at < length && text.charAt(at) == close) {
                return flowNode(open, at, tuples, items);
            }
            if (at >= length || text.charAt(at) != ',') {
                return null;
            }
            at = skipSpaces(at + 1);
        }
    }

    /** A value in a flow collection: a scalar, or a flow collection on the same line. */
    private YamlTree flowEntry(int at) {
        if (at < length && (text.charAt(at) == '{' || text.charAt(at) == '[')) {
            return flowCollection(at);
        }
        return scalar(at, true);
    }

    private YamlTree flowNode(int open, int close, List<Entry> tuples, List<YamlTree> items) {
        depth--;
        scalarEnd = close + 1;
        stop = close + 1;
        Optional<Mark> start = mark(open);
        Optional<Mark> end = mark(close + 1);
        if (tuples != null) {
            return new Mapping(YamlTree.MAP, tuples, FlowStyle.FLOW, start, end);
        }
        return new Sequence(YamlTree.SEQ, items, FlowStyle.FLOW, start, end);
    }

    // ---- scalars ------------------------------------------------------------------------------

    /**
     * The scalar at {@code at} on its line, or null: plain, or quoted and closed on the same line.
     * Sets {@link #scalarEnd} and {@link #stop} (for a plain scalar, where it stopped: the spaces
     * before a comment, a ':' ending a key, a flow indicator, the end of the line).
     */
    private Scalar scalar(int at, boolean flow) {
        if (at >= length) {
            return null;
        }
        char c = text.charAt(at);
        if (c == '\'') {
            return singleQuoted(at);
        }
        if (c == '"') {
            return doubleQuoted(at);
        }
        return plain(at, flow);
    }

    private Scalar plain(int at, boolean flow) {
        char first = text.charAt(at);
        if ("-?:,[]{}#&*!|>'\"%@` \n".indexOf(first) >= 0 && !(first == '-' && at + 1 < length && plainChar(text.charAt(at + 1), flow))) {
            return null;
        }
        int end = at;
        int i = at;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == ':' && (i + 1 == length || !plainChar(text.charAt(i + 1), flow))
                    || flow && ",[]{}".indexOf(c) >= 0) {
                break;
            }
            if (c == ' ') {
                int next = skipSpaces(i);
                if (next == length || text.charAt(next) == '\n' || text.charAt(next) == '#') {
                    break;
                }
                i = next;
                continue;
            }
            i++;
            end = i;
        }
        String value = text.substring(at, end);
        scalarEnd = end;
        stop = end < i ? i : end;
        if (stop < length && text.charAt(stop) == ' ') {
            stop = skipSpaces(stop); // trailing spaces before a ':' or a comment
        }
        String tag = CoreTagResolver.plainTag(value);
        return tag == null ? null : new Scalar(tag, value, ScalarStyle.PLAIN, mark(at), mark(end)); // "$...": the library resolves it
    }

    /** A character that continues a plain scalar after ':' or a leading '-': not a space, not a flow indicator in flow. */
    private static boolean plainChar(char c, boolean flow) {
        return c != ' ' && c != '\n' && !(flow && ",[]{}".indexOf(c) >= 0);
    }

    private Scalar singleQuoted(int open) {
        StringBuilder value = new StringBuilder();
        int i = open + 1;
        while (true) {
            if (i >= length || text.charAt(i) == '\n') {
                return null; // continued on the next line: the library folds it
            }
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < length && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            value.append(c);
            i++;
        }
        return quoted(open, i + 1, value.toString(), ScalarStyle.SINGLE_QUOTED);
    }

    private Scalar doubleQuoted(int open) {
        StringBuilder value = new StringBuilder();
        int i = open + 1;
        while (true) {
            if (i >= length || text.charAt(i) == '\n') {
                return null;
            }
            char c = text.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char escaped = i + 1 < length ? text.charAt(i + 1) : '\n';
                switch (escaped) {
                    case '\\', '"', '/' -> value.append(escaped);
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    default -> {
                        return null; // other escapes, and a line continued by "\"
                    }
                }
                i += 2;
                continue;
            }
            value.append(c);
            i++;
        }
        return quoted(open, i + 1, value.toString(), ScalarStyle.DOUBLE_QUOTED);
    }

    private Scalar quoted(int open, int end, String value, ScalarStyle style) {
        scalarEnd = end;
        stop = end;
        return new Scalar(YamlTree.STR, value, style, mark(open), mark(end));
    }

    // ---- positions ----------------------------------------------------------------------------

    private int skipSpaces(int from) {
        int i = from;
        while (i < length && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The next content from {@code from} (at a line's end, a comment or spaces): blank and comment lines skipped. */
    private int nextContent(int from) {
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n') {
                i++;
            } else if (c == '#') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? length : nl + 1;
            } else {
                return i;
            }
        }
        return length;
    }

    private int line(int offset) {
        int low = 0;
        int high = lines - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private int column(int offset) {
        return offset - lineStarts[line(offset)];
    }

    /** The library's mark at {@code offset}: index and column count code points, which are chars here (no surrogates). */
    private Optional<Mark> mark(int offset) {
        int line = line(offset);
        return Optional.of(new Mark(MARK_NAME, offset, line, offset - lineStarts[line], window, offset));
    }
}
