package dev.rhoaikrm.dsccomposer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The releases this composer knows (releases/index.yaml, oldest first), each from its table
 * (tables/&lt;id&gt;.yaml) and its facts (releases/&lt;id&gt;.yaml). A facts file may {@code extends} an
 * older one and list only what changed: the two are merged key by key ({@link #merge}), a null
 * value dropping the older entry; lists and the maps in {@link #REPLACED} are replaced whole.
 */
final class Releases {
    /** Maps that a later release states whole: a check's condition and what it needs. */
    private static final Set<String> REPLACED = Set.of("when", "needs");

    private static final class Holder {
        static final Releases SHIPPED = load();

        static {
            dev.rhoaikrm.core.trace.Trace.mark("releases loaded");
        }
    }

    private final Map<String, Release> byId;
    private final String defaultId;
    private final FieldSpec union;

    private Releases(Map<String, Release> byId, String defaultId) {
        this.byId = byId;
        this.defaultId = defaultId;
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

    /** spec.release when the intent leaves it out: the newest GA release (releases/index.yaml says why). */
    String defaultId() {
        return defaultId;
    }

    Optional<Release> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Release get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown release " + id));
    }

    /** Every component and field of every release, for binding an intent before its release is known. */
    FieldSpec union() {
        return union;
    }

    private static FieldSpec unionOf(Map<String, Release> byId) {
        FieldSpec union = null;
        for (Release r : byId.values()) {
            union = union == null ? r.components : union.union(r.components);
        }
        return union;
    }

    /**
     * The releases with a property, as text: "RHOAI 2.16–2.25", "RHOAI 2.19–2.25 and 3.0–3.5", or
     * null when none has it. A run of consecutive known releases never spans a major version.
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
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        for (String id : DataFiles.strings("releases/index.yaml", index, "releases")) {
            String where = "releases/" + id + ".yaml";
            Map<String, Object> file = DataFiles.load(where);
            if (!id.equals(file.get("release"))) {
                throw new IllegalStateException(where + ": release is " + file.get("release") + ", expected " + id);
            }
            Map<String, Object> facts = file;
            if (file.containsKey("extends")) {
                Map<String, Object> parent = merged.get(DataFiles.string(where, file, "extends"));
                if (parent == null) {
                    throw new IllegalStateException(where + ": extends " + file.get("extends") + ", which is not listed before it");
                }
                facts = merge(parent, file);
            }
            merged.put(id, facts);
            byId.put(id, release(id, facts));
        }
        String defaultId = DataFiles.string("releases/index.yaml", index, "default");
        if (!byId.containsKey(defaultId)) {
            throw new IllegalStateException("releases/index.yaml: default " + defaultId + " is not a listed release");
        }
        return new Releases(byId, defaultId);
    }

    /** A later facts file laid over an older one, key by key. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> older, Map<String, Object> later) {
        Map<String, Object> out = new LinkedHashMap<>(older);
        later.forEach((k, v) -> {
            Object o = out.get(k);
            if (v == null) {
                out.remove(k);
            } else if (v instanceof Map<?, ?> m && o instanceof Map<?, ?> om && !REPLACED.contains(k)) {
                out.put(k, merge((Map<String, Object>) om, (Map<String, Object>) m));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    private static Release release(String id, Map<String, Object> facts) {
        String tableFile = "tables/" + id + ".yaml";
        Map<String, Object> table = DataFiles.load(tableFile);
        Map<String, Object> componentsNode = new LinkedHashMap<>();
        componentsNode.put("type", "object");
        componentsNode.put("properties", DataFiles.mapping(tableFile, table, "components"));
        FieldSpec components = FieldSpec.parse(tableFile + ": components", componentsNode);
        String where = "releases/" + id + ".yaml (with what it extends)";
        return new Release(id, DataFiles.string(tableFile, table, "apiVersion"), DataFiles.string(tableFile, table, "source"),
                components, FactsReader.read(where, facts));
    }
}
