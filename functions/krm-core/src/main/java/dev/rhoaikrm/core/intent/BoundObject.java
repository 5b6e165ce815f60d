package dev.rhoaikrm.core.intent;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bound, valid intent object: its values (defaults filled in) and its own field path, so that
 * checks made later (GPU sizing, cross-intent checks) can still name the exact field.
 */
public final class BoundObject {
    private final String path;
    private final Map<String, Object> values;
    private final java.util.Set<String> present;

    BoundObject(String path, Map<String, Object> values, java.util.Set<String> present) {
        this.path = path;
        this.values = values;
        this.present = present;
    }

    /** The path of a field of this object, for messages. */
    public String pathOf(String field) {
        return Binding.child(path, field);
    }

    public String path() {
        return path;
    }

    /** Its path and present fields for a declared record; {@code fields} are the record's field names. */
    public Origin origin(java.util.Set<String> fields) {
        return new Origin(path, present, fields);
    }

    /** Whether the user wrote this field (defaults do not count). */
    public boolean has(String field) {
        return present.contains(field);
    }

    public String string(String field) {
        return (String) values.get(field);
    }

    public Optional<String> optionalString(String field) {
        return Optional.ofNullable(string(field));
    }

    public Long integer(String field) {
        return (Long) values.get(field);
    }

    public Double number(String field) {
        Object v = values.get(field);
        return v == null ? null : ((Number) v).doubleValue();
    }

    public Boolean bool(String field) {
        return (Boolean) values.get(field);
    }

    /** A sub-object; one the user left out reads as its defaults. */
    public BoundObject object(String field) {
        Object v = values.get(field);
        return v instanceof BoundObject o ? o : new BoundObject(pathOf(field), Map.of(), java.util.Set.of());
    }

    @SuppressWarnings("unchecked")
    public List<BoundObject> objects(String field) {
        Object v = values.get(field);
        return v == null ? List.of() : (List<BoundObject>) v;
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String field) {
        Object v = values.get(field);
        return v == null ? List.of() : (List<String>) v;
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> stringMap(String field) {
        Object v = values.get(field);
        return v == null ? Map.of() : (Map<String, String>) v;
    }
}
