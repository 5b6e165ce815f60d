package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.yaml.SourceObject;

/**
 * Which intent a fact came from: its kind, name and source object (file and position, for
 * messages). Facts carry it so that a consumer can name the intent it read.
 */
public final class IntentRef {
    private final String kind;
    private final String name;
    private final SourceObject source;

    public IntentRef(String kind, String name, SourceObject source) {
        this.kind = kind;
        this.name = name;
        this.source = source;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public SourceObject source() {
        return source;
    }

    /** "GpuWorkerSet gpu-workers", for messages. */
    public String describe() {
        return kind + " " + name;
    }
}
