package dev.rhoaikrm.dsccomposer;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.fn.Manifests;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The objects of an {@link OperatorLayer.Plan}: per operator its Namespace (unless it is
 * openshift-operators, or another operator's), OperatorGroup of the shape its CSV allows (none in
 * openshift-operators, which has global-operators: a namespace must never have two), Subscription
 * named as the RHOAI operator looks it up, all at the operators' sync wave; then the instances the
 * operators need, at the instances' wave, with SkipDryRunOnMissingResource (their CRDs come with
 * the operators, in the same sync). Plain maps, in the key order OLM's documentation writes them.
 */
final class LayerObjects {
    static final String OLM_V1 = "operators.coreos.com/v1";
    static final String OLM_V1ALPHA1 = "operators.coreos.com/v1alpha1";
    static final String MARKETPLACE = "openshift-marketplace";
    static final String OPENSHIFT_OPERATORS = "openshift-operators";
    static final String SYNC_OPTIONS = "argocd.argoproj.io/sync-options";
    static final String SKIP_DRY_RUN = "SkipDryRunOnMissingResource=true";

    private LayerObjects() {
    }

    static List<Map<String, Object>> of(OperatorLayer.Plan plan, Composition c, long operatorsWave, long instancesWave) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> namespaces = new LinkedHashSet<>();
        for (OperatorLayer.Planned p : plan.operators()) {
            Release.Install install = p.install();
            String ns = install.namespace();
            if (!ns.equals(OPENSHIFT_OPERATORS) && namespaces.add(ns)) {
                out.add(wave(namespace(ns, install.namespaceLabels()), operatorsWave));
                if (!install.operatorGroup().equals(Release.Install.EXISTING)) {
                    out.add(wave(operatorGroup(ns, install.operatorGroup()), operatorsWave));
                }
            }
            out.add(wave(subscription(p), operatorsWave));
        }
        for (OperatorLayer.Planned p : plan.operators()) {
            Release.Instance instance = p.install().instance();
            if (instance != null) {
                Map<String, Object> o = wave(instance(instance, c), instancesWave);
                Manifests.annotationsOf(o).put(SYNC_OPTIONS, SKIP_DRY_RUN);
                out.add(o);
            }
        }
        return out;
    }

    private static Map<String, Object> wave(Map<String, Object> object, long wave) {
        Manifests.annotationsOf(object).put(DscObjects.WAVE, String.valueOf(wave));
        return object;
    }

    static Map<String, Object> namespace(String name, Map<String, String> labels) {
        Map<String, Object> metadata = map("name", name);
        if (!labels.isEmpty()) {
            metadata.put("labels", new TreeMap<>(labels));
        }
        return map("apiVersion", "v1", "kind", "Namespace", "metadata", metadata);
    }

    /** Named after its namespace; AllNamespaces: no target namespaces (global); OwnNamespace: the namespace itself. */
    static Map<String, Object> operatorGroup(String namespace, String shape) {
        Map<String, Object> spec = shape.equals(Release.Install.OWN_NAMESPACE)
                ? map("targetNamespaces", List.of(namespace), "upgradeStrategy", "Default")
                : map("upgradeStrategy", "Default"); // the CRD's default, written so that the cluster adds nothing
        return map("apiVersion", OLM_V1, "kind", "OperatorGroup", "metadata", map("name", namespace, "namespace", namespace), "spec", spec);
    }

    static Map<String, Object> subscription(OperatorLayer.Planned p) {
        Map<String, Object> spec = map(
                "channel", p.channel(),
                "installPlanApproval", p.approval(),
                "name", p.operator().pkg(),
                "source", p.source(),
                "sourceNamespace", MARKETPLACE);
        p.startingCSV().ifPresent(csv -> spec.put("startingCSV", csv));
        return map("apiVersion", OLM_V1ALPHA1, "kind", "Subscription",
                "metadata", map("name", p.operator().subscriptionNameOrPackage(), "namespace", p.install().namespace()),
                "spec", spec);
    }

    /** The instance, with the Red Hat build of Kueue's frameworks from the enabled components. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> instance(Release.Instance instance, Composition c) {
        Map<String, Object> metadata = map("name", instance.name());
        if (instance.namespace() != null) {
            metadata.put("namespace", instance.namespace());
        }
        Map<String, Object> spec = DscObjects.deepCopy(instance.spec());
        if (!instance.frameworks().isEmpty()) {
            Set<String> frameworks = new LinkedHashSet<>();
            instance.frameworks().forEach((component, list) -> {
                if (component.equals("always") || c.enabled(component)) {
                    frameworks.addAll(list);
                }
            });
            ((Map<String, Object>) spec.computeIfAbsent("config", k -> new TreeMap<>()))
                    .put("integrations", map("frameworks", List.copyOf(frameworks)));
        }
        return map("apiVersion", instance.apiVersion(), "kind", instance.kind(), "metadata", metadata, "spec", spec);
    }
}
