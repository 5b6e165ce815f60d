package dev.rhoaikrm.core.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.rhoaikrm.core.yaml.YamlTree;
import dev.rhoaikrm.core.yaml.YamlTree.Entry;
import dev.rhoaikrm.core.yaml.YamlTree.Mapping;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * One intent file for every cluster of a fleet: beside {@code spec}, an intent of any function may
 * hold {@code perCluster}, a map from cluster name (the Argo CD cluster's name) to a partial spec.
 * Rendered for a cluster, that cluster's section is merged onto {@code spec} as a JSON merge patch
 * (RFC 7386: mappings merge key by key, any other value replaces, null removes) before binding, so
 * every check and default applies to the merged spec as if it had been written out.
 *
 * <p>The cluster comes from the environment ({@code Environment.cluster()}): the plugin env
 * CLUSTER of a fleet ApplicationSet (ARGOCD_ENV_CLUSTER in the CMP). Rendered for a cluster the
 * intent has no section for, the intent is refused: a misspelt section must not silently deploy the
 * base values to the cluster it was meant for ({@code name: {}} renders the spec as written).
 * Rendered with no cluster (a whole-tree render, validate), the spec as written is bound, every
 * section is checked by binding it too, and a warning says that no section was applied. Only the
 * selected section is bound in a cluster's render, so its cost does not grow with the fleet.
 */
public final class PerCluster {
    public static final String FIELD = "perCluster";

    private PerCluster() {
    }

    /**
     * {@link #FIELD} as a field of the intent document, so that what names the document's fields
     * names it too (the unknown-field message, the JSON Schema). {@link #select} takes the field out
     * before the document is bound, so its sections are checked there, never by this schema.
     */
    static Schema schema() {
        return new Sections();
    }

    private static final class Sections extends Schema {
        @Override
        Object bind(YamlTree node, String path, Binding binding) {
            return SKIP; // not reached: select() removed the field
        }

        @Override
        java.util.Map<String, Object> jsonType() {
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("type", "object");
            json.put("description", "Per-cluster parts of spec, by cluster name: rendered for a cluster of a fleet (ARGOCD_ENV_CLUSTER,"
                    + " RHOAI_KRM_CLUSTER), its section is merged onto spec (JSON merge patch); a cluster without a section is refused.");
            json.put("additionalProperties", java.util.Map.of("type", List.of("object", "null")));
            return json;
        }
    }

    /** The document to bind, the sections to check as well, and problems or notes of the selection itself. */
    record Selection(YamlTree document, String applied, List<Section> others, List<Binding.Problem> problems, List<Binding.Problem> notes) {
        Selection(YamlTree document, List<Section> others, List<Binding.Problem> problems, List<Binding.Problem> notes) {
            this(document, null, others, problems, notes);
        }
    }

    /** A section's merged document, to check when no cluster is selected. */
    record Section(String cluster, YamlTree document) {
    }

    static Selection select(YamlTree intent, Optional<String> cluster) {
        if (!(intent instanceof Mapping doc)) {
            return new Selection(intent, List.of(), List.of(), List.of());
        }
        Entry sectionsEntry = null;
        Entry specEntry = null;
        List<Entry> rest = new ArrayList<>();
        for (Entry t : doc.entries()) {
            String key = t.keyText();
            if (FIELD.equals(key)) {
                sectionsEntry = t;
            } else {
                if ("spec".equals(key)) {
                    specEntry = t;
                }
                rest.add(t);
            }
        }
        if (sectionsEntry == null) {
            return new Selection(intent, List.of(), List.of(), List.of());
        }
        List<Binding.Problem> problems = new ArrayList<>();
        if (!(sectionsEntry.value() instanceof Mapping sections)) {
            problems.add(new Binding.Problem(FIELD, "expected a mapping from cluster name to a part of spec, got " + Schema.show(sectionsEntry.value())));
            return new Selection(intent, List.of(), problems, List.of());
        }
        List<String> names = new ArrayList<>();
        List<Section> merged = new ArrayList<>();
        for (Entry t : sections.entries()) {
            String name = t.keyText();
            String path = FIELD + "." + name;
            if (name == null || !KnownPattern.DNS_SUBDOMAIN.matches(name) || name.length() > 253) {
                problems.add(new Binding.Problem(FIELD, "\"" + name + "\" is not a cluster name (a DNS-1123 subdomain, as the cluster"
                        + " names the fleet's ApplicationSets pass)"));
            } else if (names.contains(name)) {
                problems.add(new Binding.Problem(path, "duplicate key \"" + name + "\""));
            } else if (!(t.value() instanceof Mapping) && !Schema.isNull(t.value())) {
                problems.add(new Binding.Problem(path, "expected a mapping (the fields of spec to change for this cluster), got "
                        + Schema.show(t.value())));
            } else {
                names.add(name);
                merged.add(new Section(name, withSpec(doc, rest, specEntry, t.value())));
            }
        }
        if (!problems.isEmpty()) {
            return new Selection(intent, List.of(), problems, List.of());
        }
        YamlTree asWritten = mapping(doc, rest);
        if (cluster.isEmpty()) {
            return new Selection(asWritten, merged, List.of(), List.of(new Binding.Problem(FIELD, "no cluster to render for (ARGOCD_ENV_CLUSTER"
                    + " from a fleet ApplicationSet's plugin env, or RHOAI_KRM_CLUSTER): spec as written, without the sections of "
                    + String.join(", ", names))));
        }
        for (Section s : merged) {
            if (s.cluster().equals(cluster.get())) {
                return new Selection(s.document(), s.cluster(), List.of(), List.of(), List.of());
            }
        }
        problems.add(new Binding.Problem(FIELD, "no section for cluster \"" + cluster.get() + "\" (sections: " + String.join(", ", names)
                + "): add \"" + cluster.get() + ": {}\" to render the spec as written for it; a cluster the intent does not name is refused,"
                + " so that a misspelt section never deploys the base values"));
        return new Selection(intent, List.of(), problems, List.of());
    }

    /** The document with spec replaced by spec merged with the section. */
    private static YamlTree withSpec(Mapping doc, List<Entry> rest, Entry specEntry, YamlTree section) {
        if (Schema.isNull(section)) { // "name:" with nothing: the spec as written
            return mapping(doc, rest);
        }
        List<Entry> tuples = new ArrayList<>();
        for (Entry t : rest) {
            tuples.add(t == specEntry ? new Entry(t.key(), merge(t.value(), section, new int[] {0})) : t);
        }
        if (specEntry == null) {
            YamlTree spec = new YamlTree.Scalar(YamlTree.STR, "spec", ScalarStyle.PLAIN, java.util.Optional.empty(), java.util.Optional.empty());
            tuples.add(new Entry(spec, merge(null, section, new int[] {0})));
        }
        return mapping(doc, tuples);
    }

    /** RFC 7386 on YAML nodes; the patch's nodes are shared, not copied; the walk is bounded like binding. */
    static YamlTree merge(YamlTree target, YamlTree patch, int[] visited) {
        return merge(target, patch, visited, new java.util.IdentityHashMap<YamlTree, Boolean>());
    }

    /**
     * {@code inside}: the patch's mappings being merged, around this one. A patch met again holds
     * itself through a recursive alias ({@code &p {runtime: *p}}): it is kept as it is, a cycle that
     * binding, bounded by the schema's depth, refuses; following it would overflow the stack long
     * before {@code visited} reaches its bound.
     */
    private static YamlTree merge(YamlTree target, YamlTree patch, int[] visited, java.util.Map<YamlTree, Boolean> inside) {
        if (!(patch instanceof Mapping p) || inside.containsKey(patch)) {
            return patch;
        }
        if (++visited[0] > dev.rhoaikrm.core.yaml.InputLimits.DEFAULT.maxAliasExpansion()) {
            return patch; // an alias bomb: binding refuses what comes out
        }
        inside.put(patch, Boolean.TRUE);
        java.util.Map<String, Entry> changes = index(p);
        java.util.Map<String, Entry> targets = target instanceof Mapping t ? index(t) : java.util.Map.of();
        List<Entry> out = new ArrayList<>();
        if (target instanceof Mapping t) {
            for (Entry e : t.entries()) {
                Entry change = e.keyText() != null ? changes.get(e.keyText()) : null;
                if (change == null) {
                    out.add(e);
                } else if (!Schema.isNull(change.value())) {
                    out.add(new Entry(e.key(), merge(e.value(), change.value(), visited, inside)));
                }
            }
        }
        for (Entry change : p.entries()) {
            boolean present = change.keyText() != null && targets.containsKey(change.keyText());
            if (!present && !Schema.isNull(change.value())) {
                out.add(new Entry(change.key(), merge(null, change.value(), visited, inside)));
            }
        }
        inside.remove(patch);
        return mapping(p, out);
    }

    /** A mapping with other entries, where {@code like} was (messages and marks stay the file's). */
    private static Mapping mapping(Mapping like, List<Entry> entries) {
        return new Mapping(YamlTree.MAP, entries, like.flowStyle(), like.start(), like.end());
    }

    /** A mapping's entries by key (the first of duplicates: binding reports the duplicate). */
    private static java.util.Map<String, Entry> index(Mapping map) {
        java.util.Map<String, Entry> byKey = new java.util.HashMap<>();
        for (Entry t : map.entries()) {
            if (t.keyText() != null) {
                byKey.putIfAbsent(t.keyText(), t);
            }
        }
        return byKey;
    }
}
