package dev.rhoaikrm.core.yaml;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A ResourceList as text: its top-level entries (apiVersion, kind, items, functionConfig, ...) each
 * with its exact source text, and its items as objects. Writing it back copies everything that
 * was not changed.
 */
public final class ResourceListLayout {

    /** One top-level key and the exact text of its entry, key line included. */
    public record Entry(String key, String text) {
    }

    private final List<Entry> entries;
    private final List<SourceObject> items;

    ResourceListLayout(List<Entry> entries, List<SourceObject> items) {
        this.entries = entries;
        this.items = items;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<SourceObject> items() {
        return items;
    }

    /** The functionConfig object, if the list has one; a null one is none, anything else but a mapping an error. */
    public Optional<SourceObject> functionConfig(String streamName) {
        for (Entry e : entries) {
            if (e.key().equals("functionConfig")) {
                Node entry = Yaml.composeOne(e.text(), streamName);
                for (NodeTuple t : ((MappingNode) entry).getValue()) {
                    if (t.getValueNode() instanceof MappingNode value) {
                        return Optional.of(fromNode(value, streamName));
                    }
                    if (!(t.getValueNode() instanceof ScalarNode s && Yaml.scalarValue(s) == null)) {
                        throw new YamlInputException("functionConfig of the ResourceList is not an object", streamName, -1);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static SourceObject fromNode(MappingNode value, String streamName) {
        String text = Yaml.dumpNode(value);
        ScannedInput scanned = ObjectScanner.scan(SourceText.of(text), streamName, InputLimits.DEFAULT);
        List<SourceObject> docs = scanned.documents();
        return docs.get(0);
    }
}
