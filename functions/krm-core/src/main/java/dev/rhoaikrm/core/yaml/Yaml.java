package dev.rhoaikrm.core.yaml;

import dev.rhoaikrm.core.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/** The YAML settings used everywhere, and the few operations built on them. */
public final class Yaml {

    private Yaml() {
    }

    /** YAML 1.2 core schema; duplicate keys refused; no size cap here (InputLimits bounds bytes). */
    public static LoadSettings loadSettings(boolean comments) {
        return loadSettings(comments, 0);
    }

    /**
     * The settings for a text of {@code length} characters: the reader's buffer grows with it, up to
     * 1 Mi characters, so that reading costs a few copies per character (see TokenLimitedReader).
     */
    static LoadSettings loadSettings(boolean comments, int length) {
        return LoadSettings.builder()
                .setBufferSize(Math.max(1024, Math.min(length + 1, 1 << 20)))
                .setSchema(CoreTagResolver.SCHEMA)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(Integer.MAX_VALUE)
                .setParseComments(comments)
                .setUseMarks(true)
                .build();
    }

    /** Composes the single document in {@code text} (no comments). */
    public static Node composeOne(String text, String file) {
        return compose(text, file, false);
    }

    static Node compose(String text, String file, boolean comments) {
        if (!comments) {
            YamlTree fast = composeFast(text, file);
            if (fast != null) {
                return YamlTree.toLibrary(fast);
            }
        }
        return composeWithLibrary(text, file, comments);
    }

    /**
     * The single document in {@code text} as binding reads it: composed by {@link FastComposer}
     * when it can, else by the library and converted; never through the library's {@code Tag} on
     * the fast path (docs/ARCHITECTURE.md, One run).
     */
    public static YamlTree composeTree(String text, String file) {
        YamlTree fast = composeFast(text, file);
        return fast != null ? fast : YamlTree.of(composeWithLibrary(text, file, false));
    }

    private static YamlTree composeFast(String text, String file) {
        try {
            return FastComposer.compose(text); // a simple intent, without starting the library's reader
        } catch (RuntimeException e) {
            // a bug of the fast path (FastComposerTest calls it directly) costs time, not the render;
            // RHOAI_KRM_TRACE shows it, so that a slow render can be traced to it
            if (Trace.on()) {
                System.err.println("rhoai-krm trace: " + file + ": the fast composer failed (" + e + "); the YAML library composes it");
            }
            return null;
        }
    }

    /** {@link #compose} by snakeyaml-engine alone; {@link FastComposer} must compose the same tree. */
    static Node composeWithLibrary(String text, String file, boolean comments) {
        LoadSettings settings = loadSettings(comments);
        try {
            Composer composer = new Composer(settings, new DepthLimitedParser(LineSeparators.parser(settings, text, file, comments, false),
                    file, InputLimits.DEFAULT.maxDepth()));
            return single(composer.getSingleNode(), file);
        } catch (MarkedYamlEngineException e) {
            throw asInputError(e, file);
        } catch (YamlEngineException e) {
            throw new YamlInputException(e.getMessage(), file, -1);
        }
    }

    /**
     * Composes one document from the events the scanner recorded for it (DocumentStart to
     * DocumentEnd): the same node as composing its text, without scanning and parsing it again.
     * The scanner has already applied the limits (depth, aliases, duplicate keys).
     */
    static Node composeEvents(List<Event> documentEvents, String file) {
        List<Event> stream = new ArrayList<>(documentEvents.size() + 2);
        stream.add(new StreamStartEvent());
        stream.addAll(documentEvents);
        stream.add(new StreamEndEvent());
        try {
            return single(new Composer(loadSettings(false), new RecordedEvents(stream)).getSingleNode(), file);
        } catch (MarkedYamlEngineException e) {
            throw asInputError(e, file);
        } catch (YamlEngineException e) {
            throw new YamlInputException(e.getMessage(), file, -1);
        }
    }

    /** The composed document; none is an error (a test, not orElseThrow's lambda: see docs/ARCHITECTURE.md, One run). */
    private static Node single(Optional<Node> node, String file) {
        if (node.isEmpty()) {
            throw new YamlInputException("empty document", file, -1);
        }
        return node.get();
    }

