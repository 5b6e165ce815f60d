package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Inputs;
import dev.rhoaikrm.core.yaml.ObjectSummary;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the other objects of the input say about the cluster the DataScienceCluster goes to: the
 * OLM Subscriptions (which operators get installed), the CustomResourceDefinitions, and the
 * objects of any kind (operator instances such as a JobSetOperator).
 */
final class ClusterInput {
    static final String OLM_GROUP = "operators.coreos.com";

    /** A Subscription: its metadata.name (what the RHOAI operator looks up) and spec.name (the package). */
    record Subscription(String name, String namespace, String pkg) {
    }

    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Set<String> crds = new TreeSet<>();
    private final Inputs inputs;

    /** Read once per run ({@link CrossChecks#cluster}): every DataScienceClusterComposition asks. */
    ClusterInput(Inputs inputs) {
        this.inputs = inputs;
        for (SourceObject o : inputs.ofKind(OLM_GROUP, "Subscription")) {
            subscriptions.add(new Subscription(o.summary().name(), o.summary().namespace(), packageOf(o)));
        }
        for (SourceObject o : inputs.ofKind("apiextensions.k8s.io", "CustomResourceDefinition")) {
            if (o.summary().name() != null) {
                crds.add(o.summary().name());
            }
        }
    }

    private static String packageOf(SourceObject subscription) {
        try {
            return subscription.toMap().get("spec") instanceof Map<?, ?> spec && spec.get("name") instanceof String name ? name : null;
        } catch (YamlInputException e) {
            return null; // malformed: not ours to report
        }
    }

    List<Subscription> subscriptions() {
        return subscriptions;
    }

    /** Whether the input carries the cluster's operator layer (a Subscription at all): then what it lacks, the cluster lacks. */
    boolean hasOperatorLayer() {
        return !subscriptions.isEmpty();
    }

    boolean hasCrds() {
        return !crds.isEmpty();
    }

    boolean hasCrd(String name) {
        return crds.contains(name);
    }

    /**
     * The Subscription that installs an operator the way the RHOAI operator finds it, or null: by
     * metadata.name where it looks a Subscription up by name, by package where it looks for the CSV
     * the package installs.
     */
    Subscription installing(Release.Operator op) {
        for (Subscription s : subscriptions) {
            boolean byName = op.subscriptionName() == null || op.subscriptionName().equals(s.name());
            boolean byPackage = op.csvPrefix() == null || op.packages().contains(s.pkg());
            if (byName && byPackage) {
                return s;
            }
        }
        return null;
    }

    /** A Subscription of one of the operator's packages under another metadata.name than the one looked up, or null. */
    Subscription misnamed(Release.Operator op) {
        if (op.subscriptionName() == null) {
            return null;
        }
        return subscriptions.stream().filter(s -> op.packages().contains(s.pkg()) && !op.subscriptionName().equals(s.name()))
                .findFirst().orElse(null);
    }

    /** The names of the input's objects of one apiVersion and kind. */
    List<String> namesOf(String apiVersion, String kind) {
        int slash = apiVersion.indexOf('/');
        List<String> names = new ArrayList<>();
        for (SourceObject o : inputs.ofKind(slash < 0 ? "" : apiVersion.substring(0, slash), kind)) {
            ObjectSummary s = o.summary();
            if (apiVersion.equals(s.apiVersion()) && s.name() != null) {
                names.add(s.name());
            }
        }
        return names;
    }
}
