package dev.rhoaikrm.core.importing;

import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A function that can work backwards: find, among hand-written objects, the ones it would
 * generate, and write the intents that reproduce them. {@code rhoai-krm import} renders each
 * intent again and reports every field the intent could not express, marking those that are
 * fixes the function's README documents ({@link #fixes()}).
 */
public interface Importable {

    /**
     * An intent and the hand-written objects it replaces.
     *
     * @param renamedTo hand-written objects the intent generates under another name (same kind),
     *                  so that the report compares the right pair
     */
    record Imported(Map<String, Object> intent, List<SourceObject> replaces, List<String> notes, Map<SourceObject, String> renamedTo) {
        public Imported(Map<String, Object> intent, List<SourceObject> replaces, List<String> notes) {
            this(intent, replaces, notes, Map.of());
        }
    }

    /**
     * A difference the function makes on purpose: generated objects of {@code kind} ("*": any)
     * differ from hand-written ones at {@code path}, the field path as the report prints it (the
     * field itself, not what is below it; a trailing {@code *} makes it a plain prefix;
     * {@link #RENAMED}, {@link #NOT_GENERATED} and {@link #GENERATED} stand for whole objects), and,
     * when {@code change} is set, only in the way it says: a regular expression the difference
     * must start with ("added", "Managed -> Unmanaged$"). So a fix
     * covers the fields and values it names, and any other difference there goes to review.
     * {@code name} is text of the function README's "Differences from the reference" table
     * (backticks aside), which a test checks, so every difference the report calls a fix is documented.
     */
    record Fix(String kind, String path, String change, String name) {
        public static final String RENAMED = "(renamed)";
        public static final String NOT_GENERATED = "(not generated)";
        public static final String GENERATED = "(generated)";

        /** A fix for any change at the path. */
        public Fix(String kind, String path, String name) {
            this(kind, path, null, name);
        }

        /** The change that sets a field to {@code value}: added with it, or changed from another value. */
        public static String setTo(String value) {
            return "(added |.* -> )" + Pattern.quote(value) + "$";
        }

        /** Whether it covers the difference {@code difference} ("added x", "a -> b", ...) at {@code fieldPath}. */
        public boolean covers(String objectKind, String fieldPath, String difference) {
            if (!kind.equals("*") && !kind.equals(objectKind)
                    || change != null && !Pattern.compile(change).matcher(difference).lookingAt()) {
                return false;
            }
            return path.endsWith("*") ? fieldPath.startsWith(path.substring(0, path.length() - 1)) : fieldPath.equals(path);
        }
    }

    /** The intents for the objects this function would generate; {@code objects} are those no earlier function took. */
    List<Imported> importFrom(List<SourceObject> objects);

    /** The differences from hand-written objects this function makes on purpose, each documented in its README. */
    default List<Fix> fixes() {
        return List.of();
    }
}
