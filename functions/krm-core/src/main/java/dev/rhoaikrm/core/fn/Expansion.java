package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a function sees while it expands one intent: every input object, the facts other intents
 * published (for cross-checks), the environment, and where to put objects and problems.
 */
public final class Expansion implements Problems {
    private final Intent intent;
    private final Inputs inputs;
    private final Environment environment;
    private final Facts facts;
    private final Pipeline pipeline; // for factsOf
    private final Results results;
    private final List<Map<String, Object>> emitted = new ArrayList<>();
    private final Set<SourceObject> consumed = Collections.newSetFromMap(new IdentityHashMap<>());

    Expansion(Intent intent, Inputs inputs, Environment environment, Facts facts,
              Pipeline pipeline, Results results) {
        this.intent = intent;
        this.inputs = inputs;
        this.environment = environment;
        this.facts = facts;
        this.pipeline = pipeline;
        this.results = results;
    }

    public Inputs inputs() {
        return inputs;
    }

    public Environment environment() {
        return environment;
    }

    /** What the other intents of the run published: read another function's intents only through these. */
    public Facts facts() {
        return facts;
    }

    /**
     * The facts of objects from outside the run's input (an intent in another file of the
     * repository, which the intent names by path: read it confined to the repository first): phase
     * 1 of the run's functions over them ({@link Pipeline#publish(List, Environment)}).
     */
    public Facts factsOf(List<SourceObject> objects) {
        return pipeline.publish(objects, environment);
    }

    /** Adds a generated object (plain maps and lists; see {@link Manifests}). */
    public void emit(Map<String, Object> object) {
        emitted.add(object);
    }

    /**
     * Marks an input object as material the intent reads, not a manifest: a saved snapshot of a
     * cluster object, say. Like the intent itself it passes through the KRM door unchanged (kpt
     * keeps its file) and the doors that print plain manifests leave it out, so nothing applies it.
     */
    public void consume(SourceObject input) {
        consumed.add(input);
    }

    /** An error about a field of the intent being expanded. */
    @Override
    public void error(String fieldPath, String message) {
        results.error(intent.source(), fieldPath, message);
    }

    @Override
    public void warning(String fieldPath, String message) {
        results.warning(intent.source(), fieldPath, message);
    }

    /** Information about the intent being expanded (a preview, where a value came from); never fails the run. */
    @Override
    public void info(String fieldPath, String message) {
        results.info(intent.source(), fieldPath, message);
    }

    /** An error about another input object (found by a cross-check). */
    public void errorOn(SourceObject other, String fieldPath, String message) {
        results.error(other, fieldPath, message);
    }

    List<Map<String, Object>> emitted() {
        return emitted;
    }

    Set<SourceObject> consumed() {
        return consumed;
    }
}
