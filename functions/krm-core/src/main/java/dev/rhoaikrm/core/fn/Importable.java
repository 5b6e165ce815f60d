package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.List;
import java.util.Map;

/**
 * A function that can work backwards: find, among hand-written objects, the ones it would
 * generate, and write the intents that reproduce them. {@code rhoai-krm import} renders each
 * intent again and reports every field the intent could not express.
 */
public interface Importable {

    /** An intent and the hand-written objects it replaces. */
    record Imported(Map<String, Object> intent, List<SourceObject> replaces, List<String> notes) {
    }

    List<Imported> importFrom(List<SourceObject> objects);
}
