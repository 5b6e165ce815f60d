package dev.rhoaikrm.cli;

import dev.rhoaikrm.testsupport.GoldenUpdate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Update mode for the bad-input corpus ({@link dev.rhoaikrm.testsupport.GoldenUpdate}): rewrites
 * the results of a case's expect.yaml from what its render door reported, changing only what that
 * door disproves.
 * <ul>
 * <li>An entry of other doors only ({@code doors:} without this one) stays as written.</li>
 * <li>An entry the door still reports stays as written: warnings added by hand, per-door lists,
 *     message fragments, comments before it.</li>
 * <li>An entry whose message changed (same severity, file, object and path) gets the new message
 *     and keeps its doors.</li>
 * <li>An entry the door no longer reports goes; an error no entry names is added (warnings are
 *     added by hand: the corpus asks only for those that matter).</li>
 * </ul>
 */
final class BadInputUpdate {
    private BadInputUpdate() {
    }

    /** The door whose results update mode writes: render names files as the package has them; else the case's first door. */
    static String door(BadInputCase c) {
        return c.doors().contains("render") ? "render" : c.doors().get(0);
    }

    static void rewrite(BadInputCase c, String door, List<BadInputCase.Expected> actual) {
        Path file = c.dir().resolve(BadInputCase.EXPECT);
        try {
            GoldenUpdate.write(file, rewritten(Files.readString(file), c, door, actual));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** expect.yaml's text with its results brought in line with what {@code door} reported. */
    @SuppressWarnings("unchecked")
    static String rewritten(String text, BadInputCase c, String door, List<BadInputCase.Expected> actual) {
        Map<String, Object> expect = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        List<BadInputCase.Expected> entries = ((List<Map<String, Object>>) expect.getOrDefault("results", List.of())).stream()
                .map(BadInputCase.Expected::of).toList();
        Section section = Section.of(text);

        List<BadInputCase.Expected> left = new ArrayList<>(actual);
        List<String> out = new ArrayList<>();
        List<Integer> stale = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            BadInputCase.Expected e = entries.get(i);
            BadInputCase.Expected asReported = BadInputCorpusTest.forDoor(c, door, e);
            BadInputCase.Expected hit = !e.appliesTo(door) ? null
                    : left.stream().filter(a -> BadInputCorpusTest.matches(asReported, a)).findFirst().orElse(null);
            if (e.appliesTo(door) && hit == null) {
                stale.add(i);
                out.add(null);
                continue;
            }
            left.remove(hit);
            out.add(section.entryText(i).orElseGet(() -> format(e)));
        }
        // a stale entry whose result is still reported under another message keeps its doors
        for (int i : stale) {
            BadInputCase.Expected e = entries.get(i);
            BadInputCase.Expected asReported = BadInputCorpusTest.forDoor(c, door, e);
            left.stream().filter(a -> a.severity().equals(e.severity()) && Objects.equals(a.file(), asReported.file())
                            && Objects.equals(a.resource(), e.resource()) && Objects.equals(a.path(), e.path()))
                    .findFirst().ifPresent(a -> {
                        left.remove(a);
                        out.set(i, format(new BadInputCase.Expected(e.severity(), e.file(), e.resource(), e.path(),
                                withoutPosition(a.message()), e.doors())));
                    });
        }
        out.removeIf(Objects::isNull);
        for (BadInputCase.Expected a : left) {
            if (a.severity().equals("error")) {
                out.add(format(new BadInputCase.Expected(a.severity(), packageFile(c, door, a.file()), a.resource(), a.path(),
                        withoutPosition(a.message()))));
            }
        }
        return section.with(out);
    }

    /** The expectations name the package's file; the stream door (and the KRM door on a raw case) says &lt;stdin&gt;. */
    private static String packageFile(BadInputCase c, String door, String file) {
        boolean mapped = door.equals("stream") || door.equals("krm") && c.raw();
        return "<stdin>".equals(file) && c.files().size() == 1 && mapped ? c.files().get(0) : file;
    }

    /** One entry as the corpus writes them. */
    static String format(BadInputCase.Expected r) {
        return "  - {severity: " + r.severity() + ", file: " + quote(r.file()) + ", resource: " + quote(r.resource())
                + ", path: " + quote(r.path()) + (r.doors() == null ? "" : ", doors: [" + String.join(", ", r.doors()) + "]")
                + ",\n     message: " + quote(r.message()) + "}\n";
    }

    /** Positions differ between doors (a file, a stream, a ResourceList): the expectation keeps the words. */
    static String withoutPosition(String message) {
        return message.replaceFirst("^line \\d+(, column \\d+)?: ", "").replaceFirst(" \\(at byte \\d+\\)$", "");
    }

    /** A YAML double-quoted scalar (JSON string rules), or null. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return b.append('"').toString();
    }

    /**
     * Where expect.yaml's results are in its text: what comes before the {@code results:} line,
     * each entry's lines (with the comment lines above it), and what comes after.
     */
    private record Section(String text, int start, int end, List<String> entries) {

        static Section of(String text) {
            LoadSettings settings = LoadSettings.builder().setUseMarks(true).build();
            Node root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode().orElseThrow();
            for (NodeTuple t : ((MappingNode) root).getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("results")) {
                    int start = lineStart(text, index(text, k.getStartMark().orElseThrow()));
                    Node value = t.getValueNode();
                    int end = lineEnd(text, index(text, value.getEndMark().orElseThrow()));
                    List<String> entries = new ArrayList<>();
                    if (value instanceof SequenceNode seq && seq.getFlowStyle() == FlowStyle.BLOCK) {
                        int from = lineEnd(text, index(text, k.getStartMark().orElseThrow()));
                        for (Node item : seq.getValue()) {
                            int to = lineEnd(text, index(text, item.getEndMark().orElseThrow()));
                            entries.add(text.substring(from, to));
                            from = to;
                        }
                        end = from;
                    }
                    return new Section(text, start, end, entries);
                }
            }
            String ended = text.endsWith("\n") ? text : text + "\n";
            return new Section(ended, ended.length(), ended.length(), List.of());
        }

        /** Entry {@code i}'s lines as written, when the results are a block sequence. */
        Optional<String> entryText(int i) {
            return i < entries.size() ? Optional.of(entries.get(i)) : Optional.empty();
        }

        String with(List<String> newEntries) {
            String results = newEntries.isEmpty() ? "results: []\n" : "results:\n" + String.join("", newEntries);
            return text.substring(0, start) + results + text.substring(end);
        }

        /** A mark's index counts code points; the text's index counts chars. */
        private static int index(String text, Mark mark) {
            return text.offsetByCodePoints(0, mark.getIndex());
        }

        private static int lineStart(String text, int at) {
            return text.lastIndexOf('\n', at - 1) + 1;
        }

        /** The end of the line {@code at} is on (a start, or a flow collection's end, which ends before its line break). */
        private static int lineEnd(String text, int at) {
            int nl = text.indexOf('\n', at);
            return nl < 0 ? text.length() : nl + 1;
        }
    }
}
