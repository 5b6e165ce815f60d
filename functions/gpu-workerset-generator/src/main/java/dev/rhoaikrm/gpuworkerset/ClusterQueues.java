package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.KueueSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Kueue ClusterQueues of the input's GpuWorkerSets and the flavors of their CPU and memory.
 *
 * <p>A ClusterQueue is a cluster-wide object: GpuWorkerSets that name one queue share it, as they
 * share the ClusterAutoscaler, and get one queue with the flavors of all their pools (issue #18
 * item 11). A setting stated by several of them must be the same; one stated by one applies to all.
 *
 * <p>Two resource groups: {@code cpu} and {@code memory} under a flavor without node labels (the
 * pools' allocatable CPU and memory at their maximum), and {@code nvidia.com/gpu} under one flavor per
 * pool (its GPUs at its maximum). Kueue assigns a flavor per resource group the workload requests a
 * resource of, trying the group's flavors in order (kubernetes-sigs/kueue ff69552e
 * pkg/scheduler/flavorassigner/flavorassigner.go: assignFlavors iterates the requested resources,
 * findFlavorForPodSets takes the resource group covering each). A CPU-only workload therefore never
 * reaches a GPU flavor, whose node selector and toleration would put it on a GPU node (or scale a
 * GPU pool up for it); one asking for GPUs gets a pool's flavor, and so its node selector.
 */
final class ClusterQueues {

    /** One GpuWorkerSet's share of a queue: its kueue section and its pools in Kueue. */
    record Member(Intent intent, GpuWorkerSet spec, KueueSpec kueue, List<Pool> pools) {
        String describe() {
            return "GpuWorkerSet/" + intent.name() + " (" + intent.source().file() + ")";
        }
    }

    private final Expansion out;

    private ClusterQueues(Expansion out) {
        this.out = out;
    }

    /** Emits every queue and every CPU/memory flavor once; nothing for a queue whose intents disagree (reported). */
    static void build(List<Member> members, Expansion out) {
        Map<String, List<Member>> byQueue = new LinkedHashMap<>();
        for (Member m : members) {
            List<Member> sharing = byQueue.get(m.kueue().clusterQueue());
            if (sharing == null) {
                sharing = new ArrayList<>();
                byQueue.put(m.kueue().clusterQueue(), sharing);
            }
            sharing.add(m);
        }
        ClusterQueues queues = new ClusterQueues(out);
        Map<String, String> flavorVersions = new LinkedHashMap<>();
        Map<String, Member> flavorOwners = new LinkedHashMap<>();
        for (List<Member> sharing : byQueue.values()) {
            Optional<Queue> queue = queues.queue(sharing);
            if (queue.isEmpty()) {
                continue;
            }
            Queue q = queue.get();
            Member first = sharing.get(0);
            String flavor = q.defaultFlavor();
            String before = flavorVersions.putIfAbsent(flavor, q.apiVersion());
            if (before != null && !before.equals(q.apiVersion())) {
                out.errorOn(first.intent().source(), first.kueue().at().pathOf("defaultFlavor"), flavor + " is also the flavor of a"
                        + " queue of " + flavorOwners.get(flavor).describe() + " in " + before + ", this one in " + q.apiVersion()
                        + ": one cluster has one Kueue");
                continue;
            }
            if (before == null) {
                flavorOwners.put(flavor, first);
                out.emit(Decorations.wave(KueueObjects.defaultFlavor(flavor, q.apiVersion()), first.spec().syncWave()));
            }
            out.emit(Decorations.wave(q.object(), first.spec().syncWave()));
        }
    }

