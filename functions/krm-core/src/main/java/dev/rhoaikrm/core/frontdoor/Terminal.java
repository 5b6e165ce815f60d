package dev.rhoaikrm.core.frontdoor;

/**
 * Text from the input made safe to print for people: messages quote names, paths and values of
 * the repository, and a terminal or the ArgoCD UI would act on control characters in them (move
 * the cursor, rewrite earlier lines, recolour, reorder text). Every control character but the line
 * feed and the tab, the line and paragraph separators and the bidirectional overrides are written
 * as {@code \}{@code uXXXX}.
 */
public final class Terminal {
    private Terminal() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean unsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