    /** A parser that replays recorded events. */
    private static final class RecordedEvents implements Parser {
        private final List<Event> events;
        private int next;

        RecordedEvents(List<Event> events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return hasNext() && events.get(next).getEventId() == choice;
        }

        @Override
        public Event peekEvent() {
            return events.get(next);
        }

        @Override
        public Event next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException("no more events");
            }
            return events.get(next++);
        }

        @Override
        public boolean hasNext() {
            return next < events.size();
        }
    }

    static YamlInputException asInputError(MarkedYamlEngineException e, String file) {
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(-1);
        String where = e.getProblemMark().map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ").orElse("");
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return new YamlInputException(where + problem + context, file, line);
    }

    /**
     * Turns a node tree into plain Java values. Aliases are followed, but at most
     * {@code InputLimits.DEFAULT.maxAliasExpansion()} nodes are produced, which stops alias bombs.
     */
    public static Object toJava(Node node) {
        return toJava(YamlTree.of(node));
    }

    /** The tree as plain Java values; aliases count once per use, bounded like the library's loader. */
    public static Object toJava(YamlTree tree) {
        int[] budget = {InputLimits.DEFAULT.maxAliasExpansion()};
        return toJava(tree, budget, new java.util.IdentityHashMap<YamlTree, Boolean>());
    }

    /**
     * {@code inside}: the collections being converted, around this node. Meeting one again is a
     * recursive alias ({@code &a [*a]}, which the library composes as a cycle): data with no end,
     * refused before it overflows the stack (the budget alone is deeper than the stack).
     */
    private static Object toJava(YamlTree node, int[] budget, Map<YamlTree, Boolean> inside) {
        if (--budget[0] < 0) {
            throw new YamlInputException("the object expands to more than "
                    + InputLimits.DEFAULT.maxAliasExpansion() + " nodes (an alias bomb?)");
        }
        if (node instanceof YamlTree.Scalar s) {
            return scalarValue(s);
        }
        if (inside.put(node, Boolean.TRUE) != null) {
            int line = node.start().isPresent() ? node.start().get().getLine() + 1 : -1;
            throw new YamlInputException("a recursive alias: the " + (node instanceof YamlTree.Sequence ? "list" : "mapping")
                    + (line > 0 ? " at line " + line : "") + " holds itself; write the values out (Kubernetes objects are trees)");
        }
        Object value;
        if (node instanceof YamlTree.Sequence seq) {
            List<Object> list = new ArrayList<>(seq.items().size());
            for (YamlTree child : seq.items()) {
                list.add(toJava(child, budget, inside));
            }
            value = list;
        } else {
            YamlTree.Mapping map = (YamlTree.Mapping) node;
            Map<String, Object> result = new LinkedHashMap<>();
            for (YamlTree.Entry t : map.entries()) {
                Object key = toJava(t.key(), budget, inside);
                result.put(String.valueOf(key), toJava(t.value(), budget, inside));
            }
            value = result;
        }
        inside.remove(node);
        return value;
    }

    /** A scalar's value under the core schema: String, Long, Double, Boolean or null. */
    public static Object scalarValue(ScalarNode s) {
        return scalarValue(s.getTag().getValue(), s.getValue());
    }

    /** The value of a scalar of {@code tag} ({@link YamlTree}'s spelling) under the core schema. */
    public static Object scalarValue(YamlTree.Scalar s) {
        return scalarValue(s.tag(), s.value());
    }

    private static Object scalarValue(String tag, String v) {
        switch (tag) {
            case YamlTree.NULL -> {
                return null;
            }
            case YamlTree.BOOL -> {
                return v.equalsIgnoreCase("true");
            }
            case YamlTree.INT -> {
                try {
                    if (v.startsWith("0x")) {
                        return Long.parseLong(v.substring(2), 16);
                    }
                    if (v.startsWith("0o")) {
                        return Long.parseLong(v.substring(2), 8);
                    }
                    return Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            case YamlTree.FLOAT -> {
                try {
                    return Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            default -> {
                return v;
            }
        }
    }

    // ---- output -------------------------------------------------------------------------------

    private static DumpSettings dumpSettings(boolean comments) {
        return DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(0)
                .setWidth(Integer.MAX_VALUE)
                .setSplitLines(false)
                .setDumpComments(comments)
                .setSchema(CoreTagResolver.SCHEMA)
                .build();
    }

    /**
     * Writes plain Java values (as built for generated objects) as one YAML document, block style,
     * kubectl-like layout. Multi-line strings become literal blocks so scripts stay readable.
     * {@link BlockWriter} writes what it can (nearly everything) without starting the emitter.
     */
    public static String dump(Object value) {
        String fast = BlockWriter.write(value);
        return fast != null ? fast : dumpWithEmitter(value);
    }

    /** {@link #dump} through snakeyaml-engine's emitter; {@link BlockWriter} must write the same bytes. */
    static String dumpWithEmitter(Object value) {
        DumpSettings settings = dumpSettings(false);
        return LineSeparators.escape(new Dump(settings, new Representer(settings)).dumpToString(value));
    }

    /**
     * Writes a node tree, comments included, as one document. Scalars holding a character Go reads
     * as a line break are double-quoted and it is escaped; in a comment it becomes a space.
     */
    public static String dumpNode(Node node) {
        DumpSettings settings = dumpSettings(true);
        StringBuilder out = new StringBuilder();
        new Dump(settings).dumpNode(quoteLineSeparators(node), new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.append(str, off, off + len);
            }
        });
        return LineSeparators.escape(out.toString());
    }

    /** The tree with every scalar holding U+0085, U+2028 or U+2029 double-quoted, and those characters out of comments. */
    private static Node quoteLineSeparators(Node node) {
        node.setBlockComments(spaced(node.getBlockComments()));
        node.setInLineComments(spaced(node.getInLineComments()));
        node.setEndComments(spaced(node.getEndComments()));
        if (node instanceof ScalarNode s && LineSeparators.present(s.getValue()) && s.getScalarStyle() != ScalarStyle.DOUBLE_QUOTED) {
            ScalarNode quoted = new ScalarNode(s.getTag(), s.isResolved(), s.getValue(), ScalarStyle.DOUBLE_QUOTED, s.getStartMark(), s.getEndMark());
            quoted.setBlockComments(s.getBlockComments());
            quoted.setInLineComments(s.getInLineComments());
            quoted.setEndComments(s.getEndComments());
            return quoted;
        }
        if (node instanceof SequenceNode seq) {
            seq.getValue().replaceAll(Yaml::quoteLineSeparators);
        } else if (node instanceof MappingNode map) {
            map.getValue().replaceAll(t -> new NodeTuple(quoteLineSeparators(t.getKeyNode()), quoteLineSeparators(t.getValueNode())));
        }
        return node;
    }

    private static List<CommentLine> spaced(List<CommentLine> comments) {
        if (comments == null || comments.stream().noneMatch(c -> LineSeparators.present(c.getValue()))) {
            return comments;
        }
        List<CommentLine> out = new ArrayList<>();
        for (CommentLine c : comments) {
            out.add(LineSeparators.present(c.getValue()) ? new CommentLine(c.getStartMark(), c.getEndMark(),
                    c.getValue().replace('\u0085', ' ').replace('\u2028', ' ').replace('\u2029', ' '), c.getCommentType()) : c);
        }
        return out;
    }

    /** Turns a document's text into a ResourceList item: "- " before the first line, two spaces before the rest. */
    public static String asItem(String document) {
        StringBuilder out = new StringBuilder(document.length() + 64);
        boolean first = true;
        int start = 0;
        while (start < document.length()) {
            int end = document.indexOf('\n', start);
            end = end < 0 ? document.length() : end + 1;
            String line = document.substring(start, end);
            if (first) {
                out.append("- ");
                first = false;
            } else if (!line.equals("\n")) {
                out.append("  ");
            }
            out.append(line);
            start = end;
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        return out.toString();
    }

    /** Multi-line strings as literal blocks; strings that would read as another type double-quoted. */
    private static final class Representer extends StandardRepresenter {
        Representer(DumpSettings settings) {
            super(settings);
            this.representers.put(String.class, data -> {
                String s = (String) data;
                ScalarStyle style = switch (BlockWriter.requestedStyle(s)) {
                    case LITERAL -> ScalarStyle.LITERAL;
                    case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
                    case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
                    case PLAIN -> ScalarStyle.PLAIN;
                };
                return representScalar(Tag.STR, s, style);
            });
        }
    }
}
