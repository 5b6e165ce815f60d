package dev.rhoaikrm.core.result;

import dev.rhoaikrm.core.yaml.ObjectSummary;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One result as the KRM functions specification defines it: a message with its severity, the
 * object and field it is about, and the file that object lives in.
 *
 * @param resource  the object the result is about, or null
 * @param fieldPath dotted path inside that object (spec.pools[1].replicas.max), or null
 * @param file      file of the object, or null
 * @param index     index of the object in that file
 */
public record Result(Severity severity, String message, ObjectSummary resource, String fieldPath, String file, int index) {

    public static Result error(String message) {
        return new Result(Severity.ERROR, message, null, null, null, 0);
    }

    /** The result as a ResourceList results entry. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message", message);
        m.put("severity", severity.wire());
        if (resource != null && resource.kind() != null) {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("apiVersion", resource.apiVersion());
            ref.put("kind", resource.kind());
            ref.put("name", resource.name());
            if (resource.namespace() != null) {
                ref.put("namespace", resource.namespace());
            }
            m.put("resourceRef", ref);
        }
        if (fieldPath != null) {
            m.put("field", Map.of("path", fieldPath));
        }
        if (file != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("path", file);
            f.put("index", index);
            m.put("file", f);
        }
        return m;
    }

    /** One line for people: "error: intent.yaml: ModelServing/x: spec.gpu.count: message". */
    public String toLine() {
        StringBuilder b = new StringBuilder(severity.wire()).append(": ");
        if (file != null) {
            b.append(file).append(": ");
        }
        if (resource != null && resource.kind() != null) {
            b.append(resource.kind()).append('/').append(resource.name()).append(": ");
        }
        if (fieldPath != null) {
            b.append(fieldPath).append(": ");
        }
        return b.append(message).toString();
    }
}
