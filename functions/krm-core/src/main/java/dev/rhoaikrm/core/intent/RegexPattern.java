package dev.rhoaikrm.core.intent;

import java.util.regex.Pattern;

/**
 * A schema pattern that is not one of the fixed {@link KnownPattern}s, compiled with java.util.regex
 * the first time a field that has it is present: most fields of an intent are absent, and
 * compiling the schemas' ~40 patterns when a function started took ~5 ms. This class is the one
 * place the intent schemas compile a regex (StartPathIT holds the classes on the start path to that).
 */
final class RegexPattern {
    private final String regex;
    private Pattern compiled;

    RegexPattern(String regex) {
        this.regex = regex;
    }

    boolean matches(String value) {
        return compiled().matcher(value).matches();
    }

    /** The regex, compiled: a broken pattern fails the schema tests through {@link Schema#toJsonSchema}. */
    String checkedRegex() {
        return compiled().pattern();
    }

    private Pattern compiled() {
        if (compiled == null) {
            compiled = Pattern.compile(regex);
        }
        return compiled;
    }
}
