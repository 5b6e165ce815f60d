package dev.rhoaikrm.core.intent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.rhoaikrm.core.yaml.YamlTree;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The whole intent document: apiVersion, kind, metadata (name required, a DNS-1123 label), the
 * function's spec and the fleet's {@code perCluster} sections ({@link PerCluster}). Binding returns
 * the bound spec and the problems found.
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
                .required("spec", spec.describe(description))
                .field(PerCluster.FIELD, PerCluster.schema());
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    /**
     * The result of binding: the spec when valid, else the problems; notes are warnings about the
     * binding itself (per-cluster sections left unapplied).
     */
    public record Bound(BoundObject spec, List<Binding.Problem> problems, List<Binding.Problem> notes) {
        public Bound(BoundObject spec, List<Binding.Problem> problems) {
            this(spec, problems, List.of());
        }

        public boolean ok() {
            return spec != null && problems.isEmpty();
        }
    }

    /** Binds the intent as written, checking its per-cluster sections too (see {@link PerCluster}). */
    public Bound bind(YamlTree intent) {
        return bind(intent, java.util.Optional.empty());
    }

    /** {@link #bind(YamlTree)} of a node the library composed (tests, tools). */
    public Bound bind(Node intent) {
        return bind(YamlTree.of(intent), java.util.Optional.empty());
    }

    /** Binds the intent for a cluster of a fleet: its {@code perCluster} section merged onto spec (see {@link PerCluster}). */
    public Bound bind(YamlTree intent, java.util.Optional<String> cluster) {
        PerCluster.Selection selection = PerCluster.select(intent, cluster);
        if (!selection.problems().isEmpty()) {
            return new Bound(null, selection.problems());
        }
        Binding binding = new Binding();
        Object bound = document.bind(selection.document(), "", binding);
        List<Binding.Problem> problems = new java.util.ArrayList<>(withSection(binding.problems(), selection.applied()));
        // a section is blamed only for what it adds: a problem of the spec as bound above (an
        // unknown top-level field, say) would otherwise repeat once per section
        java.util.Set<Binding.Problem> already = new java.util.HashSet<>(binding.problems());
        for (PerCluster.Section section : selection.others()) {
            Binding other = new Binding();
            document.bind(section.document(), "", other);
            problems.addAll(withSection(other.problems().stream().filter(p -> !already.contains(p)).toList(), section.cluster()));
        }
        if (bound instanceof BoundObject doc && problems.isEmpty()) {
            return new Bound(doc.object("spec"), List.of(), selection.notes());
        }
        return new Bound(null, problems);
    }

    /** Problems of a spec merged with a cluster's section say so: the value may be the section's. */
    private static List<Binding.Problem> withSection(List<Binding.Problem> problems, String cluster) {
        if (cluster == null) {
            return problems;
        }
        return problems.stream().map(p -> new Binding.Problem(p.path(), p.message() + " (with the section " + PerCluster.FIELD + "."
                + cluster + ")")).toList();
    }

    /** The JSON Schema (draft-07) of the intent, for yaml-language-server and other editors. */
    public Map<String, Object> toJsonSchema() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("$schema", "http://json-schema.org/draft-07/schema#");
        json.put("$id", "https://rhoai-krm.dev/schemas/" + kind.toLowerCase(java.util.Locale.ROOT) + ".json");
        json.put("title", kind);
        // metadata is open in practice (kpt and kustomize add their own fields), but not its name
        json.putAll(document.toJsonSchema());
        return json;
    }
}
