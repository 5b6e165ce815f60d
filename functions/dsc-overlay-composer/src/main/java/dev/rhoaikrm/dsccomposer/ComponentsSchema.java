package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.intent.ArraySchema;
import dev.rhoaikrm.core.intent.ObjectSchema;
import dev.rhoaikrm.core.intent.Schema;
import dev.rhoaikrm.core.intent.StringSchema;
import java.util.List;
import java.util.Map;

/**
 * The fields of {@link DataScienceClusterComposition} whose schema the shipped data gives: the
 * releases (releases/index.yaml), the profiles (profiles/), and {@code components}, bound against
 * the union of every known release's table (so an editor completes every name) and checked
 * against the chosen release afterwards, where the error can name that release's equivalent.
 */
final class ComponentsSchema {
    private ComponentsSchema() {
    }

    static Schema release() {
        Releases releases = Releases.shipped();
        return Schema.string().oneOf(releases.ids().toArray(new String[0])).byDefault(releases.defaultId())
                .describe("RHOAI release: decides the apiVersion (3.x: v2, 2.x: v1), the component names, fields and defaults."
                        + " Default: the newest GA release, " + releases.defaultId() + ".");
    }

    static Schema profiles() {
        Profiles profiles = Profiles.shipped();
        return Schema.array(Schema.string().oneOf(profiles.names().toArray(new String[0]))).byDefault(List.of("base"))
                .describe("Built-in profiles, applied in order (later ones win): " + String.join(", ", profiles.names())
                        + ". Components no profile or override names are Removed.");
    }

    /** spec.components: the union of every release's table, without defaults (an override names only what it changes). */
    static Schema components() {
        Releases releases = Releases.shipped();
        ObjectSchema components = Schema.object();
        for (Map.Entry<String, FieldSpec> component : releases.union().properties.entrySet()) {
            String name = component.getKey();
            String having = releases.availability(name);
            components.field(name, binding(component.getValue()).describe("The " + name + " component"
                    + (having == null ? "" : " (" + having + ")") + "."));
        }
        return components.describe("Overrides, merged last, in the shape of the DataScienceCluster's spec.components; checked against the release.");
    }

    static Schema binding(FieldSpec spec) {
        return switch (spec.type) {
            case "object" -> {
                if (spec.isMap()) {
                    yield Schema.map(binding(spec.additionalProperties));
                }
                ObjectSchema o = Schema.object();
                for (Map.Entry<String, FieldSpec> p : spec.properties.entrySet()) {
                    o.field(p.getKey(), binding(p.getValue()));
                }
                yield o;
            }
            case "array" -> {
                ArraySchema a = Schema.array(binding(spec.items));
                yield spec.minItems == null ? a : a.minItems(spec.minItems);
            }
            case "boolean" -> Schema.bool();
            case "integer" -> Schema.integer();
            case FieldSpec.INT_OR_STRING -> spec.pattern == null ? Schema.string().numbersAllowed()
                    : Schema.string().numbersAllowed().pattern(unanchored(spec.pattern), "a quantity such as 100Gi or 8");
            default -> {
                StringSchema s = Schema.string();
                if (spec.enumValues != null) {
                    s.oneOf(spec.enumValues.toArray(new String[0]));
                } else if (spec.pattern != null) {
                    s.pattern(unanchored(spec.pattern), "matching " + spec.pattern);
                }
                if (spec.maxLength != null) {
                    s.maxLength(spec.maxLength);
                }
                yield s;
            }
        };
    }

    /** The CRD's ^...$ patterns; the binder matches whole values anyway. */
    private static String unanchored(String pattern) {
        String p = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        return p.endsWith("$") ? p.substring(0, p.length() - 1) : p;
    }
}
