package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.fn.Outcome;
import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.yaml.KptAnnotations;
import dev.rhoaikrm.core.yaml.LineSeparators;
import dev.rhoaikrm.core.yaml.ResourceListLayout;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.Yaml;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Writes outcomes as a ResourceList (KRM) or as a plain manifest stream, straight to the output:
 * building the text first held a second copy of a large input (and its growing buffer) in memory.
 * Callers write only once the outcome is final, so an error still leaves the output empty.
 */
public final class Writers {

    private Writers() {
    }

    /**
     * The ResourceList back, entry by entry: apiVersion, kind, functionConfig and anything else are
     * copied as they came; items are the outcome's; results are ours.
     */
    public static void resourceList(ResourceListLayout layout, Outcome outcome, PrintStream out) {
        boolean wroteItems = false;
        for (ResourceListLayout.Entry e : layout.entries()) {
            switch (e.key()) {
                case "items" -> {
                    writeItems(out, outcome);
                    wroteItems = true;
                }
                case "results" -> {
                    // replaced by this run's results below
                }
                default -> appendLine(out, e.text());
            }
        }
        if (!wroteItems) {
            writeItems(out, outcome);
        }
        appendResults(out, outcome.results());
    }

    /** A ResourceList holding only results: for input that could not be read at all. */
    public static void failedResourceList(Results results, PrintStream out) {
        out.append("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n");
        appendResults(out, results);
    }

    private static void writeItems(PrintStream out, Outcome outcome) {
        if (outcome.objects().isEmpty()) {
            out.append("items: []\n");
            return;
        }
        out.append("items:\n");
        for (Outcome.Out o : outcome.objects()) {
            if (o instanceof Outcome.Passed p) {
                appendLine(out, p.source().form() == SourceObject.Form.ITEM ? p.source().text() : Yaml.asItem(p.source().text()));
            } else {
                Outcome.Made m = (Outcome.Made) o;
                out.append(Yaml.asItem(Yaml.dump(withFileAnnotations(m))));
            }
        }
    }

    private static Map<String, Object> withFileAnnotations(Outcome.Made m) {
        Map<String, Object> copy = deepCopy(m.generated().object());
        Map<String, Object> annotations = Manifests.annotationsOf(copy);
        annotations.put(KptAnnotations.LEGACY_PATH, m.path());
        annotations.put(KptAnnotations.LEGACY_INDEX, String.valueOf(m.index()));
        annotations.put(KptAnnotations.PATH, m.path());
        annotations.put(KptAnnotations.INDEX, String.valueOf(m.index()));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> out = map instanceof java.util.TreeMap ? new java.util.TreeMap<>() : new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            out.put(e.getKey(), e.getValue() instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : e.getValue());
        }
        return out;
    }

    /** {@code text}, ending in a newline. */
    private static void appendLine(PrintStream out, String text) {
        out.append(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
    }

    private static void appendResults(PrintStream out, Results results) {
        if (results.isEmpty()) {
            return;
        }
        List<Object> list = new ArrayList<>();
        for (Result r : results.all()) {
            list.add(r.toMap());
        }
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("results", list);
        out.append(Yaml.dump(wrapper));
    }

    /** Plain manifests: documents separated by "---"; kpt's file bookkeeping annotations removed. */
    public static void manifests(Outcome outcome, PrintStream out) {
        boolean first = true;
        for (Outcome.Out o : outcome.objects()) {
            String doc;
            if (o instanceof Outcome.Passed p) {
                doc = plain(p.source());
            } else {
                doc = Yaml.dump(((Outcome.Made) o).generated().object());
            }
            if (!first) {
                out.append("---\n");
            }
            first = false;
            appendLine(out, doc);
        }
    }

    /** {@link #manifests(Outcome, PrintStream)} as text, for a file. */
    public static String manifests(Outcome outcome) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        manifests(outcome, out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A pass-through object as a document; re-serialised (comments kept) only when bookkeeping or a line separator must go. */
    private static String plain(SourceObject source) {
        boolean bookkeeping = false;
        for (String key : source.summary().annotations().keySet()) {
            bookkeeping |= KptAnnotations.isFileBookkeeping(key);
        }
        // a character Go reads as a line break must go out escaped (Yaml.dumpNode quotes and escapes it)
        if (!bookkeeping && source.form() == SourceObject.Form.DOCUMENT && !LineSeparators.present(source.text())) {
            return source.text();
        }
        Node node = source.nodeWithComments();
        stripBookkeeping(node);
        return Yaml.dumpNode(node);
    }

    private static void stripBookkeeping(Node root) {
        MappingNode metadata = child(root, "metadata");
        MappingNode annotations = metadata == null ? null : child(metadata, "annotations");
        if (annotations == null) {
            return;
        }
        annotations.getValue().removeIf(t -> t.getKeyNode() instanceof ScalarNode k && KptAnnotations.isFileBookkeeping(k.getValue()));
        if (annotations.getValue().isEmpty()) {
            metadata.getValue().removeIf(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("annotations"));
        }
    }

    private static MappingNode child(Node node, String key) {
        if (!(node instanceof MappingNode map)) {
            return null;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && t.getValueNode() instanceof MappingNode m) {
                return m;
            }
        }
        return null;
    }

    /** Results for people, one line each, for stderr; control characters the input put in them are escaped ({@link Terminal}). */
    public static String summary(String function, Results results) {
        StringBuilder b = new StringBuilder();
        for (Result r : results.all()) {
            b.append(function).append(": ").append(Terminal.escape(r.toLine())).append('\n');
        }
        return b.toString();
    }
}
