package dev.rhoaikrm.core.yaml;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A scanned input: either one ResourceList (laid out as top-level entries and item texts) or a
 * plain stream of documents. Building the layout needs only text positions; the rare ResourceList
 * written in flow style (or JSON) is first re-written in block style, comments kept, and scanned again.
 */
public final class ScannedInput {
    private final SourceText source;
    private final String name;
    private final List<ScannedDocument> documents;

    ScannedInput(SourceText source, String name, List<ScannedDocument> documents) {
        this.source = source;
        this.name = name;
        this.documents = documents;
    }

    /** The text that was scanned. */
    public SourceText source() {
        return source;
    }

    /** Whether the input is one ResourceList (the KRM function protocol) rather than a plain stream. */
    public boolean isResourceList() {
        return documents.size() == 1 && documents.get(0).isResourceList();
    }

    /** A ResourceList of a version this core does not speak: refused rather than passed through as an object. */
    public void checkResourceListVersion() {
        for (ScannedDocument d : documents) {
            if (d.looksLikeResourceList() && !d.isResourceList()) {
                throw new YamlInputException("unsupported ResourceList apiVersion \"" + d.summary.apiVersion()
                        + "\" (expected config.kubernetes.io/v1)", name, source.lineOf(d.start));
            }
        }
    }

    /** The documents of a plain stream, as objects; empty documents are left out. */
    public List<SourceObject> documents() {
        List<Integer> notMappings = new ArrayList<>();
        List<SourceObject> objects = mappings(notMappings);
        if (!notMappings.isEmpty()) {
            int line = notMappings.get(0);
            throw new YamlInputException("line " + line
                    + ": a document that is not a mapping (every document must be a Kubernetes object)", name, line);
        }
        return objects;
    }

    /**
     * The documents that are mappings, as objects; the first line of each other non-empty document
     * (a list such as a JSON6902 patch, a scalar) is added to {@code notMappings}.
     */
    public List<SourceObject> mappings(List<Integer> notMappings) {
        List<SourceObject> objects = new ArrayList<>();
        String text = source.text();
        for (ScannedDocument d : documents) {
            if (d.empty) {
                continue;
            }
            if (d.notAnObject) {
                notMappings.add(source.lineOf(d.start));
                continue;
            }
            SourceObject object = new SourceObject(documentText(text, d), SourceObject.Form.DOCUMENT, d.summary, name, objects.size());
            if (d.events != null) {
                object.composeFrom(d.events);
            }
            objects.add(object);
        }
        return objects;
    }

    private static String documentText(String text, ScannedDocument d) {
        String body = text.substring(d.start, d.end);
        // an explicit end marker "..." belongs to the stream, not to the object
        if (body.endsWith("...\n") || body.endsWith("...")) {
            body = body.substring(0, body.lastIndexOf("..."));
        }
        return body.endsWith("\n") || body.isEmpty() ? body : body + "\n";
    }

    /** The summaries of the first document's items (FastResourceList's fallback). */
    List<ObjectSummary> firstDocumentItems() {
        List<ObjectSummary> items = documents.get(0).items;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new YamlInputException("items[" + i + "] of the ResourceList is not an object", name, -1);
            }
        }
        return items;
    }

    /** The ResourceList, laid out; call only when {@link #isResourceList()}. */
    public ResourceListLayout resourceList() {
        ScannedDocument doc = documents.get(0);
        if (doc.itemsNotAList) {
            throw new YamlInputException("items of the ResourceList is not a list (it must be a list of objects)", name, -1);
        }
        ResourceListLayout layout = layout(doc);
        if (layout != null) {
            return layout;
        }
        // Flow style or an unusual layout: rewrite as block YAML (comments kept) and scan that.
        String block = toBlockStyle(source.text().substring(doc.start, doc.end));
        ScannedInput again = ObjectScanner.scan(SourceText.of(block), name, InputLimits.DEFAULT);
        ResourceListLayout second = again.isResourceList() ? again.layout(again.documents.get(0)) : null;
        if (second == null) {
            throw new YamlInputException("the ResourceList could not be laid out (items must be a sequence of objects)", name, -1);
        }
        return second;
    }

    private ResourceListLayout layout(ScannedDocument doc) {
        String text = source.text();
        if (doc.rootFlow || (doc.itemsFlow && !doc.items.isEmpty())) {
            return null;
        }
        List<ResourceListLayout.Entry> entries = new ArrayList<>();
        for (int i = 0; i < doc.topKeys.size(); i++) {
            int keyOffset = doc.topKeys.get(i).offset();
            if (source.lineStart(keyOffset) != keyOffset) {
                return null; // keys must start their lines
            }
            int end = i + 1 < doc.topKeys.size() ? doc.topKeys.get(i + 1).offset() : doc.end;
            entries.add(new ResourceListLayout.Entry(doc.topKeys.get(i).key(), text.substring(keyOffset, end)));
        }
        List<SourceObject> items = new ArrayList<>();
        int indent = 0;
        if (doc.itemsStart >= 0 && !doc.items.isEmpty()) {
            int itemsEnd = endOfItems(doc);
            int dash = doc.itemsStart;
            if (text.charAt(dash) != '-' || !onlySpacesBefore(dash)) {
                return null;
            }
            indent = dash - source.lineStart(dash);
            int from = source.lineStart(dash);
            for (int i = 0; i < doc.items.size(); i++) {
                int to;
                if (i + 1 < doc.items.size()) {
                    int next = nextDash(doc.itemEnds.get(i));
                    if (next < 0 || !onlySpacesBefore(next) || next - source.lineStart(next) != indent) {
                        return null;
                    }
                    to = source.lineStart(next);
                } else {
                    to = itemsEnd;
                }
                ObjectSummary summary = doc.items.get(i);
                if (summary == null) {
                    throw new YamlInputException("items[" + i + "] is not an object", name, source.lineOf(from));
                }
                items.add(new SourceObject(dedent(text.substring(from, to), indent), SourceObject.Form.ITEM, summary, name, i));
                from = to;
            }
        }
        return new ResourceListLayout(entries, items);
    }

    /** Items are stored as if their dash were in column 0, so that output can use one layout. */
    private static String dedent(String item, int indent) {
        if (indent == 0) {
            return item;
        }
        StringBuilder out = new StringBuilder(item.length());
        for (String line : item.split("\n", -1)) {
            int cut = 0;
            while (cut < indent && cut < line.length() && line.charAt(cut) == ' ') {
                cut++;
            }
            out.append(line, cut, line.length()).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private int endOfItems(ScannedDocument doc) {
        for (ScannedDocument.TopKey k : doc.topKeys) {
            if (k.offset() > doc.itemsStart) {
                return k.offset();
            }
        }
        return doc.end;
    }

    private boolean onlySpacesBefore(int offset) {
        for (int i = source.lineStart(offset); i < offset; i++) {
            if (source.text().charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The next "-" after {@code from}, skipping white space and comment lines; -1 if something else comes first. */
    private int nextDash(int from) {
        String text = source.text();
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl + 1;
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                i++;
            } else {
                return c == '-' ? i : -1;
            }
        }
        return -1;
    }

    private String toBlockStyle(String documentText) {
        Node root = Yaml.compose(documentText, name, true);
        if (root instanceof MappingNode map) {
            map.setFlowStyle(FlowStyle.BLOCK);
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("items")
                        && t.getValueNode() instanceof SequenceNode seq) {
                    seq.setFlowStyle(FlowStyle.BLOCK);
                }
            }
        }
        return Yaml.dumpNode(root);
    }
}
