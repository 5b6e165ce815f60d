package dev.rhoaikrm.core.yaml;

import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * snakeyaml-engine's YAML 1.2 core schema ({@link CoreSchema}), with the tag of a plain scalar
 * decided by comparing characters instead of by regular expressions. Creating a {@code CoreSchema}
 * compiles its resolver's patterns and matching them cold costs tens of microseconds a scalar:
 * binding one intent on a start from the CDS archive went from 17.4 to 16.1 ms (docs/PERFORMANCE.md;
 * {@code LoadSettings.builder()} still creates a {@code JsonSchema}, whose resolver compiles its own).
 *
 * <p>The decisions are {@link CoreScalarResolver}'s, quirks included (it is the oracle of
 * CoreTagResolverTest, over every scalar of the repository and every short string of the characters
 * that matter): a single space is null, {@code <<} is the merge key, {@code 0o17} and {@code 0x1F}
 * are integers. Scalars starting with {@code $} (its environment-variable form,
 * {@code ${NAME:-default}}) are left to the library's resolver, created only then.
 */
public final class CoreTagResolver implements ScalarResolver {
    /** The schema: this resolver for tags; the library's constructors (only {@code Load} uses them). */
    public static final Schema SCHEMA = new Schema() {
        @Override
        public ScalarResolver getScalarResolver() {
            return INSTANCE;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return new CoreSchema().getSchemaTagConstructors();
        }
    };

    private static final CoreTagResolver INSTANCE = new CoreTagResolver();

    private ScalarResolver library;

    private CoreTagResolver() {
    }

    @Override
    public Tag resolve(String value, Boolean implicit) {
        if (!implicit) {
            return Tag.STR;
        }
        String tag = plainTag(value);
        if (tag == null) {
            return library().resolve(value, implicit);
        }
        return switch (tag) {
            case YamlTree.NULL -> Tag.NULL;
            case YamlTree.BOOL -> Tag.BOOL;
            case YamlTree.INT -> Tag.INT;
            case YamlTree.FLOAT -> Tag.FLOAT;
            case YamlTree.MERGE -> Tag.MERGE;
            default -> Tag.STR;
        };
    }

    /**
     * The tag of a plain scalar as {@link YamlTree} spells it, without loading the library's
     * {@link Tag}; null for a scalar starting with {@code $}, which the library's resolver decides.
     */
    static String plainTag(String value) {
        if (value.isEmpty()) {
            return YamlTree.NULL;
        }
        return switch (value.charAt(0)) {
            case 't', 'f', 'T', 'F' -> isBool(value) ? YamlTree.BOOL : YamlTree.STR;
            case 'n', 'N', '~', ' ' -> isNull(value) ? YamlTree.NULL : YamlTree.STR;
            case '<' -> value.equals("<<") ? YamlTree.MERGE : YamlTree.STR;
            case '-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.' ->
                    isInt(value) ? YamlTree.INT : isFloat(value) ? YamlTree.FLOAT : YamlTree.STR;
            case '$' -> null;
            default -> YamlTree.STR;
        };
    }

    private synchronized ScalarResolver library() {
        if (library == null) {
            library = new CoreScalarResolver(true);
        }
        return library;
    }

    /** {@code ~|null|Null|NULL| } (a single space too, as the library's pattern has it). */
    private static boolean isNull(String s) {
        return switch (s) {
            case "~", "null", "Null", "NULL", " " -> true;
            default -> false;
        };
    }

    /** {@code true|True|TRUE|false|False|FALSE}. */
    private static boolean isBool(String s) {
        return switch (s) {
            case "true", "True", "TRUE", "false", "False", "FALSE" -> true;
            default -> false;
        };
    }

    /** {@code [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+}, the whole string. */
    static boolean isInt(String s) {
        if (s.length() > 2 && s.charAt(0) == '0' && (s.charAt(1) == 'o' || s.charAt(1) == 'x')) {
            boolean hex = s.charAt(1) == 'x';
            for (int i = 2; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean octal = c >= '0' && c <= '7';
                if (!(octal || hex && (c == '8' || c == '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'))) {
                    return false;
                }
            }
            return true;
        }
        int start = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        return digits(s, start) == s.length() && s.length() > start;
    }

    /**
     * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) |
     * \.(nan|NaN|NAN)}, the whole string.
     */
    static boolean isFloat(String s) {
        switch (s) {
            case ".nan", ".NaN", ".NAN" -> {
                return true;
            }
            default -> {
                // a number or an infinity, below
            }
        }
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        switch (s.substring(i)) {
            case ".inf", ".Inf", ".INF" -> {
                return true;
            }
            default -> {
                // a number, below
            }
        }
        int whole = digits(s, i);
        if (whole > i) { // [0-9]+(\.[0-9]*)?
            i = whole;
            if (i < s.length() && s.charAt(i) == '.') {
                i = digits(s, i + 1);
            }
        } else { // \.[0-9]+
            if (i >= s.length() || s.charAt(i) != '.' || digits(s, i + 1) == i + 1) {
                return false;
            }
            i = digits(s, i + 1);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int exponent = i + 1 < s.length() && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+') ? i + 2 : i + 1;
            i = digits(s, exponent);
            if (i == exponent) {
                return false;
            }
        }
        return i == s.length();
    }

    /** The index after the ASCII digits starting at {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
