package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.fn.Expansion;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that could not run for an intent. Each is a warning (strict mode makes it an error) and
 * also a line of the InferenceService's {@value #ANNOTATION} annotation: kustomize and ArgoCD show
 * a plugin's warnings to no one, but the rendered object, its diff and ArgoCD's resource view do.
 */
final class SkippedChecks {
    static final String ANNOTATION = "rhoai-krm.dev/unchecked";

    private final Expansion out;
    private final List<String> reasons = new ArrayList<>();

    SkippedChecks(Expansion out) {
        this.out = out;
    }

    /** Warns at {@code fieldPath} and keeps {@code reason}, a short line for the annotation. */
    void skipped(String fieldPath, String warning, String reason) {
        out.warning(fieldPath, warning);
        reasons.add(reason);
    }

    /** The annotation's value, or null when every check ran. */
    String annotation() {
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }
}
