package dev.rhoaikrm.core.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Streams parser events over the whole input once, without building nodes, and records for each
 * object where its text starts and ends plus its {@link ObjectSummary}. This is how pass-through
 * objects keep their comments, quoting and layout: their text is copied, never re-serialised.
 * It also enforces the input limits (depth, duplicate keys) on everything it reads.
 */
public final class ObjectScanner {
    private static final String INTENT_GROUP = "rhoai-krm.dev";
    /** Intents are small; a document this long is not recorded (it is parsed again if ever needed). */
    private static final int MAX_RECORDED_EVENTS = 100_000;

    private final SourceText source;
    private final String name;
    private final InputLimits limits;
    private final Parser parser;
    private final int maxCollectionAliases;
    private final Set<Anchor> collectionAnchors = new HashSet<>();
    private int collectionAliases;
    private int lastContentEnd;
    /** The current document's events, kept for an intent so that it is not parsed a second time. */
    private List<Event> recording;

    private ObjectScanner(SourceText source, String name, InputLimits limits) {
        this.source = source;
        this.name = name;
        this.limits = limits;
        LoadSettings settings = Yaml.loadSettings(false);
        this.parser = LineSeparators.parser(settings, source.text(), name, false, source.bmpOnly());
        this.maxCollectionAliases = settings.getMaxAliasesForCollections();
    }

    /**
     * The next event, counting aliases to collections as the composer does: a billion-laughs
     * document is refused here even when nothing ever builds its nodes (a pass-through object
     * would otherwise go out to kubectl or ArgoCD, which would expand it).
     */
    private Event next() {
        Event event = parser.next();
        if (recording != null) {
            recording.add(event);
            if (recording.size() > MAX_RECORDED_EVENTS) {
                recording = null;
            }
        }
        if (event instanceof CollectionStartEvent c) {
            if (c.getAnchor().isPresent()) {
                collectionAnchors.add(c.getAnchor().get());
            }
        } else if (event instanceof AliasEvent a && collectionAnchors.contains(a.getAlias())
                && ++collectionAliases > maxCollectionAliases) {
            int line = line(event);
            throw new YamlInputException("line " + line + ": Number of aliases for non-scalar nodes exceeds the specified max="
                    + maxCollectionAliases, name, line);
        }
        return event;
    }

    /** Scans a whole input: a ResourceList or a plain multi-document stream. */
    public static ScannedInput scan(SourceText source, String name, InputLimits limits) {
        try {
            return new ObjectScanner(source, name, limits).scanStream();
        } catch (MarkedYamlEngineException e) {
            throw Yaml.asInputError(e, name);
        } catch (YamlEngineException e) {
            throw new YamlInputException(e.getMessage(), name, -1);
        } catch (StackOverflowError e) {
            throw new YamlInputException("the input nests too deeply", name, -1);
        }
    }

