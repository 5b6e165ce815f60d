package dev.rhoaikrm.core.intent;

import dev.rhoaikrm.core.fn.Quantities;

/**
 * The fixed patterns of Kubernetes values that intents use most (names, label values, quantities),
 * matched by hand rather than by java.util.regex: every intent's metadata.name is checked once per
 * run, and a JDK 17 process pays 2–3 ms for the first regex it compiles (docs/ARCHITECTURE.md, "One
 * run"). Each is held to its regex ({@link #regex()}, also what the JSON Schema says) by
 * KnownPatternTest, the regex being the oracle over many generated strings. Source:
 * kubernetes/apimachinery v0.36.3, pkg/util/validation/validation.go (dns1123LabelFmt,
 * dns1123SubdomainFmt; DNS1123LabelMaxLength 63 and DNS1123SubdomainMaxLength 253, checked apart, as
 * there) and pkg/api/validate/content/kube.go (labelKeyFmt, labelValueFmt, LabelValueMaxLength 63;
 * in validation.go before they moved), {@link Quantities} and the
 * model URI and tool-call parser of model-serving-generator ({@link #MODEL_URI_REGEX}, {@link #LOWER_WORD}).
 */
public enum KnownPattern {
    /** RFC 1123 label: most object names. */
    DNS_LABEL("[a-z0-9]([-a-z0-9]*[a-z0-9])?"),
    /** RFC 1123 subdomain: labels joined by dots (cluster names, namespaces of some objects). */
    DNS_SUBDOMAIN("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"),
    /** A subdomain, or "" for none. */
    DNS_SUBDOMAIN_OR_EMPTY("([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?"),
    /** A label value (may be empty), without its length limit. */
    LABEL_VALUE("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?"),
    /** A label key: an optional DNS-subdomain prefix and '/', then a name of 1 to 63 characters (labelValueFmt, qualifiedNameFmt). */
    LABEL_KEY("([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?"),
    /** {@link Quantities#PATTERN}. */
    QUANTITY(Quantities.PATTERN),
    /** {@link Quantities#NON_NEGATIVE_PATTERN}. */
    NON_NEGATIVE_QUANTITY(Quantities.NON_NEGATIVE_PATTERN),
    /** {@link #MODEL_URI_REGEX}. */
    MODEL_URI(KnownPattern.MODEL_URI_REGEX),
    /** Lower-case letters, digits, '_' and '-', at least one (vLLM's tool-call parser names). */
    LOWER_WORD("[a-z0-9_-]+");

    /**
     * Where a served model's weights are (ModelServing's {@code model.uri}): hf://ORG/NAME[@REVISION],
     * oci://IMAGE, pvc://CLAIM/PATH (the claim a DNS-1123 label) or s3://BUCKET/PATH, without
     * whitespace. Checked on every render of a model, so matched by hand ({@link #isModelUri}).
     */
    public static final String MODEL_URI_REGEX = "(hf://[A-Za-z0-9._-]+/[A-Za-z0-9._-]+(@[A-Za-z0-9._/-]+)?)|(oci://[^\\s]+)"
            + "|(pvc://[a-z0-9]([-a-z0-9]*[a-z0-9])?/[^\\s]*)|(s3://[^/\\s]+/[^\\s]*)";

    private final String regex;

    KnownPattern(String regex) {
        this.regex = regex;
    }

    /** The regular expression this shape matches exactly as {@code Pattern.matches} would. */
    public String regex() {
        return regex;
    }

    /** The shape whose regex is {@code regex} character for character, or null. */
    public static KnownPattern ofRegex(String regex) {
        for (KnownPattern shape : values()) {
            if (shape.regex.equals(regex)) {
                return shape;
            }
        }
        return null;
    }

    public boolean matches(String s) {
        switch (this) {
            case DNS_LABEL:
                return isLabel(s, 0, s.length());
            case DNS_SUBDOMAIN:
                return isSubdomain(s);
            case DNS_SUBDOMAIN_OR_EMPTY:
                return s.isEmpty() || isSubdomain(s);
            case LABEL_VALUE:
                return isLabelValue(s);
            case LABEL_KEY:
                return isLabelKey(s);
            case QUANTITY:
                return Quantities.isQuantity(s, true);
            case MODEL_URI:
                return isModelUri(s);
            case LOWER_WORD:
                return !s.isEmpty() && allLower(s);
            default:
                return Quantities.isQuantity(s, false);
        }
    }

    private static boolean isSubdomain(String s) {
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            int end = dot < 0 ? s.length() : dot;
            if (!isLabel(s, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /** s[from, to) is a DNS-1123 label: lower case letters, digits and '-', not starting or ending with '-'. */
    private static boolean isLabel(String s, int from, int to) {
        if (from >= to || !isLowerAlnum(s.charAt(from)) || !isLowerAlnum(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (c != '-' && !isLowerAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLabelKey(String s) {
        int slash = s.indexOf('/');
        String name = slash < 0 ? s : s.substring(slash + 1);
        return (slash < 0 || isSubdomain(s.substring(0, slash))) && !name.isEmpty() && name.length() <= 63
                && name.indexOf('/') < 0 && isLabelValue(name);
    }

    private static boolean isLabelValue(String s) {
        if (s.isEmpty()) {
            return true;
        }
        if (!isAlnum(s.charAt(0)) || !isAlnum(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '_' && c != '.' && !isAlnum(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #MODEL_URI_REGEX}: each alternative starts with its own scheme, and each part ends at a fixed character. */
    private static boolean isModelUri(String s) {
        if (s.startsWith("hf://")) {
            int slash = s.indexOf('/', 5);
            int at = s.indexOf('@', 5);
            int nameEnd = at < 0 ? s.length() : at;
            return slash > 5 && slash < nameEnd - 1 && allOf(s, 5, slash, "._-") && allOf(s, slash + 1, nameEnd, "._-")
                    && (at < 0 || at < s.length() - 1 && allOf(s, at + 1, s.length(), "._/-"));
        }
        if (s.startsWith("oci://")) {
            return s.length() > 6 && noSpace(s, 6);
        }
        if (s.startsWith("pvc://")) {
            int slash = s.indexOf('/', 6);
            return slash > 0 && isLabel(s, 6, slash) && noSpace(s, slash + 1);
        }
        if (s.startsWith("s3://")) {
            int slash = s.indexOf('/', 5);
            return slash > 5 && noSpace(s, 5);
        }
        return false;
    }

    private static boolean allLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLowerAlnum(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** s[from, to) holds only ASCII letters, digits and the characters of {@code others}. */
    private static boolean allOf(String s, int from, int to, String others) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && others.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** No character from {@code from} on is whitespace as java.util.regex's {@code \s} means it: [ \t\n\x0B\f\r]. */
    private static boolean noSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isAlnum(char c) {
        return isLowerAlnum(c) || c >= 'A' && c <= 'Z';
    }
}
