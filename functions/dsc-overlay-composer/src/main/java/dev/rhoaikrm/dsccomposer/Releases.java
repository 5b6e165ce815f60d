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
 * (tables/&lt;id&gt;.yaml) and its facts (releases/&lt;id&gt;.yaml), built when first asked for: a
 * render builds the release it names and reads the union of all (tables/union.yaml) to bind the
 * intent. A facts file may {@code extends} an older one and list only what changed: the two are
 * merged key by key ({@link #merge}), a null value dropping the older entry; lists and the maps in
 * {@link #REPLACED} are replaced whole.
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

    private final List<String> ids;
    private final String defaultId;
    private final FieldSpec union;
    private final Map<String, String> availability;
    /** Releases built so far: a render needs one (and the union); messages and the importer may ask for all. */
    private final Map<String, Release> byId = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> facts = new java.util.concurrent.ConcurrentHashMap<>();

    private Releases(List<String> ids, String defaultId, FieldSpec union, Map<String, String> availability) {
        this.ids = ids;
        this.defaultId = defaultId;
        this.union = union;
        this.availability = availability;
    }

    static Releases shipped() {
        return Holder.SHIPPED;
    }

    List<String> ids() {
        return ids;
    }

    /** Every release, oldest first (builds them all: for messages, the importer and tests). */
    List<Release> all() {
        List<Release> all = new ArrayList<>(ids.size());
        for (String id : ids) {
            all.add(get(id));
        }
        return all;
    }

    /** spec.release when the intent leaves it out: the newest GA release (releases/index.yaml says why). */
    String defaultId() {
        return defaultId;
    }

    Optional<Release> find(String id) {
        if (!ids.contains(id)) {
            return Optional.empty();
        }
        Release release = byId.get(id);
        if (release == null) {
            Release built = build(id);
            release = byId.putIfAbsent(id, built);
            release = release == null ? built : release;
        }
        return Optional.of(release);
    }

    Release get(String id) {
        Optional<Release> release = find(id);
        if (release.isEmpty()) {
            throw new IllegalArgumentException("unknown release " + id);
        }
        return release.get();
    }

    /**
     * Every component and field of every release, for binding an intent before its release is known:
     * tables/union.yaml, which ReleaseTablesTest derives from the tables (so a render builds one
     * release's table, not all of them).
     */
    FieldSpec union() {
        return union;
    }

    /** The releases that have a component, as text ("RHOAI 2.22–2.25 and 3.0–3.5"), from tables/union.yaml; null if none. */
    String availability(String component) {
        return availability.get(component);
    }

    /**
     * The releases with a property, as text: "RHOAI 2.16–2.25", "RHOAI 2.19–2.25 and 3.0–3.5", or
     * null when none has it. A run of consecutive known releases never spans a major version.
     */
    String having(Predicate<Release> has) {
        List<List<Release>> runs = new ArrayList<>();
        Release previous = null;
        for (Release r : all()) {
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
        List<String> ids = List.copyOf(DataFiles.strings("releases/index.yaml", index, "releases"));
        String defaultId = DataFiles.string("releases/index.yaml", index, "default");
        if (!ids.contains(defaultId)) {
            throw new IllegalStateException("releases/index.yaml: default " + defaultId + " is not a listed release");
        }
        Map<String, Object> unionFile = DataFiles.load(UNION);
        Map<String, String> availability = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : DataFiles.mapping(UNION, unionFile, "availability").entrySet()) {
            availability.put(e.getKey(), String.valueOf(e.getValue()));
        }
        return new Releases(ids, defaultId, table(UNION, unionFile), availability);
    }

    static final String UNION = "tables/union.yaml";

    private static FieldSpec table(String file, Map<String, Object> table) {
        Map<String, Object> componentsNode = new LinkedHashMap<>();
        componentsNode.put("type", "object");
        componentsNode.put("properties", DataFiles.mapping(file, table, "components"));
        return FieldSpec.parse(file + ": components", componentsNode);
    }

    /** The facts of a release merged with those of every release it extends. */
    private Map<String, Object> facts(String id) {
        Map<String, Object> known = facts.get(id);
        if (known != null) {
            return known;
        }
        String where = "releases/" + id + ".yaml";
        Map<String, Object> file = DataFiles.load(where);
        if (!id.equals(file.get("release"))) {
            throw new IllegalStateException(where + ": release is " + file.get("release") + ", expected " + id);
        }
        Map<String, Object> merged = file;
        if (file.containsKey("extends")) {
            String parent = DataFiles.string(where, file, "extends");
            if (ids.indexOf(parent) < 0 || ids.indexOf(parent) >= ids.indexOf(id)) {
                throw new IllegalStateException(where + ": extends " + parent + ", which is not listed before it");
            }
            merged = merge(facts(parent), file);
        }
        facts.put(id, merged);
        return merged;
    }

    /** A later facts file laid over an older one, key by key. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> older, Map<String, Object> later) {
        Map<String, Object> out = new LinkedHashMap<>(older);
        for (Map.Entry<String, Object> e : later.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            Object o = out.get(k);
            if (v == null) {
                out.remove(k);
            } else if (v instanceof Map<?, ?> m && o instanceof Map<?, ?> om && !REPLACED.contains(k)) {
                out.put(k, merge((Map<String, Object>) om, (Map<String, Object>) m));
            } else {
                out.put(k, v);
            }
        }
        return out;
    }

    private Release build(String id) {
        String tableFile = "tables/" + id + ".yaml";
        Map<String, Object> table = DataFiles.load(tableFile);
        return new Release(id, DataFiles.string(tableFile, table, "apiVersion"), DataFiles.string(tableFile, table, "source"),
                table(tableFile, table), FactsReader.read("releases/" + id + ".yaml (with what it extends)", facts(id)));
    }
}