    /** One queue's settings, agreed among the intents naming it, and its pools. */
    private record Queue(String name, String apiVersion, String defaultFlavor, Optional<String> cohort, Map<String, String> namespaceSelector,
                         GpuWorkerSet.Preemption preemption, List<Pool> pools) {

        Map<String, Object> object() {
            long milliCpu = 0;
            long memoryMiB = 0;
            List<Object> gpuFlavors = new ArrayList<>();
            for (Pool p : pools) {
                milliCpu += p.maxNodes() * p.type().allocatableMilliCpu();
                memoryMiB += p.maxNodes() * p.type().allocatableMemoryMiB();
                gpuFlavors.add(map("name", p.flavor(), "resources", List.of(map("name", KueueObjects.GPU_RESOURCE, "nominalQuota", p.maxGpus()))));
            }
            Map<String, Object> spec = map();
            if (cohort.isPresent() && !cohort.get().isEmpty()) {
                spec.put(KueueVersions.cohortField(apiVersion), cohort.get());
            }
            // {} admits every namespace; no selector at all would admit none
            spec.put("namespaceSelector", namespaceSelector.isEmpty() ? Manifests.emptyObject() : map("matchLabels", new TreeMap<>(namespaceSelector)));
            spec.put("preemption", map("reclaimWithinCohort", preemption.reclaimWithinCohort(), "withinClusterQueue", preemption.withinClusterQueue()));
            spec.put("resourceGroups", List.of(
                    map("coveredResources", List.of("cpu", "memory"), "flavors", List.of(map("name", defaultFlavor, "resources", List.of(
                            map("name", "cpu", "nominalQuota", KueueObjects.cpu(milliCpu)),
                            map("name", "memory", "nominalQuota", KueueObjects.memory(memoryMiB)))))),
                    map("coveredResources", List.of(KueueObjects.GPU_RESOURCE), "flavors", gpuFlavors)));
            return map("apiVersion", apiVersion, "kind", "ClusterQueue", "metadata", map("name", name), "spec", spec);
        }
    }

    private Optional<Queue> queue(List<Member> sharing) {
        boolean ok = true;
        Optional<Object> apiVersion = agree(sharing, "apiVersion");
        Optional<Object> flavor = agree(sharing, "defaultFlavor");
        Optional<Object> cohort = agree(sharing, "cohort");
        Optional<Object> selector = agree(sharing, "namespaceSelector");
        Optional<Object> preemption = agree(sharing, "preemption");
        for (Optional<Object> setting : java.util.Arrays.asList(apiVersion, flavor, cohort, selector, preemption)) {
            ok &= setting != null; // null: the intents disagree (reported)
        }
        if (!ok) {
            return Optional.empty();
        }
        KueueSpec first = sharing.get(0).kueue();
        List<Pool> pools = new ArrayList<>();
        for (Member m : sharing) {
            pools.addAll(m.pools());
        }
        @SuppressWarnings("unchecked")
        Map<String, String> namespaces = (Map<String, String>) selector.orElse(first.namespaceSelector());
        return Optional.of(new Queue(first.clusterQueue(), (String) apiVersion.orElse(first.resolvedApiVersion()),
                (String) flavor.orElse(first.defaultFlavor()), cohort.isPresent() ? Optional.of((String) cohort.get()) : Optional.empty(), namespaces,
                (GpuWorkerSet.Preemption) preemption.orElse(first.preemption()), pools));
    }

    /**
     * The value intents naming one queue state for a setting: the first stated one (empty when none
     * states it); null after reporting a member that states another.
     */
    private Optional<Object> agree(List<Member> sharing, String field) {
        Member by = null;
        Object value = null;
        boolean ok = true;
        for (Member m : sharing) {
            Optional<Object> v = stated(m, field);
            if (v.isEmpty()) {
                continue;
            }
            if (by == null) {
                by = m;
                value = v.get();
            } else if (!Objects.equals(value, v.get())) {
                out.errorOn(m.intent().source(), m.kueue().at().pathOf(field.equals("apiVersion") && !m.kueue().at().has("apiVersion")
                        ? "rhoaiRelease" : field), show(v.get()) + " differs from " + show(value) + " in " + by.describe() + ", which names the"
                        + " same ClusterQueue " + m.kueue().clusterQueue() + ": state it in one of them, or the same in each");
                ok = false;
            }
        }
        return !ok ? null : Optional.ofNullable(value);
    }

    /** What a member's intent states for a queue setting, empty when it leaves it to the default. */
    private static Optional<Object> stated(Member m, String field) {
        KueueSpec k = m.kueue();
        switch (field) {
            case "apiVersion":
                return k.at().has("apiVersion") || k.at().has("rhoaiRelease") ? Optional.of(k.resolvedApiVersion()) : Optional.empty();
            case "cohort":
                return k.cohort().isPresent() ? Optional.of(k.cohort().get()) : Optional.empty();
            case "defaultFlavor":
                return k.at().has(field) ? Optional.of(k.defaultFlavor()) : Optional.empty();
            case "namespaceSelector":
                return k.at().has(field) ? Optional.of(k.namespaceSelector()) : Optional.empty();
            case "preemption":
                return k.at().has(field) ? Optional.of(k.preemption()) : Optional.empty();
            default:
                throw new IllegalArgumentException(field);
        }
    }

    private static String show(Object v) {
        if (v instanceof GpuWorkerSet.Preemption p) {
            return "{reclaimWithinCohort: " + p.reclaimWithinCohort() + ", withinClusterQueue: " + p.withinClusterQueue() + "}";
        }
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }
}
