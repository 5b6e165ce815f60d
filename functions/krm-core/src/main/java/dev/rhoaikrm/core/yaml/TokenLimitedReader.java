package dev.rhoaikrm.core.yaml;

import java.io.Reader;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The text as snakeyaml-engine's StreamReader reads it, with a bound on how far it may look ahead.
 * The StreamReader keeps a window from the token being scanned to the end of what it has read,
 * and copies the whole window each time it reads more (scanner/StreamReader.java update): one
 * token of n characters costs n²/(2 × buffer) copies, 82 s and 3 GB for a 16 MB comment line. So
 * the buffer grows with the input (a few copies per character for any token up to the bound),
 * and a token longer than {@link InputLimits#maxTokenChars()} (a scalar or comment no Kubernetes
 * object can hold) is refused at the read that would pass the bound, before the copy.
 */
final class TokenLimitedReader extends Reader {
    private final String text;
    private final String file;
    private final int maxToken;
    private final boolean bmpOnly;
    private int position;
    private long deliveredCodePoints;
    private StreamReader watched;

    TokenLimitedReader(String text, String file, int maxToken, boolean bmpOnly) {
        this.text = text;
        this.file = file;
        this.maxToken = maxToken;
        this.bmpOnly = bmpOnly;
    }

    /** The reader whose unconsumed window is bounded. */
    void watch(StreamReader reader) {
        this.watched = reader;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (watched != null && deliveredCodePoints - watched.getIndex() > maxToken) {
            int line = watched.getLine() + 1;
            throw new YamlInputException("line " + line + ": a scalar or comment longer than " + maxToken
                    + " characters (no Kubernetes object holds one; set -Drhoai.krm.maxTokenChars to raise the limit)", file, line);
        }
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        text.getChars(position, position + n, buffer, offset);
        long codePoints = n;
        if (!bmpOnly) {
            for (int i = position; i < position + n; i++) {
                if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                    codePoints--; // a pair is one code point, as the StreamReader counts its index
                }
            }
        }
        deliveredCodePoints += codePoints;
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** A StreamReader over {@code text} with a buffer sized for it and its look-ahead bounded. */
    static StreamReader streamReader(String text, String file, boolean comments, boolean bmpOnly) {
        TokenLimitedReader reader = new TokenLimitedReader(text, file, InputLimits.DEFAULT.maxTokenChars(), bmpOnly);
        StreamReader stream = new StreamReader(Yaml.loadSettings(comments, text.length()), reader);
        reader.watch(stream);
        return stream;
    }
}
