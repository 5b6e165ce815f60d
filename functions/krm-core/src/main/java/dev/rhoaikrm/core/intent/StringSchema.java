package dev.rhoaikrm.core.intent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.rhoaikrm.core.yaml.YamlTree;

/** A string, optionally limited to a pattern, a set of values or a length. */
public final class StringSchema extends Schema {
    /** The pattern's text; matched by hand when it is a {@link KnownPattern}, else by a {@link RegexPattern}. */
    private String regex;
    private KnownPattern shape;
    private RegexPattern other;
    private String patternMeaning;
    private List<String> allowed;
    private int maxLength = Integer.MAX_VALUE;
    private boolean nonEmpty;
    private boolean numbersAllowed;

    StringSchema() {
    }

    public StringSchema pattern(String regex, String meaning) {
        this.regex = regex;
        this.shape = KnownPattern.ofRegex(regex);
        this.other = shape == null ? new RegexPattern(regex) : null; // compiled only if a value comes
        this.patternMeaning = meaning;
        return this;
    }

    private boolean matchesPattern(String value) {
        return shape != null ? shape.matches(value) : other.matches(value);
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
        this.shape = KnownPattern.DNS_LABEL;
        this.other = null;
        this.regex = KnownPattern.DNS_LABEL.regex();
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
    Object bind(YamlTree node, String path, Binding binding) {
        if (!(node instanceof YamlTree.Scalar s)) {
            return mismatch(node, path, binding, "string");
        }
        boolean isString = YamlTree.STR.equals(s.tag());
        boolean isNumber = YamlTree.INT.equals(s.tag()) || YamlTree.FLOAT.equals(s.tag());
        if (!isString && !(numbersAllowed && isNumber)) {
            return mismatch(node, path, binding, "string");
        }
        String value = s.value();
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
        if (regex != null && !matchesPattern(value)) {
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
            json.put("pattern", "^(" + (other != null ? other.checkedRegex() : regex) + ")$"); // a broken pattern fails the schema tests
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
