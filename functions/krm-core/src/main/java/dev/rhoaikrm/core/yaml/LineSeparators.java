package dev.rhoaikrm.core.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * U+0085, U+2028 and U+2029 (next line, line and paragraph separator) are line breaks to Go's YAML
 * parsers (go-yaml, which kustomize, kpt and ArgoCD use) and plain characters to YAML 1.2 and to
 * us. Written raw, a display name with U+2028 added a key or cut an object short where kustomize
 * read our output. So they are written escaped ({@link #escape}), in double quotes: {@code \N},
 * {@code \L}, {@code \P}. kpt writes them so too, and snakeyaml-engine 3.2 knows {@code \N} but not
 * {@code \L} and {@code \P} (common/CharConstants ESCAPE_REPLACEMENTS): {@link #parser} accepts them.
 *
 * <p>How: a text holding "\L" or "\P" is first scanned for its double-quoted scalars (with every
 * such pair read as "\N", which keeps every token's extent). Inside those, each real escape
 * {@code \L} or {@code \P} becomes an escape of a control character no double-quoted value of the
 * text holds (the same length, so every position stays where it was); the parser's values map it
 * back. Texts without "\L" and "\P", nearly all, are parsed as they are.
 */
public final class LineSeparators {
    /** Escapes of control characters, as candidates to stand for \L and \P: letter and the character it means. */
    private static final char[][] STAND_INS = {{'a', '\u0007'}, {'v', '\u000B'}, {'e', '\u001B'}, {'b', '\u0008'}, {'f', '\u000C'},
        {'0', '\u0000'}};

    private LineSeparators() {
    }

    /** Whether a string holds a character Go reads as a line break and YAML 1.2 does not. */
    public static boolean present(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * Emitted YAML with every U+0085, U+2028 and U+2029 escaped. Only valid where each one stands
     * in a double-quoted scalar: the writers quote every string holding one ({@link BlockWriter#requestedStyle}).
     */
    static String escape(String yaml) {
        if (!present(yaml)) {
            return yaml;
        }
        return yaml.replace("\u0085", "\\N").replace("\u2028", "\\L").replace("\u2029", "\\P");
    }

    /** The parser for {@code text}: ParserImpl over a bounded reader, accepting \L and \P in double quotes. */
    static Parser parser(LoadSettings settings, String text, String file, boolean comments, boolean bmpOnly) {
        if (text.indexOf("\\L") < 0 && text.indexOf("\\P") < 0) {
            return new ParserImpl(settings, TokenLimitedReader.streamReader(text, file, comments, bmpOnly));
        }
        List<int[]> quoted = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        try {
            String probe = text.replace("\\L", "\\N").replace("\\P", "\\N");
            ScannerImpl scanner = new ScannerImpl(settings, TokenLimitedReader.streamReader(probe, file, false, bmpOnly));
            SourceText positions = SourceText.of(text);
            while (scanner.hasNext()) {
                Token t = scanner.next();
                if (t instanceof ScalarToken s && s.getStyle() == ScalarStyle.DOUBLE_QUOTED) {
                    quoted.add(new int[] {offset(positions, t.getStartMark()), offset(positions, t.getEndMark())});
                    values.append(s.getValue());
                }
            }
        } catch (YamlEngineException | YamlInputException e) {
            // not YAML: the parse of the text as it is reports where
            return new ParserImpl(settings, TokenLimitedReader.streamReader(text, file, comments, bmpOnly));
        }
        char[][] standIns = new char[2][];
        int found = 0;
        for (char[] candidate : STAND_INS) {
            if (found < 2 && values.indexOf(String.valueOf(candidate[1])) < 0) {
                standIns[found++] = candidate;
            }
        }
        if (found < 2) {
            throw new YamlInputException("the text uses \\L or \\P and every control-character escape: write U+2028 as \\u2028"
                    + " and U+2029 as \\u2029", file, -1);
        }
        char[] chars = text.toCharArray();
        for (int[] range : quoted) {
            for (int i = range[0] + 1; i < range[1] - 1; i++) {
                if (chars[i] == '\\') {
                    if (chars[i + 1] == 'L') {
                        chars[i + 1] = standIns[0][0];
                    } else if (chars[i + 1] == 'P') {
                        chars[i + 1] = standIns[1][0];
                    }
                    i++; // the escaped character is no escape of its own
                }
            }
        }
        Parser parser = new ParserImpl(settings, TokenLimitedReader.streamReader(new String(chars), file, comments, bmpOnly));
        return new Restoring(parser, standIns[0][1], standIns[1][1]);
    }

    private static int offset(SourceText text, Optional<Mark> mark) {
        return text.offset(mark.orElseThrow().getIndex());
    }

    /** The parser's events with the stand-ins turned back into U+2028 and U+2029. */
    private static final class Restoring implements Parser {
        private final Parser parser;
        private final char line;
        private final char paragraph;

        Restoring(Parser parser, char line, char paragraph) {
            this.parser = parser;
            this.line = line;
            this.paragraph = paragraph;
        }

        private Event restore(Event e) {
            if (e instanceof ScalarEvent s && s.isDQuoted() && (s.getValue().indexOf(line) >= 0 || s.getValue().indexOf(paragraph) >= 0)) {
                return new ScalarEvent(s.getAnchor(), s.getTag(), s.getImplicit(), s.getValue().replace(line, '\u2028').replace(paragraph, '\u2029'),
                        s.getScalarStyle(), s.getStartMark(), s.getEndMark());
            }
            return e;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return restore(parser.peekEvent());
        }

        @Override
        public Event next() {
            return restore(parser.next());
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }
    }
}
