package dev.rhoaikrm.core.fn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The functions a run knows and the ones it runs. Every known function binds its intents and
 * publishes their facts (phase 1 of {@link Pipeline#run}); only the running ones expand. A function
 * is built on first use, so a function started alone pays for another only when the input holds an
 * intent of that other function's kind.
 */
public final class FunctionSet {
    private final List<FunctionRegistration> known;
    private final Set<String> running;
    private final boolean everyFunctionRuns;
    private final Map<String, KrmFunction> built = new HashMap<>();

    private FunctionSet(List<FunctionRegistration> known, Set<String> running, boolean everyFunctionRuns) {
        this.known = List.copyOf(known);
        this.running = running;
        this.everyFunctionRuns = everyFunctionRuns;
    }

    /** Every registered function runs (the rhoai-krm CLI): an intent kind none of them owns is an error. */
    public static FunctionSet all(List<? extends FunctionRegistration> registered) {
        Set<String> names = new LinkedHashSet<>();
        for (FunctionRegistration r : registered) {
            names.add(r.name());
        }
        return new FunctionSet(List.copyOf(registered), names, true);
    }

    /** One function runs; the others only publish the facts of their intents. Empty for an unknown name. */
    public static Optional<FunctionSet> only(String name, List<? extends FunctionRegistration> registered) {
        for (FunctionRegistration r : registered) {
            if (r.name().equals(name)) {
                return Optional.of(new FunctionSet(List.copyOf(registered), Set.of(name), false));
            }
        }
        return Optional.empty();
    }

    /**
     * These functions, already built, and no other (tests, and rendering an imported intent).
     *
     * @param everyFunctionRuns whether an intent kind none of them owns is an error
     */
    public static FunctionSet of(List<KrmFunction> functions, boolean everyFunctionRuns) {
        List<FunctionRegistration> registered = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (KrmFunction f : functions) {
            registered.add(new Built(f));
            names.add(f.name());
        }
        return new FunctionSet(registered, names, everyFunctionRuns);
    }

    /**
     * {@code running} runs, and {@code known} only publish the facts of their intents: a function's
     * tests use it to run as the binary does, with the functions whose facts it reads.
     */
    public static FunctionSet runningWith(KrmFunction running, KrmFunction... known) {
        List<FunctionRegistration> registered = new ArrayList<>(List.of(new Built(running)));
        for (KrmFunction f : known) {
            registered.add(new Built(f));
        }
        return new FunctionSet(registered, Set.of(running.name()), false);
    }

    /** Whether an intent kind no function owns is an error rather than another tool's object. */
    public boolean everyFunctionRuns() {
        return everyFunctionRuns;
    }

    /** The running functions, built, in registration order (the order a render expands in). */
    public List<KrmFunction> running() {
        List<KrmFunction> out = new ArrayList<>();
        for (FunctionRegistration r : known) {
            if (running.contains(r.name())) {
                out.add(build(r));
            }
        }
        return out;
    }

    public boolean runs(String name) {
        return running.contains(name);
    }

    /** The function that owns this intent kind, built on first use. */
    public Optional<KrmFunction> forKind(String kind) {
        for (FunctionRegistration r : known) {
            if (r.kind().equals(kind)) {
                return Optional.of(build(r));
            }
        }
        return Optional.empty();
    }

    /** Every known function, in registration order, without building any. */
    public List<FunctionRegistration> known() {
        return known;
    }

    /** Every known intent kind, in registration order, without building any function. */
    public List<String> kinds() {
        List<String> kinds = new java.util.ArrayList<>(known.size());
        for (FunctionRegistration r : known) {
            kinds.add(r.kind());
        }
        return List.copyOf(kinds);
    }

    private KrmFunction build(FunctionRegistration r) {
        KrmFunction f = built.get(r.name());
        if (f == null) {
            f = r.create();
            built.put(r.name(), f);
        }
        return f;
    }

    /** A function that is already built, as a registration. */
    private static final class Built implements FunctionRegistration {
        private final KrmFunction function;

        Built(KrmFunction function) {
            this.function = function;
        }

        @Override
        public String name() {
            return function.name();
        }

        @Override
        public String kind() {
            return function.schema().kind();
        }

        @Override
        public KrmFunction create() {
            return function;
        }
    }
}
