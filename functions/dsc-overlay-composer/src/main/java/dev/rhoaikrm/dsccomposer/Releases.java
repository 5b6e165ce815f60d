package dev.rhoaikrm.dsccomposer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The releases this composer knows (releases/index.yaml, oldest first). A release file may
 * {@code extends} an older one and list only what changed: its components table is laid over the
 * older one's, its equivalents added to the older one's, and its lists (prerequisites,
 * writtenBack, refused) replace the older one's when present.
 */
final class Releases {
    private static final class Holder {
        static final Releases SHIPPED = load();

        static {
            dev.rhoaikrm.core.trace.Trace.mark("releases loaded");
        }
    }

    private final Map<String, Release> byId;
    private final FieldSpec union;

    private Releases(Map<String, Release> byId) {
        this.byId = byId;
        this.union = unionOf(byId);
    }

    static Releases shipped() {
        return Holder.SHIPPED;
    }

    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    List<Release> all() {
        return List.copyOf(byId.values());
    }

    Optional<Release> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Release get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown release " + id));
    }

    /** Every component and field of every release (and the fields only equivalents name), for binding. */
    FieldSpec union() {
        return union;
    }

    private static FieldSpec unionOf(Map<String, Release> byId) {
        FieldSpec union = null;
        for (Release r : byId.values()) {
            union = union == null ? r.components : union.union(r.components);
            for (Map.Entry<String, Release.Equivalent> e : r.equivalents.entrySet()) {
                if (e.getValue().shape() != null && union.at(e.getKey()) == null) {
                    union = union.union(objectAt(e.getKey(), e.getValue().shape()));
                }
            }
        }
        return union;
    }

    /** An object holding {@code leaf} at a dotted path, to be merged into a union. */
    private static FieldSpec objectAt(String dottedPath, FieldSpec leaf) {
        String[] parts = dottedPath.split("\\.");
        FieldSpec node = leaf;
        for (int i = parts.length - 1; i >= 0; i--) {
            node = FieldSpec.objectWith(parts[i], node);
        }
        return node;
    }

    /**
     * The releases with a property, as text: "RHOAI 2.16–2.25", "RHOAI 2.19–2.25 and 3.3", or null
     * when none has it. A run of consecutive known releases never spans a major version.
     */
    String having(Predicate<Release> has) {
        List<List<Release>> runs = new ArrayList<>();
        Release previous = null;
        for (Release r : byId.values()) {
            if (has.test(r)) {
                if (previous == null || previous.major() != r.major()) {
                    runs.add(new ArrayList<>());
                }
                runs.get(runs.size() - 1).add(r);
                previous = r;
            } else {
                previous = null;
            }
        }
        if (runs.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (List<Release> run : runs) {
            Release first = run.get(0);
            Release last = run.get(run.size() - 1);
            parts.add(first == last ? first.id : first.id + "–" + last.id);
        }
        return "RHOAI " + (parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1));
    }

    // ---- loading ---------------------------------------------------------------------------------

    static Releases load() {
        Map<String, Object> index = DataFiles.load("releases/index.yaml");
        Map<String, Release> byId = new LinkedHashMap<>();
        for (String id : DataFiles.strings("releases/index.yaml", index, "releases")) {
            String where = "releases/" + id + ".yaml";
            Map<String, Object> file = DataFiles.load(where);
            if (!id.equals(file.get("release"))) {
                throw new IllegalStateException(where + ": release is " + file.get("release") + ", expected " + id);
            }
            Release parent = null;
            if (file.containsKey("extends")) {
                parent = byId.get(DataFiles.string(where, file, "extends"));
                if (parent == null) {
                    throw new IllegalStateException(where + ": extends " + file.get("extends") + ", which is not listed before it");
                }
            }
            byId.put(id, release(where, id, file, parent));
        }
        return new Releases(byId);
    }

    private static Release release(String where, String id, Map<String, Object> file, Release parent) {
        Map<String, Object> componentsNode = new LinkedHashMap<>();
        componentsNode.put("type", "object");
        componentsNode.put("properties", DataFiles.mapping(where, file, "components"));
        FieldSpec components = FieldSpec.parse(where + ": components", componentsNode);
        if (parent != null) {
            components = parent.components.overlay(components);
        }
        Map<String, Release.Equivalent> equivalents = new TreeMap<>(parent == null ? Map.of() : parent.equivalents);
        DataFiles.mapping(where, file, "equivalents").forEach((k, v) -> {
            Map<String, Object> e = DataFiles.mapping(where + ": equivalents." + k, v);
            String at = where + ": equivalents." + k;
            equivalents.put(k, new Release.Equivalent((String) e.get("use"), DataFiles.string(at, e, "why"),
                    e.containsKey("shape") ? FieldSpec.parse(at + ".shape", e.get("shape")) : null));
        });
        Map<String, Map<String, String>> refused = new TreeMap<>();
        if (file.containsKey("refused")) {
            DataFiles.mapping(where, file, "refused").forEach((path, values) -> {
                Map<String, String> reasons = new LinkedHashMap<>();
                DataFiles.mapping(where + ": refused." + path, values).forEach((value, why) -> reasons.put(value, String.valueOf(why)));
                refused.put(path, reasons);
            });
        } else if (parent != null) {
            refused.putAll(parent.refused);
        }
        List<Release.Prerequisite> prerequisites = file.containsKey("prerequisites") ? prerequisites(where, file)
                : parent == null ? List.of() : parent.prerequisites;
        List<Release.WrittenBack> writtenBack = file.containsKey("writtenBack") ? writtenBack(where, file)
                : parent == null ? List.of() : parent.writtenBack;
        String apiVersion = file.containsKey("apiVersion") ? DataFiles.string(where, file, "apiVersion") : parent.apiVersion;
        String verified = DataFiles.string(where, file, "verified");
        if (!verified.equals("schema") && !verified.equals("inferred")) {
            throw new IllegalStateException(where + ": verified is schema or inferred, not " + verified);
        }
        return new Release(id, apiVersion, verified.equals("schema"), DataFiles.string(where, file, "provenance"), components,
                equivalents, refused, prerequisites, writtenBack);
    }

    private static List<Release.Prerequisite> prerequisites(String where, Map<String, Object> file) {
        List<Release.Prerequisite> out = new ArrayList<>();
        for (Object o : DataFiles.list(where, file, "prerequisites")) {
            Map<String, Object> p = DataFiles.mapping(where + ": prerequisites", o);
            Map<String, String> conditions = new LinkedHashMap<>();
            DataFiles.mapping(where, p, "if").forEach((k, v) -> conditions.put(k, String.valueOf(v)));
            out.add(new Release.Prerequisite(DataFiles.string(where, p, "component"), DataFiles.strings(where, p, "when"),
                    conditions, DataFiles.string(where, p, "operator"), DataFiles.strings(where, p, "packages")));
        }
        return List.copyOf(out);
    }

    private static List<Release.WrittenBack> writtenBack(String where, Map<String, Object> file) {
        List<Release.WrittenBack> out = new ArrayList<>();
        for (Object o : DataFiles.list(where, file, "writtenBack")) {
            Map<String, Object> w = DataFiles.mapping(where + ": writtenBack", o);
            out.add(new Release.WrittenBack(DataFiles.string(where, w, "component"), DataFiles.string(where, w, "field"),
                    DataFiles.strings(where, w, "when"), Boolean.TRUE.equals(w.get("immutable"))));
        }
        return List.copyOf(out);
    }
}
