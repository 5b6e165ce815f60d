package dev.rhoaikrm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CEL rules of a CRD schema ({@code x-kubernetes-validations}) evaluated on an object as the
 * API server evaluates them when the object is created
 * (https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#validation-rules):
 * <ul>
 * <li>the schema's defaults are applied first (structural defaulting runs before validation);</li>
 * <li>each rule runs where its schema node has a value, with {@code self} that value, typed by the
 *     schema (integer: int, number: double, objects and maps: maps, arrays: lists); a field that is
 *     not set is no key, so reading it is an error, which the API server reports as a failure;</li>
 * <li>rules that read {@code oldSelf} are transition rules: they run only on an update, against
 *     the stored object, which a generated manifest does not have, so they are skipped here (and
 *     {@link #all} lists them, so that they compile).</li>
 * </ul>
 * The environment is {@link KubernetesCel}'s.
 */
final class CelRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VALIDATIONS = "x-kubernetes-validations";
    private static final Pattern OLD_SELF = Pattern.compile("\\boldSelf\\b");

    /** A rule of a schema: where (a path of schema keywords), the expression and its message. */
    record Rule(String at, String rule, String message) {
        boolean transition() {
            return OLD_SELF.matcher(rule).find();
        }
    }

    private CelRules() {
    }

    /** Every rule of {@code schema}, in document order. */
    static List<Rule> all(JsonNode schema) {
        List<Rule> out = new ArrayList<>();
        collect(schema, "", out);
        return out;
    }

    private static void collect(JsonNode node, String at, List<Rule> out) {
        if (node.isObject()) {
            for (JsonNode r : node.path(VALIDATIONS)) {
                out.add(new Rule(at.isEmpty() ? "(root)" : at, r.path("rule").asText(), message(r)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fields.next();
                collect(f.getValue(), at.isEmpty() ? f.getKey() : at + "/" + f.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, out);
            }
        }
    }

    /** The rules' verdicts on {@code object}: "path: message (rule: ...)", none when every rule holds. */
    static List<String> problems(JsonNode schema, Map<?, ?> object) {
        List<String> out = new ArrayList<>();
        check(schema, typed(schema, object), "", out, new ArrayList<>());
        return out;
    }

    /** The rules that run on {@code object} (where a value is), each as "path: rule". */
    static List<String> evaluated(JsonNode schema, Map<?, ?> object) {
        List<String> ran = new ArrayList<>();
        check(schema, typed(schema, object), "", new ArrayList<>(), ran);
        return ran;
    }

    private static void check(JsonNode schema, Object value, String path, List<String> out, List<String> ran) {
        for (JsonNode r : schema.path(VALIDATIONS)) {
            Rule rule = new Rule(path, r.path("rule").asText(), message(r));
            if (!rule.transition()) {
                ran.add((path.isEmpty() ? "(root)" : path) + ": " + rule.rule());
                String verdict = evaluate(rule, value);
                if (verdict != null) {
                    out.add((path.isEmpty() ? "(root)" : path) + ": " + verdict);
                }
            }
        }
        if (value instanceof Map<?, ?> map) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            map.forEach((k, v) -> {
                String p = path.isEmpty() ? String.valueOf(k) : path + "." + k;
                if (properties.has(String.valueOf(k))) {
                    check(properties.get(String.valueOf(k)), v, p, out, ran);
                } else if (additional.isObject()) {
                    check(additional, v, p, out, ran);
                }
            });
        } else if (value instanceof List<?> list && schema.path("items").isObject()) {
            for (int i = 0; i < list.size(); i++) {
                check(schema.get("items"), list.get(i), path + "[" + i + "]", out, ran);
            }
        }
    }

    /** Null when the rule holds; else its message, or the evaluation error. */
    private static String evaluate(Rule rule, Object self) {
        KubernetesCel.Compiled compiled = KubernetesCel.compile(rule.rule());
        if (compiled.error() != null) {
            return "rule does not compile: " + compiled.error() + " (rule: " + rule.rule() + ")";
        }
        try {
            Object result = compiled.program().eval(Map.of("self", self));
            return Boolean.TRUE.equals(result) ? null : rule.message() + " (rule: " + rule.rule() + ")";
        } catch (CelEvaluationException e) {
            return "rule evaluation error: " + e.getMessage() + " (rule: " + rule.rule() + ")";
        }
    }

    private static String message(JsonNode rule) {
        String message = rule.path("message").asText("");
        return message.isEmpty() ? "failed rule: " + rule.path("rule").asText() : message;
    }

    /**
     * The value as CEL sees it: the schema's defaults applied where a field is missing in an object
     * that is there, numbers as the schema types them, nulls pruned (as the API server prunes
     * null-valued fields it does not declare nullable, and validate.py drops them all).
     */
    static Object typed(JsonNode schema, Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            map.forEach((k, v) -> {
                if (v != null) {
                    String key = String.valueOf(k);
                    JsonNode s = properties.has(key) ? properties.get(key) : additional.isObject() ? additional : JSON.nullNode();
                    out.put(key, typed(s, v));
                }
            });
            for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!out.containsKey(f.getKey()) && f.getValue().has("default")) {
                    out.put(f.getKey(), typed(f.getValue(), JSON.convertValue(f.getValue().get("default"), Object.class)));
                }
            }
            return out;
        }
        if (value instanceof List<?> list) {
            JsonNode items = schema.path("items");
            return list.stream().filter(e -> e != null).map(e -> typed(items, e)).toList();
        }
        if (value instanceof Number n) {
            String type = schema.path("type").asText("");
            if (type.equals("number")) {
                return n.doubleValue();
            }
            return n instanceof Double || n instanceof Float ? (Object) n.doubleValue() : (Object) n.longValue();
        }
        return value;
    }
}
