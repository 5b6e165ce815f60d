package dev.rhoaikrm.core.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A composed YAML document as binding reads it: scalars with their resolved tag (as text), value,
 * style and marks; mappings with their entries in order; sequences. It is snakeyaml-engine's node
 * tree without the library's {@link Tag} class: {@code Tag}'s constants percent-encode their URIs
 * with a regular expression, the first of the process, which on JDK 17 also pays the first
 * {@code invokedynamic} linkage (≈ 18 ms of a typical render, docs/PERFORMANCE.md). {@link
 * FastComposer} builds this tree directly; a document it leaves to the library is converted from
 * the library's nodes ({@link #of(Node)}), so both roads give the same tree (FastComposerTest).
 */
public sealed interface YamlTree {
    /** The core schema's tags, as {@link Tag#getValue()} spells them. */
    String STR = "tag:yaml.org,2002:str";
    String INT = "tag:yaml.org,2002:int";
    String FLOAT = "tag:yaml.org,2002:float";
    String BOOL = "tag:yaml.org,2002:bool";
    String NULL = "tag:yaml.org,2002:null";
    String MAP = "tag:yaml.org,2002:map";
    String SEQ = "tag:yaml.org,2002:seq";
    String MERGE = "tag:yaml.org,2002:merge";

    /** The node's tag: one of the constants above, or a custom tag ({@code !secret}) as written. */
    String tag();

    Optional<Mark> start();

    Optional<Mark> end();

    record Scalar(String tag, String value, ScalarStyle style, Optional<Mark> start, Optional<Mark> end) implements YamlTree {
        public boolean isNull() {
            return NULL.equals(tag);
        }
    }

    /** A mapping; its entries list may be filled after the record is made (the composer's order). */
    record Mapping(String tag, List<Entry> entries, FlowStyle flowStyle, Optional<Mark> start, Optional<Mark> end) implements YamlTree {
    }

    record Sequence(String tag, List<YamlTree> items, FlowStyle flowStyle, Optional<Mark> start, Optional<Mark> end) implements YamlTree {
    }

    record Entry(YamlTree key, YamlTree value) {
        /** The key's text when it is a scalar, else null (a complex key). */
        public String keyText() {
            return key instanceof Scalar s ? s.value() : null;
        }
    }

    /** Whether the node is a scalar resolved to null. */
    static boolean isNull(YamlTree node) {
        return node instanceof Scalar s && s.isNull();
    }

    /**
     * The tree of a node the library composed. Nodes shared through aliases stay shared (and a
     * recursive alias stays a cycle), so converting costs no more than the nodes written.
     */
    static YamlTree of(Node node) {
        return convert(node, new IdentityHashMap<Node, YamlTree>());
    }

    private static YamlTree convert(Node node, Map<Node, YamlTree> done) {
        YamlTree seen = done.get(node);
        if (seen != null) {
            return seen;
        }
        String tag = node.getTag().getValue();
        if (node instanceof ScalarNode s) {
            YamlTree scalar = new Scalar(tag, s.getValue(), s.getScalarStyle(), s.getStartMark(), s.getEndMark());
            done.put(node, scalar);
            return scalar;
        }
        if (node instanceof SequenceNode seq) {
            List<YamlTree> items = new ArrayList<>(seq.getValue().size());
            YamlTree sequence = new Sequence(tag, items, seq.getFlowStyle(), seq.getStartMark(), seq.getEndMark());
            done.put(node, sequence);
            for (Node item : seq.getValue()) {
                items.add(convert(item, done));
            }
            return sequence;
        }
        MappingNode map = (MappingNode) node;
        List<Entry> entries = new ArrayList<>(map.getValue().size());
        YamlTree mapping = new Mapping(tag, entries, map.getFlowStyle(), map.getStartMark(), map.getEndMark());
        done.put(node, mapping);
        for (NodeTuple t : map.getValue()) {
            entries.add(new Entry(convert(t.getKeyNode(), done), convert(t.getValueNode(), done)));
        }
        return mapping;
    }

    /**
     * The library's nodes for a tree {@link FastComposer} composed (no aliases, no comments), for
     * callers that work on the library's nodes: the tree the library composes itself, comment
     * lists aside (empty lists where the composer sets them, otherwise none).
     */
    static Node toLibrary(YamlTree tree) {
        if (tree instanceof Scalar s) {
            return new ScalarNode(new Tag(s.tag()), true, s.value(), s.style(), s.start(), s.end());
        }
        if (tree instanceof Sequence seq) {
            List<Node> items = new ArrayList<>(seq.items().size());
            for (YamlTree item : seq.items()) {
                items.add(toLibrary(item));
            }
            return new SequenceNode(Tag.SEQ, true, items, seq.flowStyle(), seq.start(), seq.end());
        }
        Mapping map = (Mapping) tree;
        List<NodeTuple> tuples = new ArrayList<>(map.entries().size());
        for (Entry e : map.entries()) {
            tuples.add(new NodeTuple(toLibrary(e.key()), toLibrary(e.value())));
        }
        return new MappingNode(Tag.MAP, true, tuples, map.flowStyle(), map.start(), map.end());
    }
}
