package dev.rhoaikrm.core.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * YAML that Go's readers (kustomize's kyaml and sigs.k8s.io/yaml) cannot read differently from
 * us: what decides whether kustomize runs a program is checked here, so a parser differential would
 * be a way past the check. Refused: anchors and aliases, explicit tags, merge keys ({@code <<}:
 * go-yaml and kyaml apply them, each its own way), duplicate keys (kustomize keeps the last one,
 * api/types/kustomization.go Unmarshal), and the characters go-yaml takes for line breaks where
 * YAML 1.2 does not (U+0085, U+2028, U+2029) or that it does not skip (a byte order mark inside).
 * Documents are split as kyaml splits them (kyaml/kio/byteio_reader.go splitDocuments): at every
 * line starting with "---", anything but a comment after it refused; each part is parsed on its
 * own and every document of it is returned (kyaml reads only the first; checking more is safe).
 */
public final class StrictYaml {
    private StrictYaml() {
    }

    /** The documents of {@code text} that are not empty; a YamlInputException names the first problem and its line. */
    public static List<Node> documents(String text, String file) {
        checkCharacters(text, file);
        String unified = text.replace("\r\n", "\n");
        List<Node> documents = new ArrayList<>();
        int lineOffset = 0;
        for (String part : kyamlParts(unified, file)) {
            documents.addAll(parse(part, file, lineOffset));
            lineOffset += (int) part.chars().filter(c -> c == '\n').count() + 1;
        }
        return documents;
    }

    private static void checkCharacters(String text, String file) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029' || (c == '\uFEFF' && i > 0)) {
                int line = SourceText.of(text).lineOf(i);
                throw new YamlInputException("line " + line + ": character U+" + String.format("%04X", (int) c)
                        + ", which Go's YAML readers (kustomize, ArgoCD) do not read as we do; remove it or write it as an escape",
                        file, line);
            }
        }
    }

    /** kyaml's document split: "\n---" then anything up to the line's end; only a comment may follow the marker. */
    private static List<String> kyamlParts(String text, String file) {
        List<String> parts = new ArrayList<>();
        int previous = 0;
        int from = 0;
        while (true) {
            int marker = text.indexOf("\n---", from);
            if (marker < 0) {
                break;
            }
            int lineEnd = text.indexOf('\n', marker + 4);
            if (lineEnd < 0) {
                break; // kyaml's pattern needs the separator line to end: the rest is one part
            }
            String rest = text.substring(marker + 4, lineEnd).strip();
            if (!rest.isEmpty() && rest.charAt(0) != '#') {
                int line = SourceText.of(text).lineOf(marker + 1);
                throw new YamlInputException("line " + line + ": \"---" + rest + "\" is not a document separator kustomize accepts",
                        file, line);
            }
            parts.add(text.substring(previous, marker + 1));
            previous = lineEnd + 1;
            from = lineEnd + 1; // Go's matches do not overlap: a "---" right after one starts the next part
        }
        parts.add(text.substring(previous));
        return parts;
    }

    private static List<Node> parse(String part, String file, int lineOffset) {
        LoadSettings settings = Yaml.loadSettings(false);
        List<Node> documents = new ArrayList<>();
        try {
            DepthLimitedParser parser = new DepthLimitedParser(LineSeparators.parser(settings, part, file, false, false), file,
                    InputLimits.DEFAULT.maxDepth());
            List<Event> events = new ArrayList<>();
            while (parser.hasNext()) {
                Event e = parser.next();
                refuseGoDifferences(e, file, lineOffset);
                switch (e.getEventId()) {
                    case StreamStart, StreamEnd -> { }
                    case DocumentStart -> {
                        events.clear();
                        events.add(e);
                    }
                    case DocumentEnd -> {
                        events.add(e);
                        Node node = Yaml.composeEvents(events, file);
                        checkKeys(node, file, lineOffset);
                        if (!(node instanceof ScalarNode s && s.getValue().isEmpty() && s.isPlain())) {
                            documents.add(node);
                        }
                    }
                    default -> events.add(e);
                }
            }
        } catch (MarkedYamlEngineException e) {
            YamlInputException error = Yaml.asInputError(e, file);
            throw error.line() < 0 ? error : new YamlInputException(error.getMessage()
                    .replaceFirst("^line \\d+", "line " + (error.line() + lineOffset)), file, error.line() + lineOffset);
        } catch (YamlEngineException e) {
            throw new YamlInputException(e.getMessage(), file, -1);
        }
        return documents;
    }

    private static void refuseGoDifferences(Event e, String file, int lineOffset) {
        String what = null;
        if (e.getEventId() == Event.ID.Alias) {
            what = "an alias";
        } else if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
            what = "an anchor";
        } else if (e instanceof ScalarEvent s && s.getTag().isPresent()) {
            what = "a tag";
        } else if (e instanceof ScalarEvent s && s.isPlain() && s.getValue().equals("<<")) {
            what = "a merge key (<<)"; // snakeyaml-engine's composer merges like go-yaml: refused before it does
        }
        if (e instanceof CollectionStartEvent c && c.getTag().isPresent()) {
            what = "a tag";
        }
        if (what != null) {
            int line = e.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(-1);
            throw new YamlInputException("line " + line + ": " + what + ", which the readers of kustomize resolve their own way;"
                    + " write the value out",
                    file, line);
        }
    }

    /** Duplicate keys (the kyaml and JSON readers keep one of them) and merge keys, anywhere in the tree. */
    private static void checkKeys(Node node, String file, int lineOffset) {
        if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> checkKeys(n, file, lineOffset));
        } else if (node instanceof MappingNode map) {
            Set<String> keys = new HashSet<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw error(t.getKeyNode(), "a key that is not a string", file, lineOffset);
                }
                if (!keys.add(k.getValue())) {
                    throw error(k, "duplicate key \"" + k.getValue() + "\"", file, lineOffset);
                }
                checkKeys(t.getValueNode(), file, lineOffset);
            }
        }
    }

    private static YamlInputException error(Node node, String what, String file, int lineOffset) {
        int line = node.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(-1);
        return new YamlInputException("line " + line + ": " + what, file, line);
    }
}
