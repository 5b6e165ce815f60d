package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value of a bound override field as plain maps and lists, in the shape of the release's
 * table node: what the DataScienceCluster gets. Binding ({@link ComponentsSchema#binding})
 * has already checked types, patterns and lengths against the union of every release.
 */
final class BoundValues {
    private BoundValues() {
    }

    static Object of(BoundObject bound, String name, FieldSpec spec) {
        return switch (spec.type) {
            case "boolean" -> bound.bool(name);
            case "integer" -> bound.integer(name);
            case "array" -> spec.items.isObject() ? objects(bound.objects(name), spec.items) : List.copyOf(bound.strings(name));
            case "object" -> new TreeMap<>(bound.stringMap(name)); // a map (a struct is merged field by field)
            default -> bound.string(name); // string, and int-or-string (bound as a string)
        };
    }

    private static List<Object> objects(List<BoundObject> items, FieldSpec spec) {
        List<Object> out = new ArrayList<>();
        for (BoundObject item : items) {
            Map<String, Object> m = new TreeMap<>();
            spec.properties.forEach((k, child) -> {
                if (item.has(k)) {
                    m.put(k, of(item, k, child));
                }
            });
            out.add(m);
        }
        return out;
    }
}
