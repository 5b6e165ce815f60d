package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.yaml.ObjectSummary;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The resource stream of a kustomize build as our exec plugins pass it on ({@link OutputForm#PLUGIN}).
 * kustomize runs a kustomization's transformers one after the other, each on the previous one's
 * output, and drops every {@code config.kubernetes.io/local-config} resource from the build's final
 * output. So a plugin keeps the local-config intents of its input and its own config intent in the
 * stream, and a later plugin still sees them: a ModelServing transformer after a GpuWorkerSet
 * transformer gets its pools. The other order works too: an intent already expanded upstream (its
 * generated objects are in the stream) is not expanded again but checked again with this run's
 * facts, so its errors stop the build whichever plugin comes first; and the checks it could not run
 * upstream, which its objects name in {@value #UNCHECKED}, are named again as this check finds
 * them (gone when it could run them), so the output is the same in either order.
 */
final class PluginStream {
    /** kustomize leaves such resources out of a build's output (kyaml, kioutil / kustomize api resource). */
    static final String LOCAL_CONFIG = "config.kubernetes.io/local-config";
    /**
     * On a generated object: the checks its intent could not run, written by the function (a model
     * sized against no GPU pool, say). A later plugin that runs them updates it.
     */
    static final String UNCHECKED = "rhoai-krm.dev/unchecked";

    /** "function/intent" of the generated objects in the stream: intents an earlier plugin expanded. */
    private final Set<String> expandedUpstream = new HashSet<>();
    /** Stream objects whose {@value #UNCHECKED} annotation a re-check changed, as they go out. */
    private final Map<SourceObject, GeneratedObject> rewritten = new IdentityHashMap<>();

    PluginStream(List<SourceObject> items) {
        for (SourceObject o : items) {
            String by = o.summary().annotation(Pipeline.GENERATED_BY);
            if (by != null) {
                expandedUpstream.add(by);
            }
        }
    }

    /** Whether an earlier plugin expanded this intent (its objects are in the stream). */
    boolean expandedUpstream(KrmFunction f, SourceObject intent) {
        return expandedUpstream.contains(f.name() + "/" + intent.summary().name());
    }

    static boolean localConfig(SourceObject o) {
        return "true".equals(o.summary().annotation(LOCAL_CONFIG));
    }

    /**
     * After a re-check of {@code intent}: each stream object it generated takes the
     * {@value #UNCHECKED} annotation of its counterpart in {@code emitted} (none when every check ran).
     */
    @SuppressWarnings("unchecked")
    void reconcile(KrmFunction f, Intent intent, List<Map<String, Object>> emitted, List<SourceObject> items) {
        String by = f.name() + "/" + intent.name();
        for (SourceObject o : items) {
            ObjectSummary s = o.summary();
            if (!by.equals(s.annotation(Pipeline.GENERATED_BY))) {
                continue;
            }
            for (Map<String, Object> e : emitted) {
                Map<String, Object> metadata = (Map<String, Object>) e.get("metadata");
                if (!Objects.equals(s.kind(), e.get("kind")) || metadata == null || !Objects.equals(s.name(), metadata.get("name"))) {
                    continue;
                }
                Object now = metadata.get("annotations") instanceof Map<?, ?> a ? a.get(UNCHECKED) : null;
                if (!Objects.equals(now, s.annotation(UNCHECKED))) {
                    Map<String, Object> copy = o.toMap();
                    Map<String, Object> annotations = Manifests.annotationsOf(copy);
                    if (now == null) {
                        annotations.remove(UNCHECKED);
                    } else {
                        annotations.put(UNCHECKED, now);
                    }
                    rewritten.put(o, new GeneratedObject(copy, s, intent, f));
                }
            }
        }
    }

    /** A stream object as it goes out: as it came, or with its {@value #UNCHECKED} annotation updated. */
    Outcome.Out out(SourceObject o) {
        GeneratedObject g = rewritten.get(o);
        return g == null ? new Outcome.Passed(o) : new Outcome.Made(g, null, 0);
    }
}
