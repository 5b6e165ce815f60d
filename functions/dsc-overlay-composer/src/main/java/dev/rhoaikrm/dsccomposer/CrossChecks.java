package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Inputs;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.yaml.ObjectSummary;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks against the other objects of the same input (one kpt package, one kustomization with the
 * intent as a transformer, one Helm stream): the Kueue ClusterQueue the DataScienceCluster names,
 * and the OLM Subscriptions of the operators its components need. Only warnings: the objects may
 * well live in another Application. An input that holds nothing but this function's intents (a
 * kustomize generator sees only its config) has nothing to check against, so nothing is said.
 */
final class CrossChecks {
    static final String KUEUE_GROUP = "kueue.x-k8s.io";
    static final String OLM_GROUP = "operators.coreos.com";
    /** Files that are tooling, not cluster objects: a Kptfile, a kustomization, kustomize's function configs. */
    private static final Set<String> TOOLING_GROUPS = Set.of("kpt.dev", "kustomize.config.k8s.io", "config.kubernetes.io", "fn.kpt.dev");

    private final Inputs inputs;
    private final Expansion out;

    CrossChecks(Expansion out) {
        this.out = out;
        this.inputs = out.inputs();
    }

    /** Whether the input holds anything to check against (each fact read once per run: every intent asks). */
    boolean applicable() {
        return inputs.derived("dsc-cross-checks-applicable", in -> in.all().stream().anyMatch(CrossChecks::isOther));
    }

    private static boolean isOther(SourceObject o) {
        ObjectSummary s = o.summary();
        if (s.kind() == null || TOOLING_GROUPS.contains(s.group())) {
            return false;
        }
        String by = s.annotation(Pipeline.GENERATED_BY);
        if (by != null && by.startsWith(DscComposerFunction.NAME + "/")) {
            return false; // what this function made last time (kpt keeps it in the package)
        }
        return !(Pipeline.INTENT_GROUP.equals(s.group()) && DscCompositionSchema.KIND.equals(s.kind()));
    }

    /**
     * kueue.defaultClusterQueueName must name a ClusterQueue of the input, hand-written or made by
     * gpu-workerset-generator (its intents' spec.kueue.clusterQueue). With kueue Unmanaged the
     * operator creates a missing one itself, with its own quotas: a warning, not an error.
     */
    void clusterQueue(Composition c, BoundObject overrides) {
        Object queue = c.value("kueue.defaultClusterQueueName");
        if (!c.enabled("kueue") || queue == null) {
            return;
        }
        Set<String> queues = inputs.derived("dsc-cluster-queues", CrossChecks::clusterQueues);
        if (!queues.contains(String.valueOf(queue))) {
            out.warning(overrides.object("kueue").pathOf("defaultClusterQueueName"), "no ClusterQueue \"" + queue
                    + "\" in the input (" + (queues.isEmpty() ? "there is none" : "ClusterQueues: " + String.join(", ", queues))
                    + "): the RHOAI operator creates one by that name with its own quotas, and the LocalQueues it makes point to it;"
                    + " name the ClusterQueue that holds your quota");
        }
    }

    private static Set<String> clusterQueues(Inputs inputs) {
        Set<String> queues = new TreeSet<>();
        for (SourceObject o : inputs.all()) {
            ObjectSummary s = o.summary();
            if (KUEUE_GROUP.equals(s.group()) && "ClusterQueue".equals(s.kind()) && s.name() != null) {
                queues.add(s.name());
            } else if (Pipeline.INTENT_GROUP.equals(s.group()) && "GpuWorkerSet".equals(s.kind())) {
                queues.addAll(gpuWorkerSetQueue(o));
            }
        }
        return queues;
    }

    @SuppressWarnings("unchecked")
    private static List<String> gpuWorkerSetQueue(SourceObject intent) {
        try {
            Object spec = intent.toMap().get("spec");
            Object kueue = spec instanceof Map<?, ?> m ? m.get("kueue") : null;
            Object queue = kueue instanceof Map<?, ?> k ? k.get("clusterQueue") : null;
            if (queue instanceof Map<?, ?> q) {
                queue = ((Map<String, Object>) q).get("name");
            }
            return queue instanceof String name ? List.of(name) : List.of();
        } catch (YamlInputException e) {
            return List.of(); // malformed: gpu-workerset-generator reports it
        }
    }

    /** Every enabled component whose prerequisite operator has no Subscription (by package, spec.name) in the input. */
    void subscriptions(Release release, Composition c, BoundObject overrides) {
        Set<String> packages = inputs.derived("dsc-subscribed-packages", CrossChecks::subscribedPackages);
        for (Release.Prerequisite p : release.prerequisites) {
            if (!p.when().contains(c.state(p.component())) || !conditionsHold(p, c)) {
                continue;
            }
            if (p.packages().stream().noneMatch(packages::contains)) {
                out.warning(overrides.pathOf(p.component()), p.component() + " (" + c.state(p.component()) + ") needs "
                        + p.operator() + ": no Subscription with spec.name " + String.join(" or ", p.packages())
                        + " in the input" + (packages.isEmpty() ? "" : " (Subscriptions: " + String.join(", ", packages) + ")"));
            }
        }
    }

    private static Set<String> subscribedPackages(Inputs inputs) {
        Set<String> packages = new TreeSet<>();
        for (SourceObject o : inputs.ofKind(OLM_GROUP, "Subscription")) {
            try {
                if (o.toMap().get("spec") instanceof Map<?, ?> spec && spec.get("name") instanceof String name) {
                    packages.add(name);
                }
            } catch (YamlInputException e) {
                // not ours to report
            }
        }
        return packages;
    }

    private static boolean conditionsHold(Release.Prerequisite p, Composition c) {
        return p.conditions().entrySet().stream()
                .allMatch(e -> e.getValue().equals(String.valueOf(c.value(p.component() + "." + e.getKey()))));
    }
}
