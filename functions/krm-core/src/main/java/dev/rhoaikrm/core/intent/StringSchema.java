package dev.rhoaikrm.core.intent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** A string, optionally limited to a pattern, a set of values or a length. */
public final class StringSchema extends Schema {
    /** RFC 1123 label, as Kubernetes requires for most names. */
    public static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    /** The pattern's text; compiled on first use ({@link #compiled}), as most fields of an intent are absent. */
    private String regex;
    private Pattern pattern;
    private String patternMeaning;
    private List<String> allowed;
    private int maxLength = Integer.MAX_VALUE;
    private boolean nonEmpty;
    private boolean numbersAllowed;

    StringSchema() {
    }

    public StringSchema pattern(String regex, String meaning) {
        this.regex = regex;
        this.pattern = null; // compiling ~40 patterns when a function starts took ~5 ms; most are never used
        this.patternMeaning = meaning;
        return this;
    }

    private Pattern compiled() {
        if (pattern == null && regex != null) {
            pattern = Pattern.compile(regex);
        }
        return pattern;
    }

    public StringSchema oneOf(String... values) {
        this.allowed = List.of(values);
        return this;
    }

    public StringSchema maxLength(int max) {
        this.maxLength = max;
        return this;
    }

    public StringSchema nonEmpty() {
        this.nonEmpty = true;
        return this;
    }

    /** A DNS-1123 label of at most 63 characters: what Kubernetes accepts as a name. */
    public StringSchema dnsLabel() {
        this.pattern = DNS1123_LABEL;
        this.regex = DNS1123_LABEL.pattern();
        this.patternMeaning = "a DNS-1123 label (lower case letters, digits and '-', starting and ending with a letter or digit)";
        this.maxLength = 63;
        return this;
    }

    /** Accepts bare numbers too (8 for "8"), as Kubernetes does for quantities. */
    public StringSchema numbersAllowed() {
        this.numbersAllowed = true;
        return this;
    }

    @Override
    Object bind(Node node, String path, Binding binding) {
        if (!(node instanceof ScalarNode s)) {
            return mismatch(node, path, binding, "string");
        }
        boolean isString = Tag.STR.equals(s.getTag());
        boolean isNumber = Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag());
        if (!isString && !(numbersAllowed && isNumber)) {
            return mismatch(node, path, binding, "string");
        }
        String value = s.getValue();
        if (nonEmpty && value.isEmpty()) {
            binding.problem(path, "must not be empty");
            return null;
        }
        if (value.length() > maxLength) {
            binding.problem(path, quoted(value) + " is " + value.length() + " characters long, more than " + maxLength);
            return null;
        }
        if (allowed != null && !allowed.contains(value)) {
            binding.problem(path, quoted(value) + " is not one of " + String.join(", ", allowed));
            return null;
        }
        if (regex != null && !compiled().matcher(value).matches()) {
            binding.problem(path, quoted(value) + " is not " + patternMeaning);
            return null;
        }
        return value;
    }

    /** The value for a message: a value of a megabyte would drown the message (it is cut after 100 characters). */
    static String quoted(String value) {
        return "\"" + (value.length() <= 100 ? value : value.substring(0, 100) + "...") + "\"";
    }

    @Override
    Map<String, Object> jsonType() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", numbersAllowed ? List.of("string", "number") : "string");
        if (allowed != null) {
            json.put("enum", allowed);
        }
        if (regex != null) {
            json.put("pattern", "^(" + compiled().pattern() + ")$"); // compiled: a broken pattern fails the schema tests
        }
        if (maxLength != Integer.MAX_VALUE) {
            json.put("maxLength", maxLength);
        }
        if (nonEmpty) {
            json.put("minLength", 1);
        }
        return json;
    }
}
