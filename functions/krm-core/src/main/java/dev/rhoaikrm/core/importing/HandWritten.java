package dev.rhoaikrm.core.importing;

import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reading hand-written objects for {@link Importable}: finding them by group, kind and name, and
 * walking their plain-map form without a cast at every step.
 */
public final class HandWritten {
    private final List<SourceObject> objects;

    public HandWritten(List<SourceObject> objects) {
        this.objects = objects;
    }

    public List<SourceObject> all() {
        return objects;
    }

    /** The objects of a kind; {@code group} "" is the core group. */
    public List<SourceObject> ofKind(String group, String kind) {
        return objects.stream().filter(o -> kind.equals(o.summary().kind()) && group.equals(o.summary().group())).toList();
    }

    public Optional<SourceObject> find(String group, String kind, String name) {
        return ofKind(group, kind).stream().filter(o -> Objects.equals(o.summary().name(), name)).findFirst();
    }

    /** The value at a path of maps, or null. */
    @SuppressWarnings("unchecked")
    public static Object at(Object object, String... path) {
        Object v = object;
        for (String p : path) {
            v = v instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(p) : null;
        }
        return v;
    }

    /** The map at a path, or an empty map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapAt(Object object, String... path) {
        Object v = at(object, path);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The list at a path, or an empty list. */
    @SuppressWarnings("unchecked")
    public static List<Object> listAt(Object object, String... path) {
        Object v = at(object, path);
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The scalar at a path as text, or null. */
    public static String stringAt(Object object, String... path) {
        Object v = at(object, path);
        return v == null || v instanceof Map<?, ?> || v instanceof List<?> ? null : String.valueOf(v);
    }

    public static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Puts the value unless it is null or (as text) the default: an intent states only what differs. */
    public static void putUnlessDefault(Map<String, Object> map, String key, Object value, Object byDefault) {
        if (value != null && !String.valueOf(value).equals(String.valueOf(byDefault))) {
            map.put(key, value);
        }
    }

    /** The directory of a repository-relative file ("" at the top). */
    public static String directoryOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    /**
     * Whether a repository path (an Application's source path) names the directory of an imported
     * file. The import may start below the repository's root, so the file's path (relative to
     * where the import started) may be a tail of the repository path.
     */
    public static boolean sameDirectory(String repositoryPath, String fileDirectory) {
        String p = repositoryPath.replaceAll("^\\./|/$", "");
        return p.equals(fileDirectory) || !fileDirectory.isEmpty() && p.endsWith("/" + fileDirectory);
    }

    /** An intent's skeleton: apiVersion, kind, metadata (name, local-config annotation), spec. */
    public static Map<String, Object> intent(String kind, String name, Map<String, Object> spec) {
        return Manifests.map("apiVersion", Pipeline.INTENT_GROUP + "/v1alpha1", "kind", kind,
                "metadata", Manifests.map("name", name, "annotations", Manifests.map("config.kubernetes.io/local-config", "true")),
                "spec", spec);
    }
}
