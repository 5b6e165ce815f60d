package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.intent.BoundObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * spec.components of one DataScienceCluster, composed in three layers: every component of the
 * release Removed with every defaulted field at its CRD default (so nothing is left for the API
 * server or a webhook to fill in); then the profiles, leniently (a profile is release-neutral, and
 * what the release lacks is skipped); then the intent's overrides, strictly (what the release lacks
 * or refuses is an error naming the field and what to use instead).
 */
final class Composition {
    static final String STATE = "managementState";
    static final String REMOVED = "Removed";

    private final Release release;
    private final Releases releases;
    private final Map<String, Object> components;

    Composition(Release release, Releases releases) {
        this.release = release;
        this.releases = releases;
        this.components = new TreeMap<>();
        release.components.properties.forEach((name, spec) -> {
            Map<String, Object> c = defaults(spec);
            if (spec.properties.containsKey(STATE)) {
                c.put(STATE, REMOVED); // the CRD has no default here: a component nobody asks for is Removed, explicitly
            }
            components.put(name, c);
        });
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

    private static Map<String, Object> defaults(FieldSpec object) {
        Map<String, Object> out = new TreeMap<>();
        object.properties.forEach((name, spec) -> {
            if (spec.isObject()) {
                Map<String, Object> sub = defaults(spec);
                if (!sub.isEmpty()) {
                    out.put(name, sub);
                }
            } else if (spec.defaultValue != null) {
                out.put(name, spec.defaultValue);
            }
        });
        return out;
    }

    // ---- profiles: lenient ---------------------------------------------------------------------

    void applyProfile(Profiles.Profile profile) {
        applyLenient(profile.components(), release.components, components, "");
    }

    @SuppressWarnings("unchecked")
    private void applyLenient(Map<String, Object> layer, FieldSpec releaseNode, Map<String, Object> target, String dotted) {
        layer.forEach((name, value) -> {
            FieldSpec spec = releaseNode.properties.get(name);
            String path = dotted.isEmpty() ? name : dotted + "." + name;
            if (spec == null) {
                return; // a component or field of other releases
            }
            if (spec.isObject()) {
                if (value instanceof Map<?, ?> sub) {
                    applyLenient((Map<String, Object>) sub, spec,
                            (Map<String, Object>) target.computeIfAbsent(name, k -> new TreeMap<>()), path);
                }
            } else if (spec.admits(value) && release.refusal(path, value) == null) {
                target.put(name, value);
            }
        });
    }

    // ---- overrides: strict ---------------------------------------------------------------------

    /** Merges the intent's spec.components; every problem goes to {@code out} with its field path. */
    void applyOverrides(BoundObject overrides, FieldSpec union, Expansion out) {
        applyStrict(overrides, union, release.components, components, "", out);
    }

    @SuppressWarnings("unchecked")
    private void applyStrict(BoundObject bound, FieldSpec unionNode, FieldSpec releaseNode, Map<String, Object> target,
                             String dotted, Expansion out) {
        for (Map.Entry<String, FieldSpec> field : unionNode.properties.entrySet()) {
            String name = field.getKey();
            if (!bound.has(name)) {
                continue;
            }
            String path = dotted.isEmpty() ? name : dotted + "." + name;
            FieldSpec spec = releaseNode.properties.get(name);
            if (spec == null) {
                out.error(bound.pathOf(name), missing(path));
            } else if (spec.isObject()) {
                applyStrict(bound.object(name), field.getValue(), spec,
                        (Map<String, Object>) target.computeIfAbsent(name, k -> new TreeMap<>()), path, out);
            } else {
                Object value = scalar(bound, name, spec.type);
                String problem = valueProblem(path, spec, value);
                if (problem != null) {
                    out.error(bound.pathOf(name), problem);
                } else {
                    target.put(name, value);
                }
            }
        }
    }

    private static Object scalar(BoundObject bound, String name, String type) {
        return switch (type) {
            case "boolean" -> bound.bool(name);
            case "integer" -> bound.integer(name);
            default -> bound.string(name);
        };
    }

    /** Why the release does not take this value here, or null. */
    private String valueProblem(String path, FieldSpec spec, Object value) {
        if (!spec.admits(value)) {
            String allowedElsewhere = releases.having(r -> {
                FieldSpec f = r.field(path);
                return f != null && f.admits(value);
            });
            return "\"" + value + "\" is not allowed in " + release.label()
                    + (spec.enumValues == null ? "" : " (allowed: " + String.join(", ", spec.enumValues) + ")")
                    + (allowedElsewhere == null ? "" : "; " + allowedElsewhere + " allow it");
        }
        String refusal = release.refusal(path, value);
        return refusal == null ? null : value + " is refused by " + release.label() + ": " + refusal;
    }

    /** The error for a component or field the release lacks: where it exists, and this release's equivalent. */
    private String missing(String path) {
        boolean component = !path.contains(".");
        StringBuilder b = new StringBuilder(release.label()).append(" has no ").append(component ? "component " : "field ").append(path);
        String having = releases.having(r -> r.field(path) != null);
        if (having != null) {
            b.append(" (it exists in ").append(having).append(')');
        }
        Release.Equivalent e = release.equivalents.get(path);
        if (e != null) {
            b.append(": ").append(e.why());
            if (e.use() != null) {
                b.append("; use spec.components.").append(e.use()).append(" instead");
            }
        }
        return b.toString();
    }
}
