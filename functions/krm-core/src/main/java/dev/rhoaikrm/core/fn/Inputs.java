package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every object of the input, for cross-checks between intents and hand-written objects. Lookups
 * are indexed and derived facts computed once per run: each intent asks, and an input of 40,000
 * intents must cost 40,000 times one intent, not 40,000 times the whole input.
 */
public final class Inputs {
    private final List<SourceObject> objects;
    private Map<String, List<SourceObject>> byKind;
    private final Map<Object, Object> derived = new HashMap<>();

    Inputs(List<SourceObject> objects) {
        this.objects = objects;
    }

    public List<SourceObject> all() {
        return objects;
    }

    /** Objects of one API group and kind (any version), in input order. */
    public List<SourceObject> ofKind(String group, String kind) {
        if (byKind == null) {
            byKind = new HashMap<>();
            for (SourceObject o : objects) {
                String key = o.summary().group() + "/" + o.summary().kind();
                List<SourceObject> ofKind = byKind.get(key);
                if (ofKind == null) {
                    ofKind = new ArrayList<>();
                    byKind.put(key, ofKind);
                }
                ofKind.add(o);
            }
        }
        return byKind.getOrDefault(group + "/" + kind, List.of());
    }

    /**
     * A fact about the whole input, computed on first use and kept for the run: what every intent
     * of a kind checks against (the GPU pools of all GpuWorkerSets, the ClusterQueues, ...).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<Inputs, T> compute) {
        Object value = derived.get(key);
        if (value == null && !derived.containsKey(key)) {
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }
}
