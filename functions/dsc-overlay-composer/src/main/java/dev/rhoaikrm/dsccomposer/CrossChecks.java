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
import java.util.function.Function;

/**
 * Checks against the other objects of the same input (one kpt package, one kustomization with the
 * intent as a transformer, one Helm stream): the Kueue ClusterQueue the DataScienceCluster names
 * and the Application's AppProject (warnings: the objects may well live in another Application),
 * and what the operator checks ({@link OperatorChecks}, from {@link #cluster}). An input that holds nothing but this function's intents (a
 * kustomize generator sees only its config) has nothing to check against, so nothing is said.
 */
final class CrossChecks {
    static final String KUEUE_GROUP = "kueue.x-k8s.io";
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
        return derived("dsc-cross-checks-applicable", FromInput.APPLICABLE);
    }

    /**
     * What the checks read from the whole input, once per run ({@link Inputs#derived}); constants
     * rather than lambdas, which JDK 17 links on the first call of every render.
     */
    private enum FromInput implements Function<Inputs, Object> {
        APPLICABLE {
            @Override
            public Object apply(Inputs in) {
                for (SourceObject o : in.all()) {
                    if (isOther(o)) {
                        return true;
                    }
                }
                return false;
            }
        },
        CLUSTER_QUEUES {
            @Override
            public Object apply(Inputs in) {
                return clusterQueues(in);
            }
        },
        CLUSTER {
            @Override
            public Object apply(Inputs in) {
                return new ClusterInput(in.all());
            }
        },
        APP_PROJECTS {
            @Override
            public Object apply(Inputs in) {
                return appProjects(in);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T derived(Object key, FromInput what) {
        return (T) inputs.derived(key, what);
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
        return !(Pipeline.INTENT_GROUP.equals(s.group()) && DataScienceClusterCompositionSchema.KIND.equals(s.kind()));
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
        Set<String> queues = derived("dsc-cluster-queues", FromInput.CLUSTER_QUEUES);
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

    /** What the input says about the cluster (Subscriptions, CRDs, operator instances), for {@link OperatorChecks}. */
    ClusterInput cluster() {
        return derived(ClusterInput.class, FromInput.CLUSTER);
    }

    /**
     * The Application's AppProject: ArgoCD refuses to sync an Application whose project does not
     * exist. "default" always does; another one must be an AppProject of the input (argoproj.io, or
     * the projects of an AppSetDiscovery intent) when the input defines any. A warning: the project
     * may come from another Application.
     */
    void project(DataScienceClusterComposition.Application application) {
        String project = application.project();
        if (DataScienceClusterComposition.DEFAULT_PROJECT.equals(project)) {
            return;
        }
        Set<String> projects = derived("dsc-app-projects", FromInput.APP_PROJECTS);
        if (!projects.isEmpty() && !projects.contains(project)) {
            out.warning(application.at().pathOf("project"), "no AppProject \"" + project + "\" in the input (AppProjects: "
                    + String.join(", ", projects) + "): ArgoCD does not sync an Application whose project does not exist;"
                    + " name one of them, or \"default\"");
        }
    }

    /** The AppProjects of the input, hand-written or an AppSetDiscovery's (read once per run: every intent asks). */
    private static Set<String> appProjects(Inputs inputs) {
        Set<String> projects = new TreeSet<>();
        for (SourceObject o : inputs.ofKind("argoproj.io", "AppProject")) {
            if (o.summary().name() != null) {
                projects.add(o.summary().name());
            }
        }
        for (SourceObject o : inputs.ofKind(Pipeline.INTENT_GROUP, "AppSetDiscovery")) {
            projects.addAll(appSetDiscoveryProjects(o));
        }
        return projects;
    }

    private static List<String> appSetDiscoveryProjects(SourceObject intent) {
        try {
            Object spec = intent.toMap().get("spec");
            Object projects = spec instanceof Map<?, ?> m ? m.get("projects") : null;
            List<String> names = new java.util.ArrayList<>();
            if (projects instanceof List<?> l) {
                for (Object p : l) {
                    if (p instanceof Map<?, ?> pm && pm.get("name") instanceof String name) {
                        names.add(name);
                    }
                }
            }
            return names;
        } catch (YamlInputException e) {
            return List.of(); // malformed: appset-discovery-generator reports it
        }
    }
}
