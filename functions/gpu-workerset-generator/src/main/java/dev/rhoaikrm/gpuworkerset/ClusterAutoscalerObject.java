package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.AutoscalerSpec;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.GpuLimit;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.MinMax;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.ScaleDown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ClusterAutoscaler: a cluster singleton named {@code default}, so every GpuWorkerSet of the
 * input contributes to one object. Its GPU limits are per accelerator type (the
 * {@code cluster-api/accelerator} label value of the pools, which is what the autoscaler counts),
 * and {@code maxNodesTotal}, written only when an intent states it (the autoscaler counts every node
 * of the cluster, which a GPU intent cannot know; without it there is no limit), must let every pool
 * reach its maximum. Settings stated in several intents must agree.
 */
final class ClusterAutoscalerObject {
    static final String NAME = "default";

    /** One GpuWorkerSet's share: its pools, and its clusterAutoscaler section when it states one. */
    record Member(Intent intent, GpuWorkerSet spec, String infraId, List<Pool> pools) {
        boolean states() {
            return spec.clusterAutoscaler().isPresent();
        }

        /** The stated section (only called on members that state one). */
        AutoscalerSpec settings() {
            return spec.clusterAutoscaler().orElseThrow();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> raw() {
            Object v = Maps.at(intent.source().toMap(), "spec", "clusterAutoscaler");
            return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }
    }

    private final List<Member> owners;
    private final Expansion out;

    private ClusterAutoscalerObject(List<Member> owners, Expansion out) {
        this.owners = owners;
        this.out = out;
    }

    /** The merged ClusterAutoscaler, or empty when no intent asks for one or the intents disagree (reported). */
    static Optional<Map<String, Object>> build(List<Member> members, Expansion out) {
        List<Member> owners = new ArrayList<>();
        for (Member m : members) {
            if (m.states()) {
                owners.add(m);
            }
        }
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        Member first = owners.get(0);
        boolean ok = true;
        for (Member m : members) {
            if (!m.infraId().equals(first.infraId())) {
                out.errorOn(m.intent().source(), "spec.cluster", "is cluster " + m.infraId() + ", but " + describe(first)
                        + " is cluster " + first.infraId() + ": the ClusterAutoscaler is one per cluster, so render each cluster's"
                        + " GpuWorkerSets apart");
                ok = false;
            }
        }
        ClusterAutoscalerObject ca = new ClusterAutoscalerObject(owners, out);
        ok &= ca.agree();
        return ok ? ca.object(members) : Optional.empty();
    }

    private static String describe(Member m) {
        return "GpuWorkerSet/" + m.intent().name() + " (" + m.intent().source().file() + ")";
    }

    /** Every setting stated by two intents must be the same; what only one states applies to all. */
    @SuppressWarnings("unchecked")
    private boolean agree() {
        boolean ok = true;
        Map<String, Object> seen = new LinkedHashMap<>();
        Map<String, Member> by = new LinkedHashMap<>();
        for (Member m : owners) {
            Map<String, Object> flat = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : m.raw().entrySet()) {
                if (e.getKey().equals("scaleDown") && e.getValue() instanceof Map<?, ?> sd) {
                    for (Map.Entry<String, Object> s : ((Map<String, Object>) sd).entrySet()) {
                        flat.put("scaleDown." + s.getKey(), s.getValue());
                    }
                } else {
                    flat.put(e.getKey(), e.getValue());
                }
            }
            for (Map.Entry<String, Object> e : flat.entrySet()) {
                Object before = seen.putIfAbsent(e.getKey(), e.getValue());
                if (before != null && !Objects.equals(before, e.getValue())) {
                    out.errorOn(m.intent().source(), "spec.clusterAutoscaler." + e.getKey(), show(e.getValue()) + " differs from "
                            + show(before) + " in " + describe(by.get(e.getKey())) + "; the ClusterAutoscaler is a cluster singleton"
                            + " (named default) that GpuWorkerSets of one input share: state it in one of them, or the same in each");
                    ok = false;
                }
                by.putIfAbsent(e.getKey(), m);
            }
        }
        return ok;
    }

