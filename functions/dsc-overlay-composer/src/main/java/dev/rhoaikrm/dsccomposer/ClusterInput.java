package dev.rhoaikrm.dsccomposer;

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

    /** An object of the input by apiVersion, kind and name (operator instances such as a JobSetOperator). */
    private record Named(String apiVersion, String kind, String name) {
    }

    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Set<String> crds = new TreeSet<>();
    private final List<Named> objects = new ArrayList<>();

    ClusterInput(List<SourceObject> objects) {
        for (SourceObject o : objects) {
            ObjectSummary s = o.summary();
            if (OLM_GROUP.equals(s.group()) && "Subscription".equals(s.kind())) {
                subscriptions.add(new Subscription(s.name(), s.namespace(), packageOf(o)));
            } else if ("apiextensions.k8s.io".equals(s.group()) && "CustomResourceDefinition".equals(s.kind()) && s.name() != null) {
                crds.add(s.name());
            }
            if (s.kind() != null && s.name() != null) {
                this.objects.add(new Named(s.apiVersion(), s.kind(), s.name()));
            }
        }
    }

    /** This input and the operator layer the composition generates (what the cluster will hold once both sync). */
    @SuppressWarnings("unchecked")
    ClusterInput with(List<Map<String, Object>> generated) {
        ClusterInput out = new ClusterInput(List.of());
        out.subscriptions.addAll(subscriptions);
        out.crds.addAll(crds);
        out.objects.addAll(objects);
        for (Map<String, Object> o : generated) {
            Map<String, Object> meta = (Map<String, Object>) o.get("metadata");
            String name = (String) meta.get("name");
            if ("Subscription".equals(o.get("kind")) && String.valueOf(o.get("apiVersion")).startsWith(OLM_GROUP + "/")) {
                out.subscriptions.add(new Subscription(name, (String) meta.get("namespace"), (String) ((Map<String, Object>) o.get("spec")).get("name")));
            }
            out.objects.add(new Named((String) o.get("apiVersion"), (String) o.get("kind"), name));
        }
        return out;
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
        List<String> names = new ArrayList<>();
        for (Named o : objects) {
            if (kind.equals(o.kind()) && apiVersion.equals(o.apiVersion())) {
                names.add(o.name());
            }
        }
        return names;
    }
}
