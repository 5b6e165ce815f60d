package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.List;

/**
 * What a run produced: the objects to hand on, in order, and the results. When the results hold
 * an error, {@code objects} are the input items unchanged: never a half-generated set.
 */
public record Outcome(List<Out> objects, Results results) {

    /** One output object: an input object passed through, or a generated one. */
    public sealed interface Out permits Passed, Made {
    }

    public record Passed(SourceObject source) implements Out {
    }

    /** A generated object and, in the KRM form, the file kpt should write it to. */
    public record Made(GeneratedObject generated, String path, int index) implements Out {
    }

    public boolean failed() {
        return results.hasErrors();
    }
}