    private static String show(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    /** Where a setting comes from: the first intent that states it, else the (first owner's) default. */
    private AutoscalerSpec settingsStating(String field) {
        return stating(field).settings();
    }

    /** Where a scale-down setting comes from, likewise. */
    private ScaleDown scaleDownStating(String field) {
        for (Member m : owners) {
            if (m.settings().scaleDown().at().has(field)) {
                return m.settings().scaleDown();
            }
        }
        return owners.get(0).settings().scaleDown();
    }

    /** The intent stating a field (for error paths), else the first owner. */
    private Member stating(String field) {
        for (Member m : owners) {
            if (m.settings().at().has(field)) {
                return m;
            }
        }
        return owners.get(0);
    }

    private Optional<Map<String, Object>> object(List<Member> members) {
        List<Pool> pools = new ArrayList<>();
        for (Member m : members) {
            pools.addAll(m.pools());
        }
        boolean maxNodesOk = checkMaxNodesTotal(pools);
        Optional<List<Map<String, Object>>> gpus = gpuLimits(pools);
        if (!maxNodesOk || gpus.isEmpty()) {
            return Optional.empty();
        }
        AutoscalerSpec expandersFrom = settingsStating("expanders");
        List<String> expanders = expandersFrom.at().has("expanders") ? expandersFrom.expanders() : null;
        // spec keys in the API's (alphabetical) order, as oc prints them; unset fields are dropped by the core
        Map<String, Object> scaleDown = new TreeMap<>();
        for (String field : List.of("delayAfterAdd", "delayAfterDelete", "delayAfterFailure", "unneededTime", "utilizationThreshold")) {
            ScaleDown s = scaleDownStating(field);
            scaleDown.put(field, switch (field) {
                case "delayAfterAdd" -> s.delayAfterAdd();
                case "delayAfterDelete" -> s.delayAfterDelete();
                case "delayAfterFailure" -> s.delayAfterFailure();
                case "unneededTime" -> s.unneededTime();
                default -> s.utilizationThreshold().orElse(null);
            });
        }
        scaleDown.put("enabled", scaleDownStating("enabled").enabled());
        Map<String, Object> resourceLimits = new TreeMap<>();
        resourceLimits.put("maxNodesTotal", settingsStating("maxNodesTotal").maxNodesTotal().orElse(null));
        resourceLimits.put("gpus", gpus.get());
        Optional<MinMax> cores = settingsStating("cores").cores();
        if (cores.isPresent()) {
            resourceLimits.put("cores", range(cores.get()));
        }
        Optional<MinMax> memory = settingsStating("memoryGiB").memoryGiB();
        if (memory.isPresent()) {
            resourceLimits.put("memory", range(memory.get()));
        }
        Map<String, Object> spec = new TreeMap<>();
        spec.put("podPriorityThreshold", settingsStating("podPriorityThreshold").podPriorityThreshold());
        spec.put("resourceLimits", resourceLimits);
        spec.put("scaleDown", scaleDown);
        spec.put("balanceSimilarNodeGroups", settingsStating("balanceSimilarNodeGroups").balanceSimilarNodeGroups());
        spec.put("skipNodesWithLocalStorage", settingsStating("skipNodesWithLocalStorage").skipNodesWithLocalStorage());
        spec.put("ignoreDaemonsetsUtilization", settingsStating("ignoreDaemonsetsUtilization").ignoreDaemonsetsUtilization().orElse(null));
        spec.put("maxPodGracePeriod", settingsStating("maxPodGracePeriod").maxPodGracePeriod());
        spec.put("maxNodeProvisionTime", settingsStating("maxNodeProvisionTime").maxNodeProvisionTime());
        spec.put("expanders", expanders);
        spec.values().removeAll(java.util.Collections.singleton(null));
        Map<String, Object> object = map("apiVersion", "autoscaling.openshift.io/v1", "kind", "ClusterAutoscaler",
                "metadata", map("name", NAME, "annotations", map("argocd.argoproj.io/sync-options", "ServerSideApply=false")),
                "spec", spec);
        return Optional.of(object);
    }

    /**
     * A stated maxNodesTotal must let every pool reach its maximum: at least control plane + other
     * workers + every pool at its maximum. None stated: nothing to check, and none is written (the
     * operator passes --max-nodes-total only when it is set: openshift/cluster-autoscaler-operator
     * pkg/controller/clusterautoscaler/clusterautoscaler.go; unset, the autoscaler has no node limit).
     */
    private boolean checkMaxNodesTotal(List<Pool> pools) {
        Member stating = stating("maxNodesTotal");
        if (stating.settings().maxNodesTotal().isEmpty()) {
            return true;
        }
        long controlPlane = settingsStating("controlPlaneNodes").controlPlaneNodes();
        long others = settingsStating("otherWorkerNodes").otherWorkerNodes();
        long gpuNodes = 0;
        for (Pool p : pools) {
            gpuNodes += p.maxNodes();
        }
        long needed = controlPlane + others + gpuNodes;
        long stated = stating.settings().maxNodesTotal().get();
        if (stated < needed) {
            out.errorOn(stating.intent().source(), stating.settings().at().pathOf("maxNodesTotal"), stated + " is below what the cluster"
                    + " can reach: " + controlPlane + " control plane + " + others + " other workers + " + gpuNodes + " GPU nodes ("
                    + described(pools) + ") = " + needed);
            return false;
        }
        return true;
    }

    /** Per accelerator type, the pools' GPUs at their maximum; stated limits must be at least that. */
    private Optional<List<Map<String, Object>>> gpuLimits(List<Pool> pools) {
        Map<String, Long> reach = new TreeMap<>();
        for (Pool p : pools) {
            reach.put(p.gpu().accelerator(), reach.getOrDefault(p.gpu().accelerator(), 0L) + p.maxGpus());
        }
        Member stating = stating("gpus");
        List<GpuLimit> stated = stating.settings().gpus();
        Map<String, Map<String, Object>> limits = new LinkedHashMap<>();
        boolean ok = true;
        for (GpuLimit g : stated) {
            String type = g.type();
            long needed = reach.getOrDefault(type, 0L);
            if (limits.containsKey(type)) {
                out.errorOn(stating.intent().source(), g.at().pathOf("type"), type + " is listed twice");
                ok = false;
            } else if (g.min() > g.max()) {
                out.errorOn(stating.intent().source(), g.at().pathOf("min"), "min " + g.min() + " is more than max " + g.max());
                ok = false;
            } else if (g.max() < needed) {
                out.errorOn(stating.intent().source(), g.at().pathOf("max"), g.max() + " is below the " + needed + " " + type
                        + " GPUs the pools can reach (" + reaching(pools, type) + ")");
                ok = false;
            }
            limits.put(type, gpu(type, g.min(), g.max()));
        }
        for (Map.Entry<String, Long> r : reach.entrySet()) {
            limits.putIfAbsent(r.getKey(), gpu(r.getKey(), 0, r.getValue()));
        }
        return ok ? Optional.of(new ArrayList<>(limits.values())) : Optional.empty();
    }

    /** The pools, for a message. */
    private static String described(List<Pool> pools) {
        List<String> described = new ArrayList<>();
        for (Pool p : pools) {
            described.add(p.describe());
        }
        return String.join(", ", described);
    }

    /** The pools of one accelerator type with their GPUs, for a message. */
    private static String reaching(List<Pool> pools, String type) {
        List<String> reaching = new ArrayList<>();
        for (Pool p : pools) {
            if (p.gpu().accelerator().equals(type)) {
                reaching.add(p.describe() + " × " + p.gpu().count() + " GPUs");
            }
        }
        return String.join(", ", reaching);
    }

    private static Map<String, Object> range(MinMax range) {
        return new TreeMap<>(Map.of("min", range.min(), "max", range.max()));
    }

    private static Map<String, Object> gpu(String type, long min, long max) {
        return map("max", max, "min", min, "type", type);
    }
}
