package dev.rhoaikrm.core.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharsetDecoder;

/**
 * Input text decoded strictly as UTF-8, with a way to turn the parser's code-point positions into
 * String offsets (they differ only when the text holds characters outside the BMP).
 */
public final class SourceText {
    private final String text;
    private final boolean bmpOnly;
    private int lastCodePoint;
    private int lastChar;

    private SourceText(String text) {
        this.text = text;
        this.bmpOnly = text.codePoints().count() == text.length();
    }

    public static SourceText of(String text) {
        return new SourceText(text);
    }

    /** Decodes bytes as UTF-8, refusing malformed input instead of replacing it silently. */
    public static SourceText decode(byte[] bytes, String name, InputLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new YamlInputException("input is " + bytes.length + " bytes, more than the limit of "
                    + limits.maxBytes() + " (set -Drhoai.krm.maxInputBytes to raise it)", name, -1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            String s = chars.toString();
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
                s = s.substring(1);
            }
            return new SourceText(s);
        } catch (CharacterCodingException e) {
            throw new YamlInputException("input is not valid UTF-8 (at byte " + firstBadByte(bytes) + ")", name, -1);
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            out.clear();
            if (decoder.decode(in, out, true).isError()) {
                return in.position();
            }
            if (!in.hasRemaining()) {
                return bytes.length;
            }
        }
    }

    public String text() {
        return text;
    }

    /** Whether every character is a code point of its own (no surrogate pairs). */
    boolean bmpOnly() {
        return bmpOnly;
    }

    /**
     * String offset of a code-point index. Calls must come in ascending order for the fast path;
     * the scanner asks for positions in document order.
     */
    public int offset(int codePointIndex) {
        if (bmpOnly) {
            return codePointIndex;
        }
        if (codePointIndex < lastCodePoint) {
            lastCodePoint = 0;
            lastChar = 0;
        }
        lastChar = text.offsetByCodePoints(lastChar, codePointIndex - lastCodePoint);
        lastCodePoint = codePointIndex;
        return lastChar;
    }

    /** Offset of the first character of the line holding {@code offset}. */
    public int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** 1-based line number of an offset. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
