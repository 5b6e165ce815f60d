package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cluster-wide objects of a GpuWorkerSet read backwards: the ClusterAutoscaler's settings
 * (only those that differ from the intent's defaults, and only limits the function accepts), and
 * the Kueue ClusterQueue covering GPUs with the ResourceFlavors it uses or that select a pool.
 */
final class ClusterSettingsReader {
    private static final String GPU = "nvidia.com/gpu";

    private final HandWritten in;
    private final String platform;
    private final Map<String, Map<String, Object>> pools;
    private final List<String> notes;
    private final List<SourceObject> replaces;
    private final Map<SourceObject, String> renamed;

    ClusterSettingsReader(HandWritten in, String platform, Map<String, Map<String, Object>> pools, List<String> notes,
                          List<SourceObject> replaces, Map<SourceObject, String> renamed) {
        this.in = in;
        this.platform = platform;
        this.pools = pools;
        this.notes = notes;
        this.replaces = replaces;
        this.renamed = renamed;
    }

    Optional<Map<String, Object>> clusterAutoscaler() {
        Optional<SourceObject> found = in.find(GpuWorkerSetImporter.AUTOSCALING_GROUP, "ClusterAutoscaler", ClusterAutoscalerObject.NAME);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        replaces.add(found.get());
        Map<String, Object> spec = mapAt(found.get().toMap(), "spec");
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> limits = mapAt(spec, "resourceLimits");
        long reachNodes = pools.values().stream().mapToLong(p -> maxNodes(p)).sum();
        Long total = GpuWorkerSetImporter.number(stringAt(limits, "maxNodesTotal"));
        if (total != null && total >= 6 + reachNodes) {
            out.put("maxNodesTotal", total);
        } else if (total != null) {
            notes.add("ClusterAutoscaler maxNodesTotal " + total + " is below 3 control plane + 3 other workers + " + reachNodes
                    + " GPU nodes the pools can reach: the intent leaves it out (no node limit; the MachineAutoscalers and GPU limits"
                    + " bound the pools); to keep one, state maxNodesTotal with controlPlaneNodes and otherWorkerNodes");
        }
        minMax(limits, "cores", out, "cores");
        minMax(limits, "memory", out, "memoryGiB");
        gpuLimits(listAt(limits, "gpus"), out);
        HandWritten.putUnlessDefault(out, "podPriorityThreshold", spec.get("podPriorityThreshold"), -10L);
        HandWritten.putUnlessDefault(out, "balanceSimilarNodeGroups", spec.get("balanceSimilarNodeGroups"), true);
        HandWritten.putUnlessDefault(out, "skipNodesWithLocalStorage", spec.get("skipNodesWithLocalStorage"), true);
        HandWritten.putIfSet(out, "ignoreDaemonsetsUtilization", spec.get("ignoreDaemonsetsUtilization"));
        HandWritten.putUnlessDefault(out, "maxPodGracePeriod", spec.get("maxPodGracePeriod"), 600L);
        HandWritten.putUnlessDefault(out, "maxNodeProvisionTime", spec.get("maxNodeProvisionTime"), "15m");
        HandWritten.putIfSet(out, "expanders", spec.get("expanders"));
        Map<String, Object> scaleDown = new LinkedHashMap<>();
        Map<String, Object> sd = mapAt(spec, "scaleDown");
        HandWritten.putUnlessDefault(scaleDown, "enabled", sd.get("enabled"), true);
        Map<String, String> durations = Map.of("delayAfterAdd", "10m", "delayAfterDelete", "5m", "delayAfterFailure", "3m", "unneededTime", "10m");
        new TreeMap<>(durations).forEach((field, byDefault) -> HandWritten.putUnlessDefault(scaleDown, field, sd.get(field), byDefault));
        HandWritten.putIfSet(scaleDown, "utilizationThreshold", sd.get("utilizationThreshold") == null ? null : String.valueOf(sd.get("utilizationThreshold")));
        if (!scaleDown.isEmpty()) {
            out.put("scaleDown", scaleDown);
        }
        return Optional.of(out);
    }

    /** Stated GPU limits the function takes: an accelerator type, with a max the pools cannot exceed; the rest is computed. */
    private void gpuLimits(List<Object> gpus, Map<String, Object> out) {
        Map<String, Long> reach = new TreeMap<>();
        pools.values().forEach(p -> gpu(p).ifPresent(t -> reach.merge(t.gpu().accelerator(), maxNodes(p) * t.gpu().count(), Long::sum)));
        List<Object> kept = new java.util.ArrayList<>();
        for (Object g : gpus) {
            String type = stringAt(g, "type");
            Long max = GpuWorkerSetImporter.number(stringAt(g, "max"));
            if (type == null || !type.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?") || max == null) {
                notes.add("ClusterAutoscaler gpus type " + type + " is not a cluster-api/accelerator value (the autoscaler counts GPUs"
                        + " by that node label, so this limit counted nothing): the intent limits " + String.join(", ", reach.keySet())
                        + " at what the pools can reach");
            } else if (max < reach.getOrDefault(type, 0L)) {
                notes.add("ClusterAutoscaler gpus " + type + " max " + max + " is below the " + reach.get(type) + " GPUs the pools"
                        + " can reach: the intent raises it");
            } else if (!(max.equals(reach.get(type)) && "0".equals(String.valueOf(Objects.requireNonNullElse(at(g, "min"), 0))))) {
                Map<String, Object> limit = new LinkedHashMap<>();
                limit.put("type", type);
                HandWritten.putUnlessDefault(limit, "min", GpuWorkerSetImporter.number(stringAt(g, "min")), 0L);
                limit.put("max", max);
                kept.add(limit);
            }
        }
        if (!kept.isEmpty()) {
            out.put("gpus", kept);
        }
    }

    /** The ClusterQueue covering GPUs, its flavors and those selecting a pool (which name the pool's flavor). */
    Optional<Map<String, Object>> kueue(Map<String, String> poolByProduct) {
        List<SourceObject> queues = in.ofKind(GpuWorkerSetImporter.KUEUE_GROUP, "ClusterQueue").stream()
                .filter(q -> listAt(q.toMap(), "spec", "resourceGroups").stream().anyMatch(g -> listAt(g, "coveredResources").contains(GPU)))
                .toList();
        if (queues.isEmpty()) {
            return Optional.empty();
        }
        SourceObject queue = queues.get(0);
        replaces.add(queue);
        queues.stream().skip(1).forEach(q -> notes.add("ClusterQueue " + q.summary().name() + " also covers GPUs: kept as plain YAML"
                + " (a GpuWorkerSet makes one ClusterQueue)"));
        Map<String, Object> spec = mapAt(queue.toMap(), "spec");
        List<String> used = listAt(spec, "resourceGroups").stream().flatMap(g -> listAt(g, "flavors").stream())
                .map(f -> stringAt(f, "name")).toList();
        // the flavor of a group of CPU and memory alone, as the function writes it
        Optional<String> cpuMemoryFlavor = listAt(spec, "resourceGroups").stream()
                .filter(g -> !listAt(g, "coveredResources").contains(GPU) && listAt(g, "flavors").size() == 1)
                .map(g -> stringAt(listAt(g, "flavors").get(0), "name")).findFirst();
        boolean defaultTaken = cpuMemoryFlavor.isPresent();
        for (SourceObject flavor : in.ofKind(GpuWorkerSetImporter.KUEUE_GROUP, "ResourceFlavor")) {
            Map<String, Object> nodeLabels = mapAt(flavor.toMap(), "spec", "nodeLabels");
            String pool = nodeLabels.containsKey(Pool.POOL_LABEL) ? String.valueOf(nodeLabels.get(Pool.POOL_LABEL))
                    : poolByProduct.get(String.valueOf(nodeLabels.get(Pool.PRODUCT_LABEL)));
            if (pool != null && pools.containsKey(pool)) {
                replaces.add(flavor);
                if (!flavor.summary().name().equals("gpu-" + pool)) {
                    pools.get(pool).putIfAbsent("kueue", new LinkedHashMap<>(Map.of("flavor", flavor.summary().name())));
                }
            } else if (used.contains(flavor.summary().name())) {
                replaces.add(flavor);
                if (!defaultTaken && nodeLabels.isEmpty()) {
                    // a flavor of any node beside the GPUs (the reference's default-gpu): its CPU and memory go to the default flavor
                    renamed.put(flavor, KueueObjects.DEFAULT_FLAVOR);
                    defaultTaken = true;
                }
            }
        }
        Map<String, Object> kueue = new LinkedHashMap<>();
        kueue.put("clusterQueue", queue.summary().name());
        HandWritten.putIfSet(kueue, "cohort", spec.containsKey("cohortName") ? spec.get("cohortName") : spec.get("cohort"));
        Map<String, Object> selector = mapAt(spec, "namespaceSelector");
        if (!mapAt(selector, "matchLabels").isEmpty()) {
            kueue.put("namespaceSelector", mapAt(selector, "matchLabels"));
        }
        Map<String, Object> preemption = new LinkedHashMap<>();
        HandWritten.putUnlessDefault(preemption, "reclaimWithinCohort", at(spec, "preemption", "reclaimWithinCohort"), "Any");
        HandWritten.putUnlessDefault(preemption, "withinClusterQueue", at(spec, "preemption", "withinClusterQueue"), "LowerPriority");
        if (!preemption.isEmpty()) {
            kueue.put("preemption", preemption);
        }
        HandWritten.putUnlessDefault(kueue, "apiVersion", queue.summary().apiVersion(), KueueVersions.apiVersion(KueueVersions.DEFAULT_RELEASE));
        cpuMemoryFlavor.ifPresent(f -> HandWritten.putUnlessDefault(kueue, "defaultFlavor", f, KueueObjects.DEFAULT_FLAVOR));
        return Optional.of(kueue);
    }

    private Optional<InstanceType> gpu(Map<String, Object> pool) {
        Optional<InstanceType> known = InstanceCatalog.shipped().find(platform, String.valueOf(pool.get("instanceType")));
        if (known.isPresent()) {
            return known;
        }
        Object product = at(pool, "gpu", "product");
        Long count = GpuWorkerSetImporter.number(stringAt(pool, "gpu", "count"));
        if (product == null || count == null) {
            return Optional.empty();
        }
        String accelerator = InstanceCatalog.shipped().acceleratorFor(String.valueOf(product))
                .orElse(String.valueOf(product).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return Optional.of(new InstanceType(platform, String.valueOf(pool.get("instanceType")),
                new dev.rhoaikrm.catalog.GpuSpec(String.valueOf(product), count.intValue(), 0, accelerator), 1, 2048));
    }

    private static long maxNodes(Map<String, Object> pool) {
        Long max = GpuWorkerSetImporter.number(stringAt(pool, "replicas", "max"));
        return (max == null ? 1 : max) * listAt(pool, "zones").size();
    }

    private static void minMax(Map<String, Object> limits, String field, Map<String, Object> out, String as) {
        Long min = GpuWorkerSetImporter.number(stringAt(limits, field, "min"));
        Long max = GpuWorkerSetImporter.number(stringAt(limits, field, "max"));
        if (max != null) {
            out.put(as, Manifests.map("min", min == null ? 0L : min, "max", max));
        }
    }

}
