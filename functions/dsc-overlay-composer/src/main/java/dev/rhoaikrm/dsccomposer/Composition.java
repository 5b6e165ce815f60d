package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Problems;
import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * spec.components of one DataScienceCluster, composed in three layers: every component of the
 * release Removed with every defaulted field at its CRD default (so nothing is left for the API
 * server or a webhook to fill in); then the profiles, leniently (a profile is release-neutral: what
 * the release lacks is skipped, and what that costs is noted, see {@link #notes}); then the
 * intent's overrides, strictly (what the release lacks or refuses is an error naming the field and
 * what to use instead). {@link #checkComposed} then checks the result as the API server would:
 * required fields and the CRD's CEL rules.
 */
final class Composition {
    static final String STATE = "managementState";
    static final String REMOVED = "Removed";

    /** What a profile could not do on this release, at a dotted path of spec.components. */
    record Note(String profile, String path, String message) {
    }

    /** A component a profile turns on that the release lacks: noted unless the release's equivalent ends up on. */
    private record Missing(String profile, String component, String equivalent) {
    }

    private final Release release;
    private final Releases releases;
    private final Map<String, Object> components;
    private final List<Note> notes = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();

    Composition(Release release, Releases releases) {
        this.release = release;
        this.releases = releases;
        this.components = new TreeMap<>();
        for (Map.Entry<String, FieldSpec> component : release.components.properties.entrySet()) {
            Map<String, Object> c = defaults(component.getValue());
            if (component.getValue().properties.containsKey(STATE)) {
                c.put(STATE, REMOVED); // the CRD has no default here: a component nobody asks for is Removed, explicitly
            }
            components.put(component.getKey(), c);
        }
    }

    Release release() {
        return release;
    }

    /** spec.components as composed so far (sorted at every level, as the CRD and the reference write it). */
    Map<String, Object> components() {
        return components;
    }

    /** The composed value at a dotted path ("kueue.defaultClusterQueueName"), or null. */
    @SuppressWarnings("unchecked")
    Object value(String dottedPath) {
        Object node = components;
        for (String part : dottedPath.split("\\.")) {
            node = node instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(part) : null;
        }
        return node;
    }

    /** The managementState of a component, or null when the release has no such component. */
    String state(String component) {
        Object v = value(component + "." + STATE);
        return v == null ? null : String.valueOf(v);
    }

    /** Managed or Unmanaged: the operator (or the operator it defers to) runs it. */
    boolean enabled(String component) {
        String s = state(component);
        return s != null && !s.equals(REMOVED);
    }

    /** Whether the composed value at every path of {@code when} is one of its values. */
    boolean matches(Map<String, List<String>> when) {
        for (Map.Entry<String, List<String>> e : when.entrySet()) {
            if (!e.getValue().contains(String.valueOf(value(e.getKey())))) {
                return false;
            }
        }
        return true;
    }

    /** The fields the CRD defaults, in an object of the table; an object's own default under its fields' ones. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> defaults(FieldSpec object) {
        Map<String, Object> out = new TreeMap<>();
        if (object.defaultValue instanceof Map<?, ?> d) {
            out.putAll((Map<String, Object>) d);
        }
        for (Map.Entry<String, FieldSpec> field : object.properties.entrySet()) {
            FieldSpec spec = field.getValue();
            if (spec.isStruct()) {
                Map<String, Object> sub = defaults(spec);
                if (!sub.isEmpty()) {
                    out.put(field.getKey(), sub);
                }
            } else if (spec.defaultValue != null) {
                out.put(field.getKey(), spec.defaultValue);
            }
        }
        return out;
    }

    // ---- profiles: lenient ---------------------------------------------------------------------

    void applyProfile(Profiles.Profile profile) {
        applyLenient(profile.name(), profile.components(), release.components, components, "");
    }

    @SuppressWarnings("unchecked")
    private void applyLenient(String profile, Map<String, Object> layer, FieldSpec releaseNode, Map<String, Object> target, String dotted) {
        for (Map.Entry<String, Object> entry : layer.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            FieldSpec spec = releaseNode.properties.get(name);
            String path = dotted.isEmpty() ? name : dotted + "." + name;
            if (spec == null) {
                if (dotted.isEmpty() && value instanceof Map<?, ?> c && turnsOn(((Map<String, Object>) c).get(STATE))) {
                    Release.Equivalent e = release.equivalents().get(name);
                    missing.add(new Missing(profile, name, e == null ? null : e.use()));
                }
                continue; // a component or field of other releases
            }
            if (spec.isStruct()) {
                if (value instanceof Map<?, ?> sub) {
                    applyLenient(profile, (Map<String, Object>) sub, spec,
                            child(target, name), path);
                }
                continue;
            }
            Release.Deprecation deprecated = release.facts.deprecated().get(path);
            if (deprecated != null && turnsOn(value)) {
                List<String> instead = new ArrayList<>();
                for (String use : deprecated.use()) {
                    FieldSpec replacement = release.field(use);
                    if (replacement != null && replacement.admits(value)) {
                        put(use, value);
                        instead.add(use + ": " + value);
                    }
                }
                notes.add(new Note(profile, path, path + ": " + value + ": " + deprecated.why() + ", so "
                        + (instead.isEmpty() ? "it stays " + target.get(name) : String.join(" and ", instead) + " instead")));
            } else if (!spec.admits(value)) {
                notes.add(new Note(profile, path, path + ": " + value + " is not a value of " + release.label()
                        + (spec.enumValues == null ? "" : " (allowed: " + String.join(", ", spec.enumValues) + ")")
                        + allowedElsewhere(path, value) + ", so it stays " + target.get(name)
                        + (spec.enumValues == null ? "" : "; set spec.components." + path + " to choose")));
            } else if (release.refusal(path, value) != null) {
                notes.add(new Note(profile, path, path + ": " + value + " is refused by " + release.label() + " ("
                        + release.refusal(path, value).reason() + "), so it stays " + target.get(name)));
            } else {
                target.put(name, value);
            }
        }
    }

    /** The mapping under {@code name} in {@code parent}, made (sorted) when absent. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String name) {
        Object node = parent.get(name);
        if (node == null) {
            node = new TreeMap<String, Object>();
            parent.put(name, node);
        }
        return (Map<String, Object>) node;
    }

    /** A managementState that runs something. */
    private static boolean turnsOn(Object state) {
        return "Managed".equals(state) || "Unmanaged".equals(state);
    }

    @SuppressWarnings("unchecked")
    private void put(String dottedPath, Object value) {
        String[] parts = dottedPath.split("\\.");
        Map<String, Object> node = components;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }

    private String allowedElsewhere(String path, Object value) {
        String others = releases.having(r -> {
            FieldSpec f = r.field(path);
            return f != null && f.admits(value);
        });
        return others == null ? "" : "; " + others + " allow it";
    }

    /**
     * What the profiles could not do on this release, once every layer is applied: values it does
     * not allow or refuses, deprecated fields turned on through their replacement, and components it
     * lacks that they turn on (unless the release's equivalent is on). Paths the intent's overrides
     * set ({@code setByIntent}) are left out: the intent decided there.
     */
    List<Note> notes(BoundObject setByIntent) {
        return notes(setByIntent, true);
    }

    /** Every note, as if the intent's overrides set nothing (the README's profile table). */
    List<Note> notes() {
        return notes(null, false);
    }

    private List<Note> notes(BoundObject setByIntent, boolean leaveOutOverridden) {
        List<Note> out = new ArrayList<>();
        for (Missing m : missing) {
            if (m.equivalent() != null && enabled(m.equivalent().split("\\.")[0])) {
                continue;
            }
            String having = releases.availability(m.component());
            Release.Equivalent e = release.equivalents().get(m.component());
            out.add(new Note(m.profile(), m.component(), release.label() + " has no component " + m.component()
                    + (having == null ? "" : " (it exists in " + having + ")") + (e == null ? "" : ": " + e.why()) + "; not turned on"));
        }
        out.addAll(notes);
        Set<String> seen = new LinkedHashSet<>();
        List<Note> kept = new ArrayList<>();
        for (Note n : out) {
            if (!(leaveOutOverridden && overridden(setByIntent, n.path())) && seen.add(n.profile() + n.message())) {
                kept.add(n);
            }
        }
        return kept;
    }

    /** Whether the intent's overrides set a dotted path of spec.components. */
    static boolean overridden(BoundObject overrides, String dottedPath) {
        BoundObject node = overrides;
        String[] parts = dottedPath.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!node.has(parts[i])) {
                return false;
            }
            node = node.object(parts[i]);
        }
        return node.has(parts[parts.length - 1]);
    }

    // ---- overrides: strict ---------------------------------------------------------------------

    /** Merges the intent's spec.components; every problem goes to {@code out} with its field path. */
    void applyOverrides(BoundObject overrides, FieldSpec union, Problems out) {
        applyStrict(overrides, union, release.components, components, "", out);
    }

    @SuppressWarnings("unchecked")
    private void applyStrict(BoundObject bound, FieldSpec unionNode, FieldSpec releaseNode, Map<String, Object> target,
                             String dotted, Problems out) {
        for (Map.Entry<String, FieldSpec> field : unionNode.properties.entrySet()) {
            String name = field.getKey();
            if (!bound.has(name)) {
                continue;
            }
            String path = dotted.isEmpty() ? name : dotted + "." + name;
            FieldSpec spec = releaseNode.properties.get(name);
            if (spec == null) {
                out.error(bound.pathOf(name), missing(path));
            } else if (spec.isStruct()) {
                applyStrict(bound.object(name), field.getValue(), spec,
                        child(target, name), path, out);
            } else {
                Object value = BoundValues.of(bound, name, spec);
                String problem = valueProblem(path, spec, value);
                if (problem != null) {
                    out.error(bound.pathOf(name), problem);
                    continue;
                }
                target.put(name, value);
                Release.Deprecation deprecated = release.facts.deprecated().get(path);
                if (deprecated != null && turnsOn(value)) {
                    out.warning(bound.pathOf(name), value + ": " + deprecated.why() + "; use " + String.join(" and ", deprecated.use())
                            + " instead (" + deprecated.source() + ")");
                }
            }
        }
    }

    /** Why the release does not take this value here, or null. */
    private String valueProblem(String path, FieldSpec spec, Object value) {
        if (!spec.admits(value)) {
            return "\"" + value + "\" is not allowed in " + release.label()
                    + (spec.enumValues == null ? "" : " (allowed: " + String.join(", ", spec.enumValues) + ")") + allowedElsewhere(path, value);
        }
        Release.Refusal refusal = release.refusal(path, value);
        return refusal == null ? null : value + " is refused by " + release.label() + ": " + refusal.reason()
                + (refusal.fix() == null ? "" : "; " + refusal.fix()) + " (" + refusal.source() + ")";
    }

    /** The error for a component or field the release lacks: where it exists, and this release's equivalent. */
    private String missing(String path) {
        boolean component = !path.contains(".");
        StringBuilder b = new StringBuilder(release.label()).append(" has no ").append(component ? "component " : "field ").append(path);
        String having = releases.having(r -> r.field(path) != null);
        if (having != null) {
            b.append(" (it exists in ").append(having).append(')');
        }
        Release.Equivalent e = release.equivalents().get(path);
        if (e != null) {
            b.append(": ").append(e.why());
            if (e.use() != null) {
                b.append("; use spec.components.").append(e.use()).append(" instead");
            }
        }
        return b.toString();
    }

    // ---- the result, as the API server checks it --------------------------------------------

    /**
     * The composed spec.components against the release's schema where binding cannot see it: the
     * required fields of every object present, and the CRD's CEL rules ({@link CelRules}).
     */
    void checkComposed(BoundObject overrides, Problems out) {
        checkNode(release.components, components, "", overrides, out);
    }

    @SuppressWarnings("unchecked")
    private void checkNode(FieldSpec spec, Object value, String dotted, BoundObject overrides, Problems out) {
        String where = dotted.isEmpty() ? overrides.path() : overrides.path() + "." + dotted;
        for (FieldSpec.Rule rule : spec.rules) {
            String violation = CelRules.violation(rule, value);
            if (violation != null) {
                out.error(where, violation + " (a rule of the " + release.label() + " CRD: " + rule.rule() + ")");
            }
        }
        if (!spec.isStruct() || !(value instanceof Map<?, ?> map)) {
            return;
        }
        for (String required : spec.required) {
            if (!map.containsKey(required)) {
                out.error(where, "needs " + required + " in " + release.label() + " (the CRD requires it when " + dotted + " is set)");
            }
        }
        for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
            FieldSpec child = spec.properties.get(e.getKey());
            if (child != null) {
                checkNode(child, e.getValue(), dotted.isEmpty() ? e.getKey() : dotted + "." + e.getKey(), overrides, out);
            }
        }
    }
}
