package dev.rhoaikrm.appsetdiscovery;

import static dev.rhoaikrm.core.fn.Manifests.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Application's ignoreDifferences and syncPolicy: the preset's values, each replaced by the
 * intent's field when it states one, so that a set can take a preset and change only its retry.
 */
final class SyncSettings {
    private SyncSettings() {
    }

    /** The intent's ignoreDifferences when given (even empty), else the preset's. */
    static List<Map<String, Object>> ignoreDifferences(Preset preset, Optional<List<AppSetDiscovery.IgnoreDifference>> stated) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (stated.isPresent()) {
            for (AppSetDiscovery.IgnoreDifference i : stated.get()) {
                out.add(entry(new Preset.Ignore(i.group(), i.kind(), i.name().orElse(null), i.namespace().orElse(null),
                        i.jsonPointers(), i.jqPathExpressions(), i.managedFieldsManagers())));
            }
        } else {
            for (Preset.Ignore i : preset.ignoreDifferences) {
                out.add(entry(i));
            }
        }
        return out;
    }

    private static Map<String, Object> entry(Preset.Ignore i) {
        return map("group", i.group(), "kind", i.kind(), "name", i.name(), "namespace", i.namespace(),
                "jsonPointers", i.jsonPointers(), "jqPathExpressions", i.jqPathExpressions(),
                "managedFieldsManagers", i.managedFieldsManagers());
    }

    /** The syncPolicy of the Application (null when it has nothing to say: manual sync with defaults). */
    static Map<String, Object> syncPolicy(Preset preset, AppSetDiscovery.SyncPolicy policy, Report report) {
        boolean automated = policy.automated().orElse(preset.automated);
        Map<String, Object> out = map();
        if (automated) {
            boolean selfHeal = policy.selfHeal().orElse(preset.selfHeal());
            boolean prune = policy.prune().orElse(preset.prune);
            out.put("automated", map("selfHeal", selfHeal, "prune", prune));
        } else {
            for (String field : List.of("prune", "selfHeal")) {
                if (policy.at().has(field)) {
                    report.warning(policy.at().pathOf(field), "applies to automated sync only, and this Application syncs manually");
                }
            }
        }
        out.put("syncOptions", policy.syncOptions().orElse(preset.syncOptions));
        if (policy.retry().isPresent()) {
            AppSetDiscovery.Retry retry = policy.retry().get();
            Map<String, Object> r = map("limit", retry.limit());
            if (retry.backoff().isPresent()) {
                AppSetDiscovery.Backoff b = retry.backoff().get();
                r.put("backoff", map("duration", b.duration(), "maxDuration", b.maxDuration(), "factor", b.factor()));
            }
            out.put("retry", r);
        } else if (preset.retry != null) {
            Preset.Retry r = preset.retry;
            out.put("retry", map("limit", r.limit(), "backoff", map("duration", r.duration(), "maxDuration", r.maxDuration(), "factor", r.factor())));
        }
        return out;
    }
}
