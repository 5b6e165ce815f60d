package dev.rhoaikrm.core.yaml;

/**
 * Whether a plain scalar would read as a number to a YAML 1.1 or 1.2 reader (1_000, 0755, 089,
 * 1:30, .inf, 0x1F), so that {@link BlockWriter} quotes it. Matched by hand: every string the
 * writer puts out that starts like a number comes here, and a JDK 17 process pays 2–3 ms for the
 * first regex it compiles (docs/ARCHITECTURE.md, "One run"). {@link #REGEX} is what it matches,
 * as {@code Pattern.matches} would; YamlNumbersTest holds the two together over many generated
 * strings.
 */
final class YamlNumbers {
    /** The union of YAML 1.1's int, float and sexagesimal forms and YAML 1.2's core schema numbers. */
    static final String REGEX =
            "[-+]?([0-9]+|0|[1-9][0-9_]*|0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)"
            + "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)"
            + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*";

    private YamlNumbers() {
    }

    static boolean isNumber(String s) {
        switch (s) {
            case ".nan", ".NaN", ".NAN":
                return true;
            default:
                break;
        }
        String n = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        switch (n) {
            case ".inf", ".Inf", ".INF":
                return true;
            default:
                return isInteger(n) || isDecimal(n) || isSexagesimalDecimal(n);
        }
    }

    /** 10, 1_000, 0b101, 0x1F, 0o17, 017, 1:30 (the regex's first line, after its sign). */
    private static boolean isInteger(String n) {
        if (n.isEmpty()) {
            return false;
        }
        if (n.length() > 2 && n.charAt(0) == '0' && (n.charAt(1) == 'b' || n.charAt(1) == 'x' || n.charAt(1) == 'o')) {
            String radix = n.charAt(1) == 'b' ? "01_" : n.charAt(1) == 'x' ? "0123456789abcdefABCDEF_" : "01234567_";
            return allIn(n, 2, radix);
        }
        if (n.charAt(0) == '0') {
            return allIn(n, 0, "0123456789") || allIn(n, 1, "01234567_"); // 0, 00, 089; 0755, 0_7
        }
        if (n.charAt(0) < '1' || n.charAt(0) > '9') {
            return false;
        }
        int end = digitsOrUnderscores(n, 1);
        return end == n.length() || sexagesimalEnd(n, end) == n.length();
    }

    /** 1.5, .5, 1., 1_0.2_5e-3, 1e3 (the regex's second and third alternatives, after the sign). */
    private static boolean isDecimal(String n) {
        int i = 0;
        boolean leadingDigit = !n.isEmpty() && isDigit(n.charAt(0));
        if (leadingDigit) {
            i = digitsOrUnderscores(n, 1);
        }
        boolean point = i < n.length() && n.charAt(i) == '.';
        if (point) {
            i = digitsOrUnderscores(n, i + 1);
        } else if (!leadingDigit) {
            return false;
        }
        if (i == n.length()) {
            return point; // 1.5, .5, 1.; a plain 1_0 is no decimal (isInteger has the integers)
        }
        return exponentEnd(n, i) == n.length();
    }

    /** 1:30.5, 0:59. (the regex's last alternative, after the sign). */
    private static boolean isSexagesimalDecimal(String n) {
        if (n.isEmpty() || !isDigit(n.charAt(0))) {
            return false;
        }
        int end = sexagesimalEnd(n, digitsOrUnderscores(n, 1));
        return end >= 0 && end < n.length() && n.charAt(end) == '.' && digitsOrUnderscores(n, end + 1) == n.length();
    }

    /**
     * The end of one or more ":" groups of one or two digits (the two-digit ones 00 to 59) from
     * {@code i}, or -1. Greedy is exact: after a group only ':', '.' or the end may follow, never a
     * digit, so a group never has to leave its second digit to what comes next.
     */
    private static int sexagesimalEnd(String n, int i) {
        int groups = 0;
        while (i < n.length() && n.charAt(i) == ':') {
            int j = i + 1;
            if (j + 1 < n.length() && n.charAt(j) >= '0' && n.charAt(j) <= '5' && isDigit(n.charAt(j + 1))) {
                j += 2;
            } else if (j < n.length() && isDigit(n.charAt(j))) {
                j += 1;
            } else {
                return -1;
            }
            groups++;
            i = j;
        }
        return groups == 0 ? -1 : i;
    }

    /** The end of an exponent [eE][-+]?[0-9]+ at {@code i}, or -1. */
    private static int exponentEnd(String n, int i) {
        if (n.charAt(i) != 'e' && n.charAt(i) != 'E') {
            return -1;
        }
        int j = i + 1;
        if (j < n.length() && (n.charAt(j) == '-' || n.charAt(j) == '+')) {
            j++;
        }
        int start = j;
        while (j < n.length() && isDigit(n.charAt(j))) {
            j++;
        }
        return j == start ? -1 : j;
    }

    private static int digitsOrUnderscores(String n, int i) {
        while (i < n.length() && (isDigit(n.charAt(i)) || n.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** Every character from {@code from} on is one of {@code chars}, and there is at least one. */
    private static boolean allIn(String n, int from, String chars) {
        if (from >= n.length()) {
            return false;
        }
        for (int i = from; i < n.length(); i++) {
            if (chars.indexOf(n.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
