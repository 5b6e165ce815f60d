package dev.rhoaikrm.core.yaml;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One object of the input, kept as the exact text it came in so that it can go out unchanged.
 * Its node tree is built only when something asks for it (intents and cross-checks), so pass-through
 * objects cost no more than the scan that found their boundaries.
 */
public final class SourceObject {

    /** How the text is laid out: an entry of a ResourceList's items ("- " prefixed) or a document. */
    public enum Form { ITEM, DOCUMENT }

    private final String text;
    private final Form form;
    private final ObjectSummary summary;
    private final String origin;
    private final int originIndex;
    /** Whether {@link #origin} only names where the object came from for people (a Helm template), no file on disk. */
    private final boolean originIsLabel;
    private Node node;
    private YamlTree tree;
    /** The parser events the scanner saw for this object, when it kept them (intents). */
    private List<Event> events;

    /**
     * @param origin      the file the object was read from (relative to the package), or the
     *                    stream's name (for example {@code <stdin>})
     * @param originIndex the object's position in that file
     */
    public SourceObject(String text, Form form, ObjectSummary summary, String origin, int originIndex) {
        this(text, form, summary, origin, originIndex, false);
    }

    private SourceObject(String text, Form form, ObjectSummary summary, String origin, int originIndex, boolean originIsLabel) {
        this.text = text;
        this.form = form;
        this.summary = summary;
        this.origin = origin;
        this.originIndex = originIndex;
        this.originIsLabel = originIsLabel;
    }

    /**
     * The same object, named in messages as {@code label} (index {@code index}) rather than by the
     * stream a front door read it from: the Helm template or kustomization file it came from, which
     * is no file of the package, so paths the intent names stay relative to the working directory
     * ({@link #fileInPackage()}).
     */
    public SourceObject labelled(String label, int index) {
        SourceObject copy = new SourceObject(text, form, summary, label, index, true);
        copy.node = node;
        copy.tree = tree;
        copy.events = events;
        return copy;
    }

    public String text() {
        return text;
    }

    public Form form() {
        return form;
    }

    public ObjectSummary summary() {
        return summary;
    }

    /**
     * Where the object came from for messages: its file (kpt's path annotation, or the file a front
     * door read it from), else the stream's name.
     */
    public String file() {
        String path = summary.annotation(KptAnnotations.PATH);
        if (path == null) {
            path = summary.annotation(KptAnnotations.LEGACY_PATH);
        }
        return path != null ? path : origin;
    }

    /**
     * The object's file as a path relative to the package, paths it names being relative to it;
     * null for a stream (stdin), kustomize's temporary plugin config (an absolute path) and a
     * {@link #labelled} object.
     */
    public String fileInPackage() {
        String file = file();
        boolean annotated = summary.annotation(KptAnnotations.PATH) != null || summary.annotation(KptAnnotations.LEGACY_PATH) != null;
        if (file == null || (originIsLabel && !annotated) || file.startsWith("/") || file.startsWith("<")) {
            return null;
        }
        return file;
    }

    /** The object's index within its file (kpt's index annotation), 0 when unknown. */
    public int indexInFile() {
        String index = summary.annotation(KptAnnotations.INDEX);
        if (index == null) {
            index = summary.annotation(KptAnnotations.LEGACY_INDEX);
        }
        boolean fileFromAnnotation = summary.annotation(KptAnnotations.PATH) != null
                || summary.annotation(KptAnnotations.LEGACY_PATH) != null;
        try {
            return index != null ? Integer.parseInt(index) : fileFromAnnotation ? 0 : originIndex;
        } catch (NumberFormatException e) {
            return originIndex;
        }
    }

    /** Composes {@link #node()} from the scanner's events rather than by parsing the text again. */
    void composeFrom(List<Event> documentEvents) {
        this.events = documentEvents;
    }

    /** Whether {@link #node()} will come from recorded events (for tests). */
    boolean composesFromEvents() {
        return events != null;
    }

    /** The object's node tree (no comments), composed on first use. */
    public Node node() {
        if (node == null && events != null) {
            node = Yaml.composeEvents(events, file());
            events = null;
        }
        if (node == null) {
            Node parsed = Yaml.composeOne(text, file());
            node = form == Form.ITEM ? ((SequenceNode) parsed).getValue().get(0) : parsed;
        }
        return node;
    }

    /**
     * The object's tree as binding reads it (no comments), composed on first use: by the fast
     * composer when it can, without the library's nodes ({@link YamlTree}), else from the
     * library's.
     */
    public YamlTree tree() {
        if (tree == null) {
            if (node != null || events != null) {
                tree = YamlTree.of(node());
            } else {
                YamlTree parsed = Yaml.composeTree(text, file());
                tree = form == Form.ITEM ? ((YamlTree.Sequence) parsed).items().get(0) : parsed;
            }
        }
        return tree;
    }

    /** A fresh node tree with comments, for the rare case where a pass-through object must be edited. */
    public Node nodeWithComments() {
        Node parsed = Yaml.compose(text, file(), true);
        return form == Form.ITEM ? ((SequenceNode) parsed).getValue().get(0) : parsed;
    }

    /** The object as plain Java values (maps, lists, strings, numbers, booleans). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return (Map<String, Object>) Yaml.toJava(tree());
    }
}
