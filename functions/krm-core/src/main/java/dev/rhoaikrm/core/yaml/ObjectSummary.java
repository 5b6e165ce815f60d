package dev.rhoaikrm.core.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the core needs to know about an object without building its node tree: its identity and
 * its metadata annotations and labels. Filled in by {@link ObjectScanner} while it streams events.
 */
public final class ObjectSummary {
    String apiVersion;
    String kind;
    String name;
    String namespace;
    Map<String, String> annotations = Map.of();
    Map<String, String> labels = Map.of();

    public static ObjectSummary of(String apiVersion, String kind, String name, String namespace,
                                   Map<String, String> annotations) {
        ObjectSummary s = new ObjectSummary();
        s.apiVersion = apiVersion;
        s.kind = kind;
        s.name = name;
        s.namespace = namespace;
        s.annotations = annotations == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
        return s;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    public Map<String, String> annotations() {
        return annotations;
    }

    public Map<String, String> labels() {
        return labels;
    }

    public String annotation(String key) {
        return annotations.get(key);
    }

    /** The API group, "" for the core group. */
    public String group() {
        if (apiVersion == null) {
            return "";
        }
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    public boolean isKubernetesObject() {
        return apiVersion != null && kind != null;
    }

    /** The identity used for collisions: group, kind, namespace and name (version-independent). */
    public String identity() {
        return group() + "/" + kind + "/" + (namespace == null ? "" : namespace) + "/" + name;
    }

    @Override
    public String toString() {
        return kind + "/" + name;
    }
}
