package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An Application's ignoreDifferences and syncPolicy: the preset's values, each replaced by the
 * intent's field when it states one, so that a set can take a preset and change only its retry.
 */
final class SyncSettings {
    private SyncSettings() {
    }

    /** The intent's ignoreDifferences when given (even empty), else the preset's. */
    static List<Map<String, Object>> ignoreDifferences(Preset preset, BoundObject owner) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (owner.has("ignoreDifferences")) {
            for (BoundObject i : owner.objects("ignoreDifferences")) {
                out.add(entry(new Preset.Ignore(i.string("group"), i.string("kind"), i.string("name"), i.string("namespace"),
                        i.strings("jsonPointers"), i.strings("jqPathExpressions"), i.strings("managedFieldsManagers"))));
            }
        } else {
            preset.ignoreDifferences.forEach(i -> out.add(entry(i)));
        }
        return out;
    }

    private static Map<String, Object> entry(Preset.Ignore i) {
        return map("group", i.group(), "kind", i.kind(), "name", i.name(), "namespace", i.namespace(),
                "jsonPointers", i.jsonPointers(), "jqPathExpressions", i.jqPathExpressions(),
                "managedFieldsManagers", i.managedFieldsManagers());
    }

    /** The syncPolicy of the Application (null when it has nothing to say: manual sync with defaults). */
    static Map<String, Object> syncPolicy(Preset preset, BoundObject policy, Report report) {
        boolean automated = policy.has("automated") ? policy.bool("automated") : preset.automated;
        Map<String, Object> out = map();
        if (automated) {
            boolean selfHeal = policy.has("selfHeal") ? policy.bool("selfHeal") : preset.selfHeal();
            boolean prune = policy.has("prune") ? policy.bool("prune") : preset.prune;
            out.put("automated", map("selfHeal", selfHeal, "prune", prune));
        } else {
            for (String field : List.of("prune", "selfHeal")) {
                if (policy.has(field)) {
                    report.warning(policy.pathOf(field), "applies to automated sync only, and this Application syncs manually");
                }
            }
        }
        List<String> options = policy.has("syncOptions") ? policy.strings("syncOptions") : preset.syncOptions;
        out.put("syncOptions", options);
        if (policy.has("retry")) {
            BoundObject retry = policy.object("retry");
            Map<String, Object> r = map("limit", retry.integer("limit"));
            if (retry.has("backoff")) {
                BoundObject b = retry.object("backoff");
                r.put("backoff", map("duration", b.string("duration"), "maxDuration", b.string("maxDuration"), "factor", b.integer("factor")));
            }
            out.put("retry", r);
        } else if (preset.retry != null) {
            Preset.Retry r = preset.retry;
            out.put("retry", map("limit", r.limit(), "backoff", map("duration", r.duration(), "maxDuration", r.maxDuration(), "factor", r.factor())));
        }
        return out;
    }
}
