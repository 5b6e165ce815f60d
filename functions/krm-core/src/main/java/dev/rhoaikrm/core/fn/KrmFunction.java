package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.intent.IntentSchema;
import java.util.List;

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
     * Phase 1 of a run: what this intent tells other functions, as typed facts
     * ({@link Publication#publish}, record types of platform-catalog's facts package). Called for
     * every intent of this function that bound, before any function expands, also when this
     * function does not run (model-serving-generator started alone still sees the GpuWorkerSets of
     * a kpt package). Report nothing here (expand does); an intent that does not resolve calls
     * {@link Publication#hasErrors} and so publishes nothing. Default: no facts.
     */
    default void publish(Intent intent, Publication out) {
    }

    /**
     * Phase 2: expands one intent whose spec is already bound and valid. Objects go to
     * {@link Expansion#emit}; problems found here (sizing, cross-checks) to {@link Expansion#error}.
     */
    void expand(Intent intent, Expansion expansion);

    /**
     * Objects that belong to several intents of this function together: a cluster singleton that
     * each intent contributes to (gpu-workerset-generator's ClusterAutoscaler named default). The
     * core calls it once per run, after {@link #expand} ran for every intent of this function and
     * none of them had an error, with those intents in input order. What it emits is owned by the
     * first intent (its generated-by annotation and output directory); {@link Expansion#error}
     * names the first intent too, {@link Expansion#errorOn} another one. Default: nothing.
     */
    default void expandTogether(List<Intent> intents, Expansion expansion) {
    }
}
