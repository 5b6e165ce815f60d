package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.intent.Binding;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.core.yaml.Yaml;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors an intent under construction would get from the function, without rendering it (no
 * repository URL or working tree needed): binding, then the checks. Import uses it to leave out the
 * entries the intent would refuse.
 */
final class IntentCheck {
    private IntentCheck() {
    }

    /** Field path to message, in order; empty when the intent binds and passes the checks. */
    static Map<String, String> problems(Map<String, Object> intent) {
        Map<String, String> out = new LinkedHashMap<>();
        SourceObject source = ObjectScanner.scan(SourceText.of(Yaml.dump(intent)), "import", InputLimits.DEFAULT).documents().get(0);
        IntentSchema.Bound bound = AppSetDiscoverySchema.intent().bind(source.tree());
        if (!bound.ok()) {
            for (Binding.Problem p : bound.problems()) {
                out.putIfAbsent(p.path(), p.message());
            }
            return out;
        }
        AppSetDiscovery spec = AppSetDiscoverySchema.bind(new Intent(source, source.summary().name(), bound.spec()));
        new Checks(spec, new Report() {
            @Override
            public void error(String fieldPath, String message) {
                out.putIfAbsent(fieldPath, message);
            }

            @Override
            public void warning(String fieldPath, String message) {
            }

            @Override
            public void info(String fieldPath, String message) {
            }
        }).all();
        return out;
    }
}
