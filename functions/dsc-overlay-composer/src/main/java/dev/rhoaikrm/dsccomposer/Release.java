package dev.rhoaikrm.dsccomposer;

import java.util.List;
import java.util.Map;

/**
 * What the composer knows of one RHOAI release: its DataScienceCluster apiVersion and
 * spec.components table, and the facts no schema holds (equivalents of other releases' names,
 * values the operator refuses, prerequisite operators, fields written back by the cluster).
 * Read from releases/&lt;id&gt;.yaml; see that folder for where each fact comes from.
 */
final class Release {
    /**
     * What to use in this release instead of a component or field of another one, and why. The
     * shape (optional) lets an intent name a field no known release has, so it gets this message
     * instead of "unknown field".
     */
    record Equivalent(String use, String why, FieldSpec shape) {
    }

    /** An operator the component needs while its managementState is one of {@code when} (and the conditions hold). */
    record Prerequisite(String component, List<String> when, Map<String, String> conditions, String operator, List<String> packages) {
    }

    /** A field of a component that something other than Git writes while the component is in one of {@code when}. */
    record WrittenBack(String component, String field, List<String> when, boolean immutable) {
    }

    final String id;
    final String apiVersion;
    /** true when the components table was checked against the release's own CRD schema. */
    final boolean verified;
    final String provenance;
    final FieldSpec components;
    final Map<String, Equivalent> equivalents;
    /** dotted path (kueue.managementState) → refused value → reason. */
    final Map<String, Map<String, String>> refused;
    final List<Prerequisite> prerequisites;
    final List<WrittenBack> writtenBack;

    Release(String id, String apiVersion, boolean verified, String provenance, FieldSpec components,
            Map<String, Equivalent> equivalents, Map<String, Map<String, String>> refused,
            List<Prerequisite> prerequisites, List<WrittenBack> writtenBack) {
        this.id = id;
        this.apiVersion = apiVersion;
        this.verified = verified;
        this.provenance = provenance;
        this.components = components;
        this.equivalents = equivalents;
        this.refused = refused;
        this.prerequisites = prerequisites;
        this.writtenBack = writtenBack;
    }

    String label() {
        return "RHOAI " + id;
    }

    int major() {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }

    /** The table node at a dotted path from spec.components ("kserve.nim.managementState"), or null. */
    FieldSpec field(String dottedPath) {
        return components.at(dottedPath);
    }

    /** The reason this release refuses a value at a dotted path, or null. */
    String refusal(String dottedPath, Object value) {
        Map<String, String> values = refused.get(dottedPath);
        return values == null ? null : values.get(String.valueOf(value));
    }
}
