package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.intent.IntentSchema;

/**
 * One generator: it owns one intent kind and expands each valid intent of that kind into
 * manifests. Everything else (reading, binding, results, front doors, output) is the core's.
 */
public interface KrmFunction {

    /** The function's name, as in the plugin path and the generated-by annotation: model-serving-generator. */
    String name();

    /** The intent's schema: apiVersion, kind and spec. */
    IntentSchema schema();

    /**
     * Expands one intent whose spec is already bound and valid. Objects go to
     * {@link Expansion#emit}; problems found here (sizing, cross-checks) to {@link Expansion#error}.
     */
    void expand(Intent intent, Expansion expansion);
}
