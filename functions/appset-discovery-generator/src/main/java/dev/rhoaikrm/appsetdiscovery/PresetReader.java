package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.fn.Manifests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which preset an Application's (or a set template's) ignoreDifferences and syncPolicy are: the
 * one that leaves the fewest fields to override, and those overrides. The bootstrap's preset is
 * fixed; only its sync policy can differ.
 */
final class PresetReader {
    private static final List<Preset> SELECTABLE = List.of(Preset.OPERATORS, Preset.INSTANCES, Preset.MODELS, Preset.SERVICES, Preset.NONE);
    /** Cost of a preset that cannot express a difference at all (a retry it has and the object lacks). */
    private static final int CANNOT = 100;

    private final Preset preset;
    private final List<Object> ignoreDifferences;
    private final Map<String, Object> syncPolicy;
    private final int cost;

    private PresetReader(Preset preset, List<Object> ignoreDifferences, Map<String, Object> syncPolicy, int cost) {
        this.preset = preset;
        this.ignoreDifferences = ignoreDifferences;
        this.syncPolicy = syncPolicy;
        this.cost = cost;
    }

    static PresetReader read(Map<String, Object> spec, boolean bootstrap) {
        PresetReader best = null;
        for (Preset p : bootstrap ? List.of(Preset.BOOTSTRAP) : SELECTABLE) {
            PresetReader r = against(p, spec);
            if (best == null || r.cost < best.cost) {
                best = r;
            }
        }
        return best;
    }

    void into(Map<String, Object> out) {
        if (preset != Preset.NONE && preset != Preset.BOOTSTRAP) {
            out.put("preset", preset.name().toLowerCase(Locale.ROOT));
        }
        if (ignoreDifferences != null) {
            out.put("ignoreDifferences", ignoreDifferences);
        }
        if (!syncPolicy.isEmpty()) {
            out.put("syncPolicy", syncPolicy);
        }
    }

    private static PresetReader against(Preset p, Map<String, Object> spec) {
        int cost = 0;
        List<Object> ignores = new ArrayList<>();
        listAt(spec, "ignoreDifferences").forEach(i -> ignores.add(ignore(i)));
        List<Object> presetIgnores = new ArrayList<>();
        p.ignoreDifferences.forEach(i -> presetIgnores.add(Manifests.canonical(Manifests.map("group", i.group(), "kind", i.kind(),
                "name", i.name(), "namespace", i.namespace(), "jsonPointers", i.jsonPointers(), "jqPathExpressions", i.jqPathExpressions(),
                "managedFieldsManagers", i.managedFieldsManagers()))));
        List<Object> ignoreOverride = null;
        if (!ignores.equals(presetIgnores)) {
            ignoreOverride = ignores;
            cost++;
        }
        Map<String, Object> policy = mapAt(spec, "syncPolicy");
        Map<String, Object> overrides = new LinkedHashMap<>();
        boolean automated = policy.containsKey("automated");
        if (automated != p.automated) {
            overrides.put("automated", automated);
        }
        if (automated) {
            boolean prune = "true".equals(stringAt(policy, "automated", "prune"));
            boolean selfHeal = "true".equals(stringAt(policy, "automated", "selfHeal"));
            if (prune != (p.automated && p.prune)) {
                overrides.put("prune", prune);
            }
            if (selfHeal != (p.automated && p.selfHeal())) {
                overrides.put("selfHeal", selfHeal);
            }
        }
        List<Object> options = listAt(policy, "syncOptions");
        if (!options.equals(p.syncOptions)) {
            overrides.put("syncOptions", options);
        }
        Map<String, Object> retry = mapAt(policy, "retry");
        Map<String, Object> presetRetry = p.retry == null ? Map.of() : Map.of("limit", p.retry.limit(), "backoff", Map.of(
                "duration", p.retry.duration(), "maxDuration", p.retry.maxDuration(), "factor", p.retry.factor()));
        if (!String.valueOf(sorted(retry)).equals(String.valueOf(sorted(presetRetry)))) {
            if (retry.isEmpty()) {
                cost += CANNOT;
            } else {
                overrides.put("retry", retry(retry));
            }
        }
        return new PresetReader(p, ignoreOverride, overrides, cost + overrides.size());
    }

    /** An ignoreDifferences entry as the intent writes it (group "" by default). */
    private static Object ignore(Object entry) {
        Map<String, Object> m = Manifests.map("group", Objects.toString(at(entry, "group"), ""), "kind", stringAt(entry, "kind"),
                "name", stringAt(entry, "name"), "namespace", stringAt(entry, "namespace"), "jsonPointers", listAt(entry, "jsonPointers"),
                "jqPathExpressions", listAt(entry, "jqPathExpressions"), "managedFieldsManagers", listAt(entry, "managedFieldsManagers"));
        return Manifests.canonical(m);
    }

    private static Map<String, Object> retry(Map<String, Object> retry) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("limit", Long.parseLong(String.valueOf(retry.getOrDefault("limit", 0))));
        Map<String, Object> backoff = mapAt(retry, "backoff");
        if (!backoff.isEmpty()) {
            out.put("backoff", Manifests.map("duration", String.valueOf(backoff.get("duration")),
                    "maxDuration", String.valueOf(backoff.get("maxDuration")),
                    "factor", Long.parseLong(String.valueOf(backoff.getOrDefault("factor", 2)))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.TreeMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, sorted(v)));
            return out;
        }
        return value;
    }
}
