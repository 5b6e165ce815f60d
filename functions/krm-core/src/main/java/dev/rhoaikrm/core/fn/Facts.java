package dev.rhoaikrm.core.fn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the intents of a run say about themselves for other functions: typed, resolved facts that
 * their own function published in phase 1 ({@link KrmFunction#publish}), read by type in phase 2
 * ({@link Expansion#facts()}), whatever order the functions run in. A consumer never reads another
 * function's intent itself: a GpuWorkerSet's pools, say, come as {@code GpuPool} facts with the
 * platform, instance type and GPUs its own function worked out.
 *
 * <p>An intent with errors publishes nothing; {@link #withErrors} lists it, so that a consumer can
 * say what it could not check instead of passing silently.
 *
 * <p>Facts come from the run's input today. A later source (an intent in another file of the
 * repository, referenced by path) is one more {@link Builder} fed by {@link Pipeline#publish} over
 * that file's objects: see docs/ARCHITECTURE.md.
 *
 * <p>Every intent of a kind asks the same questions, so the answers are indexed (by type, by kind)
 * and kept: an input of 40,000 intents costs 40,000 lookups, not 40,000 scans of every fact.
 */
public final class Facts {
    /** One published fact and the intent it came from. */
    private record Entry(IntentRef from, Object fact) {
    }

    private final List<Entry> facts;
    private final List<IntentRef> intents;
    private final List<IntentRef> withErrors;
    private final Map<Class<?>, List<?>> byType = new HashMap<>();
    private final Map<String, List<IntentRef>> intentsByKind;
    private final Map<String, List<IntentRef>> withErrorsByKind;

    private Facts(List<Entry> facts, List<IntentRef> intents, List<IntentRef> withErrors) {
        this.facts = List.copyOf(facts);
        this.intents = List.copyOf(intents);
        this.withErrors = List.copyOf(withErrors);
        this.intentsByKind = byKind(this.intents);
        this.withErrorsByKind = byKind(this.withErrors);
    }

    private static Map<String, List<IntentRef>> byKind(List<IntentRef> refs) {
        Map<String, List<IntentRef>> index = new HashMap<>();
        for (IntentRef ref : refs) {
            List<IntentRef> ofKind = index.get(ref.kind());
            if (ofKind == null) {
                ofKind = new ArrayList<>();
                index.put(ref.kind(), ofKind);
            }
            ofKind.add(ref);
        }
        for (Map.Entry<String, List<IntentRef>> e : index.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
        }
        return index;
    }

    /** No intent, no fact. */
    public static Facts none() {
        return new Builder().build();
    }

    /** Every published fact of this type (or a subtype), in input order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(Class<T> type) {
        List<T> known = (List<T>) byType.get(type);
        if (known == null) {
            List<T> out = new ArrayList<>();
            for (Entry e : facts) {
                if (type.isInstance(e.fact())) {
                    out.add(type.cast(e.fact()));
                }
            }
            known = List.copyOf(out);
            byType.put(type, known);
        }
        return known;
    }

    /** The intents of this kind in the input, with or without errors. */
    public List<IntentRef> intents(String kind) {
        return intentsByKind.getOrDefault(kind, List.of());
    }

    /** The intents of this kind that did not bind or resolve, and so published nothing. */
    public List<IntentRef> withErrors(String kind) {
        return withErrorsByKind.getOrDefault(kind, List.of());
    }

    /** Collects what the intents publish; {@link Pipeline} builds one per run. */
    public static final class Builder {
        private final List<Entry> facts = new ArrayList<>();
        private final List<IntentRef> intents = new ArrayList<>();
        private final List<IntentRef> withErrors = new ArrayList<>();

        void intent(IntentRef intent) {
            intents.add(intent);
        }

        void fact(IntentRef from, Object fact) {
            facts.add(new Entry(from, fact));
        }

        void hasErrors(IntentRef intent) {
            withErrors.add(intent);
        }

        Facts build() {
            return new Facts(facts, intents, withErrors);
        }
    }
}
