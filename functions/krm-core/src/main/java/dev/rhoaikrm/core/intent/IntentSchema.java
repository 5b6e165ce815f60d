package dev.rhoaikrm.core.intent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The whole intent document: apiVersion, kind, metadata (name required, a DNS-1123 label) and the
 * function's spec. Binding returns the bound spec and the problems found.
 */
public final class IntentSchema {
    private final String apiVersion;
    private final String kind;
    private final ObjectSchema document;

    public IntentSchema(String apiVersion, String kind, String description, ObjectSchema spec) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        ObjectSchema metadata = Schema.object()
                .required("name", Schema.string().dnsLabel().describe("The intent's name; the generated objects are named after it."))
                .field("namespace", Schema.string().dnsLabel().describe("Ignored by the generators; allowed because kustomize may set it."))
                .field("labels", Schema.map(Schema.string()))
                .field("annotations", Schema.map(Schema.string()));
        this.document = Schema.object()
                .required("apiVersion", Schema.string().oneOf(apiVersion))
                .required("kind", Schema.string().oneOf(kind))
                .required("metadata", metadata)
                .required("spec", spec.describe(description));
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    /** The result of binding: the spec when valid, else the problems. */
    public record Bound(BoundObject spec, List<Binding.Problem> problems) {
        public boolean ok() {
            return spec != null && problems.isEmpty();
        }
    }

    public Bound bind(Node intent) {
        Binding binding = new Binding();
        Object bound = document.bind(intent, "", binding);
        if (bound instanceof BoundObject doc && binding.problems().isEmpty()) {
            return new Bound(doc.object("spec"), List.of());
        }
        return new Bound(null, binding.problems());
    }

    /** The JSON Schema (draft-07) of the intent, for yaml-language-server and other editors. */
    public Map<String, Object> toJsonSchema() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("$schema", "http://json-schema.org/draft-07/schema#");
        json.put("$id", "https://rhoai-krm.dev/schemas/" + kind.toLowerCase(java.util.Locale.ROOT) + ".json");
        json.put("title", kind);
        Map<String, Object> body = document.toJsonSchema();
        // metadata is open in practice (kpt and kustomize add their own fields), but not its name
        json.putAll(body);
        return json;
    }
}