    private ScannedInput scanStream() {
        next(); // StreamStart
        List<ScannedDocument> documents = new ArrayList<>();
        int previousEnd = 0;
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            ScannedDocument doc = scanDocument(previousEnd);
            documents.add(doc);
            previousEnd = doc.end;
        }
        return new ScannedInput(source, name, documents);
    }

    /** @param previousEnd where the previous document ended: comments between documents belong to the next one */
    private ScannedDocument scanDocument(int previousEnd) {
        collectionAnchors.clear();
        collectionAliases = 0;
        recording = new ArrayList<>();
        DocumentStartEvent start = (DocumentStartEvent) next();
        int contentStart = start.isExplicit() ? afterMarker(offset(start.getEndMark())) : source.lineStart(offset(start.getStartMark()));
        if (!start.isExplicit() && previousEnd == 0) {
            contentStart = 0; // comments at the top of a file stay with its first object
        }
        ScannedDocument doc = new ScannedDocument();
        Event root = parser.peekEvent();
        if (root.getEventId() == Event.ID.MappingStart) {
            doc.summary = new ObjectSummary();
            doc.rootFlow = ((CollectionStartEvent) root).isFlow();
            readObject(1, doc.summary, doc);
        } else if (root.getEventId() == Event.ID.Scalar && ((ScalarEvent) root).getValue().isEmpty()
                && ((ScalarEvent) root).isPlain()) {
            next(); // an empty document: nothing but comments, or nothing at all
            doc.empty = true;
        } else {
            skipNode(1);
            doc.notAnObject = true;
        }
        Event end = next(); // DocumentEnd
        // Intents are composed into nodes later: from these events, not by parsing their text again.
        doc.events = doc.summary != null && INTENT_GROUP.equals(doc.summary.group()) ? recording : null;
        recording = null;
        int endOffset = offset(end.getStartMark());
        doc.start = contentStart;
        doc.end = Math.max(contentStart, endOffset);
        return doc;
    }

    /** Reads a mapping that is a Kubernetes object, filling in the summary; at the root also the layout. */
    private void readObject(int depth, ObjectSummary summary, ScannedDocument rootDoc) {
        Event start = next();
        checkDepth(depth, start);
        Set<String> keys = new HashSet<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event keyEvent = next();
            String key = scalarKey(keyEvent, keys, depth);
            if (rootDoc != null && key != null) {
                rootDoc.topKeys.add(new ScannedDocument.TopKey(key, offset(keyEvent.getStartMark())));
            }
            if (key == null) {
                skipNode(depth + 1);
            } else if ((key.equals("apiVersion") || key.equals("kind")) && parser.checkEvent(Event.ID.Scalar)) {
                ScalarEvent v = (ScalarEvent) next();
                noteContent(v);
                if (key.equals("kind")) {
                    summary.kind = v.getValue();
                } else {
                    summary.apiVersion = v.getValue();
                    if (rootDoc != null && !v.getValue().startsWith(INTENT_GROUP + "/")) {
                        recording = null; // not an intent: nothing will compose it
                    }
                }
            } else if (key.equals("metadata") && parser.checkEvent(Event.ID.MappingStart)) {
                readMetadata(depth + 1, summary);
            } else if (rootDoc != null && key.equals("items") && parser.checkEvent(Event.ID.SequenceStart)) {
                readItems(depth + 1, rootDoc);
            } else if (rootDoc != null && key.equals("items") && !parser.checkEvent(Event.ID.Scalar)) {
                rootDoc.itemsNotAList = true; // a mapping or an alias: a ResourceList would lose its items
                skipNode(depth + 1);
            } else if (rootDoc != null && key.equals("items") && !isNull((ScalarEvent) parser.peekEvent())) {
                rootDoc.itemsNotAList = true;
                skipNode(depth + 1);
            } else {
                skipNode(depth + 1);
            }
        }
        endCollection(start);
    }

    private static boolean isNull(ScalarEvent v) {
        return v.isPlain() && List.of("", "~", "null", "Null", "NULL").contains(v.getValue());
    }

    private void readMetadata(int depth, ObjectSummary summary) {
        Event start = next();
        checkDepth(depth, start);
        Set<String> keys = new HashSet<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            String key = scalarKey(next(), keys, depth);
            if (key != null && (key.equals("name") || key.equals("namespace")) && parser.checkEvent(Event.ID.Scalar)) {
                ScalarEvent v = (ScalarEvent) next();
                noteContent(v);
                if (key.equals("name")) {
                    summary.name = v.getValue();
                } else {
                    summary.namespace = v.getValue();
                }
            } else if (key != null && (key.equals("annotations") || key.equals("labels"))
                    && parser.checkEvent(Event.ID.MappingStart)) {
                Map<String, String> values = readStringMap(depth + 1);
                if (key.equals("annotations")) {
                    summary.annotations = values;
                } else {
                    summary.labels = values;
                }
            } else {
                skipNode(depth + 1);
            }
        }
        endCollection(start);
    }

    private Map<String, String> readStringMap(int depth) {
        Event start = next();
        checkDepth(depth, start);
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            String key = scalarKey(next(), keys, depth);
            if (key != null && parser.checkEvent(Event.ID.Scalar)) {
                ScalarEvent v = (ScalarEvent) next();
                noteContent(v);
                values.put(key, v.getValue());
            } else {
                skipNode(depth + 1);
            }
        }
        endCollection(start);
        return values;
    }

    private void readItems(int depth, ScannedDocument doc) {
        CollectionStartEvent start = (CollectionStartEvent) next();
        checkDepth(depth, start);
        doc.itemsFlow = start.isFlow();
        doc.itemsStart = offset(start.getStartMark());
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            ObjectSummary summary = new ObjectSummary();
            if (parser.checkEvent(Event.ID.MappingStart)) {
                readObject(depth + 1, summary, null);
            } else {
                skipNode(depth + 1);
                summary = null;
            }
            doc.items.add(summary);
            doc.itemEnds.add(lastContentEnd);
        }
        endCollection(start);
    }

    private String scalarKey(Event keyEvent, Set<String> keys, int depth) {
        if (keyEvent.getEventId() != Event.ID.Scalar) {
            skipFrom(keyEvent, depth + 1); // a complex key: legal YAML, never a Kubernetes field
            return null;
        }
        ScalarEvent key = (ScalarEvent) keyEvent;
        noteContent(key);
        if (!keys.add(key.getValue())) {
            Mark mark = key.getStartMark().orElse(null);
            throw new YamlInputException((mark == null ? "" : "line " + (mark.getLine() + 1) + ", column "
                    + (mark.getColumn() + 1) + ": ") + "duplicate key \"" + key.getValue() + "\"", name,
                    mark == null ? -1 : mark.getLine() + 1);
        }
        return key.getValue();
    }

    private void skipNode(int depth) {
        skipFrom(next(), depth);
    }

    private void skipFrom(Event event, int depth) {
        switch (event.getEventId()) {
            case Scalar, Alias -> noteContent(event);
            case MappingStart -> {
                checkDepth(depth, event);
                Set<String> keys = new HashSet<>();
                while (!parser.checkEvent(Event.ID.MappingEnd)) {
                    scalarKey(next(), keys, depth);
                    skipNode(depth + 1);
                }
                endCollection(event);
            }
            case SequenceStart -> {
                checkDepth(depth, event);
                while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                    skipNode(depth + 1);
                }
                endCollection(event);
            }
            default -> throw new YamlInputException("unexpected " + event.getEventId(), name, -1);
        }
    }

    private void endCollection(Event start) {
        Event end = next();
        if (((CollectionStartEvent) start).isFlow()) {
            noteContent(end);
        }
    }

    private void noteContent(Event event) {
        lastContentEnd = offset(event.getEndMark());
    }

    private void checkDepth(int depth, Event event) {
        if (depth > limits.maxDepth()) {
            int line = line(event);
            throw new YamlInputException("line " + line + ": nesting deeper than " + limits.maxDepth() + " levels", name, line);
        }
    }

    /** The 1-based line an event starts on, -1 when unknown. */
    private static int line(Event event) {
        return event.getStartMark().isPresent() ? event.getStartMark().get().getLine() + 1 : -1;
    }

    private int offset(java.util.Optional<Mark> mark) {
        return mark.isPresent() ? source.offset(mark.get().getIndex()) : source.text().length();
    }

    /** Where a document's content starts after "---": the next line, unless content follows on the same line. */
    private int afterMarker(int offset) {
        String text = source.text();
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' && text.charAt(i) != '#') {
            return offset;
        }
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }
}
