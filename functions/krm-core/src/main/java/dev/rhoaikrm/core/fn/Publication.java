package dev.rhoaikrm.core.fn;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link KrmFunction#publish} puts the facts of one intent, with what it may read to work
 * them out (the input objects, the environment). Nothing is reported from here: the intent's own
 * expansion reports its problems.
 */
public final class Publication {
    private final IntentRef intent;
    private final Inputs inputs;
    private final Environment environment;
    private final List<Object> facts = new ArrayList<>();
    private boolean failed;

    Publication(IntentRef intent, Inputs inputs, Environment environment) {
        this.intent = intent;
        this.inputs = inputs;
        this.environment = environment;
    }

    /** The intent being published, to put in each fact. */
    public IntentRef intent() {
        return intent;
    }

    public Inputs inputs() {
        return inputs;
    }

    public Environment environment() {
        return environment;
    }

    /** One fact of the intent: a record of a type shared with its consumers (platform-catalog's facts). */
    public void publish(Object fact) {
        facts.add(fact);
    }

    /**
     * The intent does not resolve (its expansion will say why): it publishes nothing, not even what
     * it published before this call, and consumers are told ({@link Facts#withErrors}).
     */
    public void hasErrors() {
        failed = true;
    }

    /** Hands what was published to the run's facts. */
    void into(Facts.Builder builder) {
        if (failed) {
            builder.hasErrors(intent);
        } else {
            for (Object fact : facts) {
                builder.fact(intent, fact);
            }
        }
    }
}
