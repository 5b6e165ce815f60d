package dev.rhoaikrm.core.intent;

import java.util.Set;

/**
 * Where a bound object of an intent is and what the user wrote in it, for a record declared with
 * the intent annotations (its trailing component, filled by the generated bind): messages name
 * exact field paths, and "did the user write it" tells a stated value from a default. A field name
 * that the record does not declare is a programming error, caught the first time a test reaches it.
 */
public final class Origin {
    private final String path;
    private final Set<String> present;
    private final Set<String> fields;

    Origin(String path, Set<String> present, Set<String> fields) {
        this.path = path;
        this.present = present;
        this.fields = fields;
    }

    /** The object's own path: spec.gpu, spec.runtime.env[2]. */
    public String path() {
        return path;
    }

    /** The path of one of its fields, for messages: spec.gpu.count. */
    public String pathOf(String field) {
        return Binding.child(path, known(field));
    }

    /** Whether the user wrote the field (a default does not count). */
    public boolean has(String field) {
        return present.contains(known(field));
    }

    private String known(String field) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException(path + " has no field " + field + " (fields: " + fields + ")");
        }
        return field;
    }
}
