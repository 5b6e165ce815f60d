package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.List;

/** Every object of the input, for cross-checks between intents and hand-written objects. */
public final class Inputs {
    private final List<SourceObject> objects;

    Inputs(List<SourceObject> objects) {
        this.objects = objects;
    }

    public List<SourceObject> all() {
        return objects;
    }

    /** Objects of one API group and kind (any version). */
    public List<SourceObject> ofKind(String group, String kind) {
        return objects.stream()
                .filter(o -> kind.equals(o.summary().kind()) && group.equals(o.summary().group()))
                .toList();
    }
}
