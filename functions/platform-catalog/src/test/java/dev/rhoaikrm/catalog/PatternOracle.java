package dev.rhoaikrm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Holds a hand-written check to the regular expression it replaces, on random strings. */
final class PatternOracle {
    private PatternOracle() {
    }

    /**
     * @param alphabet the characters the strings are made of (those that matter to the pattern, and a few that do not)
     * @param maxLength strings are up to this long; every hundredth is up to 70 characters
     */
    static void assertSameAs(String regex, Predicate<String> check, String alphabet, int maxLength, long seed) {
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int len = random.nextInt(n % 100 == 0 ? 70 : maxLength); len > 0; len--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(check.test(s)).as("%s on \"%s\"", regex, s).isEqualTo(pattern.matcher(s).matches());
        }
    }
}
