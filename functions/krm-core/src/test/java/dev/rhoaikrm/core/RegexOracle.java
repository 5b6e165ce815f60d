package dev.rhoaikrm.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Holds a hand-written matcher to the regular expression it replaces (the oracle): every string up
 * to a few characters over a small alphabet, many random longer ones over a wider alphabet, and
 * mutations of seeds that match, must get the same answer from both.
 */
public final class RegexOracle {
    private RegexOracle() {
    }

    /**
     * @param alphabet the characters that matter to the regex, plus a few that do not
     * @param exhaustiveLength every string of the alphabet up to this length is tried
     * @param seeds strings that match, mutated (a character changed, added or dropped) many times
     * @return how many strings were compared
     */
    public static int check(String regex, Predicate<String> matcher, String alphabet, int exhaustiveLength, String... seeds) {
        Pattern oracle = Pattern.compile(regex);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        compared += exhaustive(oracle, matcher, "", alphabet, exhaustiveLength, mismatches);
        Random random = new Random(regex.hashCode());
        String wide = alphabet + "aZ9-_.:+ ~/@é\u0000\t\n";
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 70 : 14);
            String from = n % 3 == 0 ? wide : alphabet;
            for (int i = 0; i < length; i++) {
                b.append(from.charAt(random.nextInt(from.length())));
            }
            compared += compare(oracle, matcher, b.toString(), mismatches);
        }
        for (String seed : seeds) {
            assertThat(oracle.matcher(seed).matches()).as("seed %s matches %s", seed, regex).isTrue();
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder(seed);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
                    char c = wide.charAt(random.nextInt(wide.length()));
                    switch (random.nextInt(3)) {
                        case 0 -> b.insert(at, c);
                        case 1 -> { if (at < b.length()) b.setCharAt(at, c); }
                        default -> { if (at < b.length()) b.deleteCharAt(at); }
                    }
                }
                compared += compare(oracle, matcher, b.toString(), mismatches);
            }
        }
        assertThat(mismatches).as("strings the hand-written matcher and /%s/ disagree on", regex).isEmpty();
        return compared;
    }

    /**
     * For a regex of alternatives that start with fixed prefixes (schemes): every prefix followed by
     * every string of {@code alphabet} up to {@code exhaustiveLength}, and by many random longer ones.
     *
     * @return how many strings were compared
     */
    public static int checkTails(String regex, Predicate<String> matcher, List<String> prefixes, String alphabet, int exhaustiveLength) {
        Pattern oracle = Pattern.compile(regex);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        Random random = new Random(regex.hashCode());
        for (String prefix : prefixes) {
            compared += exhaustive(oracle, matcher, prefix, alphabet, exhaustiveLength, mismatches);
            for (int n = 0; n < 20_000; n++) {
                StringBuilder b = new StringBuilder(prefix);
                for (int i = random.nextInt(40); i > 0; i--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                compared += compare(oracle, matcher, b.toString(), mismatches);
            }
        }
        assertThat(mismatches).as("strings the hand-written matcher and /%s/ disagree on", regex).isEmpty();
        return compared;
    }

    /** {@code prefix} followed by every string of {@code alphabet} up to {@code maxLength}; returns how many were compared. */
    private static int exhaustive(Pattern oracle, Predicate<String> matcher, String prefix, String alphabet, int maxLength,
                                  List<String> mismatches) {
        int compared = 0;
        List<String> level = List.of(prefix);
        for (int length = 0; length <= maxLength; length++) {
            List<String> next = new ArrayList<>();
            for (String s : level) {
                compared += compare(oracle, matcher, s, mismatches);
                if (length < maxLength) {
                    for (char c : alphabet.toCharArray()) {
                        next.add(s + c);
                    }
                }
            }
            level = next;
        }
        return compared;
    }

    private static int compare(Pattern oracle, Predicate<String> matcher, String s, List<String> mismatches) {
        if (oracle.matcher(s).matches() != matcher.test(s) && mismatches.size() < 20) {
            mismatches.add(s + " (regex: " + oracle.matcher(s).matches() + ")");
        }
        return 1;
    }
}
