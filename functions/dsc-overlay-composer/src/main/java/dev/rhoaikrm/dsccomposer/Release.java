package dev.rhoaikrm.dsccomposer;

import java.util.List;
import java.util.Map;

/**
 * What the composer knows of one RHOAI release: its DataScienceCluster apiVersion and
 * spec.components table (tables/&lt;id&gt;.yaml, derived from the CRD the release shipped), and the
 * facts no schema holds, each with the operator code it was read from (releases/&lt;id&gt;.yaml):
 * equivalents of other releases' names, values the operator refuses, deprecations, the operators
 * it looks for, the checks it makes when it reconciles a component, the DSCInitialization it
 * creates, and the fields the cluster writes back.
 */
final class Release {
    /** What to use in this release instead of a component or field of another one (null: nothing), and why. */
    record Equivalent(String use, String why) {
    }

    /** A value the schema admits and the operator refuses, whatever the cluster holds. */
    record Refusal(String reason, String fix, String source) {
    }

    /** A deprecated field: what a profile that turns it on turns on instead. */
    record Deprecation(List<String> use, String why, String source) {
    }

    /**
     * An operator the RHOAI operator looks for: by a Subscription's metadata.name
     * ({@code subscriptionName}), or by an installed CSV's name prefix ({@code csvPrefix}, which
     * any Subscription of one of {@code packages} installs). Both when both are set.
     */
    record Operator(String id, String name, String subscriptionName, String csvPrefix, List<String> packages, String source,
                    Install install) {
        /** The OLM package a Subscription of spec.operators names (the first of {@code packages}). */
        String pkg() {
            return packages.get(0);
        }

        /** The metadata.name of its Subscription: the name the RHOAI operator looks up, else the package. */
        String subscriptionNameOrPackage() {
            return subscriptionName != null ? subscriptionName : pkg();
        }
    }

    /**
     * How spec.operators installs an operator on this release (releases/2.16.yaml says each field):
     * the channel the release ships on (null when none stays on it; {@code carriedBy} names the
     * moving ones), catalog, namespace, OperatorGroup shape, the operators it needs itself, and the
     * instance it needs.
     */
    record Install(String channel, String carriedBy, String catalog, String namespace, String operatorGroup,
                   Map<String, String> namespaceLabels, List<String> requires, Instance instance, String source) {
        static final String ALL_NAMESPACES = "AllNamespaces";
        static final String OWN_NAMESPACE = "OwnNamespace";
        /** openshift-operators' own global-operators group: no group is written. */
        static final String EXISTING = "existing";
    }

    /**
     * The custom resource an operator needs, named as it requires. {@code frameworks}: for the Red
     * Hat build of Kueue, the workloads to admit per enabled component ("always": in any case).
     */
    record Instance(String apiVersion, String kind, String name, String namespace, Map<String, Object> spec,
                    Map<String, List<String>> frameworks) {
    }

    /** An operator spec.operators never installs on this release, and why. */
    record RefusedOperator(String reason, String source) {
    }

    /**
     * What a check needs of the cluster. {@code operator}, {@code crd}, {@code instance}: that it is
     * there; {@code noOperator}, {@code noCrd}, {@code noInstanceNamedOtherwise}: that it is not;
     * {@code anyComponent}: that one of these components of the same DataScienceCluster is enabled.
     */
    record Need(String kind, String name, List<String> components, Map<String, String> instance) {
        boolean onCluster() {
            return !kind.equals("anyComponent");
        }

        /** A need met by what is absent (noOperator, ...): when it fails, the input shows it, nothing is inferred. */
        boolean forbidsPresence() {
            return kind.startsWith("no");
        }
    }

    /**
     * A check the operator makes when it reconciles a component: when the composed
     * DataScienceCluster matches {@code when} (dotted paths under spec.components, or dsci.* for
     * the DSCInitialization), it needs {@code needs} (none: the match alone is refused). It stops
     * the component, or only sets an informational condition.
     */
    record Check(String id, Map<String, List<String>> when, String at, Need needs, boolean stops, String message, String fix,
                 String source) {
    }

    /** Something in the DataScienceCluster that needs the DSCInitialization's service mesh Managed. */
    record MeshNeed(String id, Map<String, List<String>> when, String message, String source) {
    }

    /** The DSCInitialization the operator creates when none exists, with the CRD's defaults written out. */
    record Dsci(String apiVersion, String name, Map<String, Object> spec, String source, List<MeshNeed> serviceMeshFor) {
    }

    /** A field of a component that something other than Git writes while the component is in one of {@code when}. */
    record WrittenBack(String component, String field, List<String> when, boolean immutable) {
    }

    final String id;
    final String apiVersion;
    /** Where the release's CRD (and so its table) comes from. */
    final String source;
    final FieldSpec components;
    final Facts facts;

    /** The facts of releases/&lt;id&gt;.yaml, as maps keyed by path or id. */
    record Facts(Map<String, Equivalent> equivalents, Map<String, Map<String, Refusal>> refused,
                 Map<String, Deprecation> deprecated, Map<String, Operator> operators, Map<String, RefusedOperator> refusedOperators,
                 List<Check> checks, Dsci dscInitialization, List<WrittenBack> writtenBack) {
    }

    Release(String id, String apiVersion, String source, FieldSpec components, Facts facts) {
        this.id = id;
        this.apiVersion = apiVersion;
        this.source = source;
        this.components = components;
        this.facts = facts;
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

    /** Why this release refuses a value at a dotted path, or null. */
    Refusal refusal(String dottedPath, Object value) {
        Map<String, Refusal> values = facts.refused().get(dottedPath);
        return values == null ? null : values.get(String.valueOf(value));
    }

    Map<String, Equivalent> equivalents() {
        return facts.equivalents();
    }

    List<WrittenBack> writtenBack() {
        return facts.writtenBack();
    }
}
