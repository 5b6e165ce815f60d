package dev.rhoaikrm.appsetdiscovery;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob with the semantics of Go's {@code path.Match}, which ArgoCD's git directory generator
 * applies to every directory path of the repository: {@code *} matches any run of characters but
 * '/', {@code ?} one character but '/', {@code [...]} / {@code [^...]} one character of a class
 * (ranges {@code a-z}, escapes; a class may match '/', as in Go), {@code \c} the character c; the
 * whole path must match. So {@code components/*} matches {@code components/nfd} but not
 * {@code components/nfd/base}, and {@code **} is just two stars. A malformed pattern is refused
 * here; ArgoCD would only log it and match nothing.
 */
final class GoGlob {
    private enum Kind { STAR, ANY, CLASS, LITERAL }

    /** One pattern element; for a class, ranges holds lo/hi pairs. */
    private record Token(Kind kind, int literal, boolean negated, int[] ranges) {
    }

    private final String pattern;
    private final List<Token> tokens;

    private GoGlob(String pattern, List<Token> tokens) {
        this.pattern = pattern;
        this.tokens = tokens;
    }

    /** Thrown for a pattern Go's path.Match would reject with ErrBadPattern. */
    static final class BadPattern extends Exception {
        private static final long serialVersionUID = 1L;

        BadPattern(String message) {
            super(message);
        }
    }

    static GoGlob compile(String pattern) throws BadPattern {
        List<Token> tokens = new ArrayList<>();
        int[] cps = pattern.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c == '*') {
                tokens.add(new Token(Kind.STAR, 0, false, null));
                i++;
            } else if (c == '?') {
                tokens.add(new Token(Kind.ANY, 0, false, null));
                i++;
            } else if (c == '\\') {
                if (i + 1 >= cps.length) {
                    throw new BadPattern("a trailing \\ escapes nothing");
                }
                tokens.add(new Token(Kind.LITERAL, cps[i + 1], false, null));
                i += 2;
            } else if (c == '[') {
                i = characterClass(cps, i + 1, tokens);
            } else {
                tokens.add(new Token(Kind.LITERAL, c, false, null));
                i++;
            }
        }
        return new GoGlob(pattern, List.copyOf(tokens));
    }

    /** Parses a class after its '['; returns the index after its ']'. */
    private static int characterClass(int[] cps, int start, List<Token> tokens) throws BadPattern {
        int i = start;
        boolean negated = i < cps.length && cps[i] == '^';
        if (negated) {
            i++;
        }
        List<Integer> ranges = new ArrayList<>();
        while (true) {
            if (i < cps.length && cps[i] == ']' && !ranges.isEmpty()) {
                int[] r = new int[ranges.size()];
                for (int k = 0; k < r.length; k++) {
                    r[k] = ranges.get(k);
                }
                tokens.add(new Token(Kind.CLASS, 0, negated, r));
                return i + 1;
            }
            int[] lo = classChar(cps, i);
            int hi = lo[0];
            i = lo[1];
            if (cps[i] == '-') {
                int[] h = classChar(cps, i + 1);
                hi = h[0];
                i = h[1];
            }
            ranges.add(lo[0]);
            ranges.add(hi);
        }
    }

    /** One (possibly escaped) character of a class: {char, next index}; the class must go on after it. */
    private static int[] classChar(int[] cps, int i) throws BadPattern {
        if (i >= cps.length) {
            throw new BadPattern("a character class is not closed with ]");
        }
        if (cps[i] == '-' || cps[i] == ']') {
            throw new BadPattern("'" + Character.toString(cps[i]) + "' must be escaped inside a character class, or the class is empty");
        }
        if (cps[i] == '\\') {
            i++;
            if (i >= cps.length) {
                throw new BadPattern("a character class is not closed with ]");
            }
        }
        if (i + 1 >= cps.length) {
            throw new BadPattern("a character class is not closed with ]");
        }
        return new int[] {cps[i], i + 1};
    }

    boolean matches(String name) {
        int[] s = name.codePoints().toArray();
        Boolean[][] memo = new Boolean[tokens.size() + 1][s.length + 1];
        return match(0, 0, s, memo);
    }

    private boolean match(int t, int i, int[] s, Boolean[][] memo) {
        if (memo[t][i] != null) {
            return memo[t][i];
        }
        boolean result;
        if (t == tokens.size()) {
            result = i == s.length;
        } else {
            Token token = tokens.get(t);
            result = switch (token.kind()) {
                case STAR -> match(t + 1, i, s, memo) || (i < s.length && s[i] != '/' && match(t, i + 1, s, memo));
                case ANY -> i < s.length && s[i] != '/' && match(t + 1, i + 1, s, memo);
                case LITERAL -> i < s.length && s[i] == token.literal() && match(t + 1, i + 1, s, memo);
                case CLASS -> i < s.length && inClass(token, s[i]) && match(t + 1, i + 1, s, memo);
            };
        }
        memo[t][i] = result;
        return result;
    }

    private static boolean inClass(Token token, int c) {
        boolean in = false;
        for (int k = 0; k < token.ranges().length; k += 2) {
            in |= token.ranges()[k] <= c && c <= token.ranges()[k + 1];
        }
        return in != token.negated();
    }

    /** Whether the pattern has no glob characters: it names one path. */
    boolean isLiteral() {
        for (Token t : tokens) {
            if (t.kind() != Kind.LITERAL) {
                return false;
            }
        }
        return true;
    }

    String pattern() {
        return pattern;
    }
}
