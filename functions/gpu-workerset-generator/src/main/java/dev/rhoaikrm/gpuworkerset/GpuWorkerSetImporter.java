package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-written GPU workers read backwards: the GPU MachineSets of one cluster (grouped into pools
 * by name, instance type and zone), their MachineAutoscalers, the ClusterAutoscaler and the Kueue
 * ClusterQueue and ResourceFlavors become one GpuWorkerSet. What the hand-written nodes do is kept
 * where the intent can say it (an untainted pool gets {@code taint: false}); what the function
 * always does differently is the README's list of fixes ({@link GpuWorkerSetFixes}).
 */
final class GpuWorkerSetImporter {
    static final String MACHINE_GROUP = "machine.openshift.io";
    static final String AUTOSCALING_GROUP = "autoscaling.openshift.io";
    static final String KUEUE_GROUP = "kueue.x-k8s.io";
    private static final String WAVE = "argocd.argoproj.io/sync-wave";

    private final HandWritten in;

    GpuWorkerSetImporter(List<SourceObject> objects) {
        this.in = new HandWritten(objects);
    }

    /** One GPU MachineSet: its platform, cluster and provider spec reader. */
    private record GpuMachineSet(SourceObject source, Platform platform, String infraId, ProviderSpecReader reader) {
    }

    List<Importable.Imported> run() {
        Map<String, List<GpuMachineSet>> byCluster = new LinkedHashMap<>();
        for (SourceObject ms : in.ofKind(MACHINE_GROUP, "MachineSet")) {
            gpuMachineSet(ms).ifPresent(g -> byCluster.computeIfAbsent(g.infraId(), k -> new ArrayList<>()).add(g));
        }
        List<Importable.Imported> out = new ArrayList<>();
        for (Map.Entry<String, List<GpuMachineSet>> cluster : byCluster.entrySet()) {
            String name = byCluster.size() == 1 ? "gpu-workers" : "gpu-workers-" + cluster.getKey();
            out.add(importCluster(name, cluster.getValue(), out.isEmpty()));
        }
        return out;
    }

    /** A MachineSet of AWS, Azure or GCP whose instance type has GPUs (by the catalog, or by its GPU annotation). */
    private static Optional<GpuMachineSet> gpuMachineSet(SourceObject ms) {
        Map<String, Object> map = ms.toMap();
        Map<String, Object> spec = mapAt(map, "spec", "template", "spec", "providerSpec", "value");
        Optional<Platform> platform = Optional.ofNullable(stringAt(spec, "kind")).flatMap(Platform::byProviderKind);
        String infraId = ms.summary().labels().get(SourceMachineSet.CLUSTER_LABEL);
        if (platform.isEmpty() || infraId == null) {
            return Optional.empty();
        }
        ProviderSpecReader reader = new ProviderSpecReader(platform.get(), infraId, spec);
        String type = reader.instanceType();
        boolean gpus = type != null && InstanceCatalog.shipped().find(platform.get().name(), type).isPresent();
        String annotated = ms.summary().annotation(ServerWritten.GPU);
        gpus |= annotated != null && !annotated.equals("0");
        return gpus ? Optional.of(new GpuMachineSet(ms, platform.get(), infraId, reader)) : Optional.empty();
    }

    private Importable.Imported importCluster(String name, List<GpuMachineSet> machineSets, boolean first) {
        List<SourceObject> replaces = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<SourceObject, String> renamed = new LinkedHashMap<>();
        GpuMachineSet head = machineSets.get(0);
        Map<String, Object> cluster = head.reader().cluster();
        Map<String, Map<String, Object>> pools = new LinkedHashMap<>();
        Map<String, String> flavorByProduct = new LinkedHashMap<>();
        for (GpuMachineSet g : machineSets) {
            replaces.add(g.source());
            if (!g.reader().cluster().equals(cluster)) {
                notes.add(g.source().summary().name() + " names other cluster facts than " + head.source().summary().name()
                        + ": the intent states the latter's");
            }
            g.reader().poolFacts(cluster);
            String poolName = poolName(g, pools);
            Map<String, Object> pool = pools.computeIfAbsent(poolName, k -> newPool(k, g, notes));
            String zone = g.reader().zone();
            @SuppressWarnings("unchecked")
            List<Object> zones = (List<Object>) pool.get("zones");
            zones.add(zone);
            String generated = g.infraId() + "-gpu-" + poolName + "-" + g.platform().nameSuffix(zone, g.reader().region());
            renamed.put(g.source(), generated);
            autoscaler(g, generated, pool, replaces, renamed, notes);
            flavorByProduct.putIfAbsent(productOf(g), poolName);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("cluster", cluster);
        spec.put("pools", new ArrayList<>(pools.values()));
        wave(machineSets).ifPresent(w -> spec.put("syncWave", w));
        if (first) {
            ClusterSettingsReader settings = new ClusterSettingsReader(in, head.platform().name(), pools, notes, replaces, renamed);
            settings.clusterAutoscaler().ifPresent(ca -> spec.put("clusterAutoscaler", ca));
            settings.kueue(flavorByProduct).ifPresent(k -> spec.put("kueue", k));
        } else {
            notes.add("the ClusterAutoscaler and Kueue objects go with the first cluster's GpuWorkerSet");
        }
        return new Importable.Imported(HandWritten.intent(GpuWorkerSetSchema.KIND, name, spec), replaces, notes, renamed);
    }

    /**
     * The pool a MachineSet belongs to: the {@code <pool>} of a {@code <infraId>-gpu-<pool>-<zone>}
     * name, else its pool label, else its GPU (l4, l40s, a100...); another instance type under a
     * name already taken gets the type in its name.
     */
    private static String poolName(GpuMachineSet g, Map<String, Map<String, Object>> pools) {
        String suffix = "-" + g.platform().nameSuffix(g.reader().zone(), g.reader().region());
        String msName = g.source().summary().name();
        String prefix = g.infraId() + "-gpu-";
        String name = null;
        if (msName.startsWith(prefix) && msName.endsWith(suffix) && msName.length() > prefix.length() + suffix.length()) {
            name = msName.substring(prefix.length(), msName.length() - suffix.length());
        }
        Object poolLabel = at(g.source().toMap(), "spec", "template", "spec", "metadata", "labels", Pool.POOL_LABEL);
        if (name == null && poolLabel != null) {
            name = String.valueOf(poolLabel);
        }
        if (name == null || !name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?")) {
            name = productOf(g).toLowerCase(Locale.ROOT).replaceFirst("^nvidia-", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
        Map<String, Object> same = pools.get(name);
        if (same != null && !g.reader().instanceType().equals(same.get("instanceType"))) {
            name = name + "-" + g.reader().instanceType().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
        return name;
    }

    private static String productOf(GpuMachineSet g) {
        return InstanceCatalog.shipped().find(g.platform().name(), g.reader().instanceType()).map(t -> t.gpu().product())
                .orElseGet(() -> String.valueOf(Optional.ofNullable(at(g.source().toMap(), "spec", "template", "spec", "metadata", "labels",
                        Pool.PRODUCT_LABEL)).orElseGet(() -> capacityLabels(g).get(Pool.PRODUCT_LABEL))));
    }

    /** The autoscaler's capacity labels annotation of a MachineSet ("k=v,k=v"), as its clusterapi provider parses it. */
    private static Map<String, String> capacityLabels(GpuMachineSet g) {
        Map<String, String> labels = new LinkedHashMap<>();
        String value = g.source().summary().annotation(MachineObjects.CAPACITY_LABELS);
        for (String pair : value == null ? new String[0] : value.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                labels.put(kv[0], kv[1]);
            }
        }
        return labels;
    }

    /** A pool from its first MachineSet: instance type, GPU facts the catalog lacks, disks, node labels, taints, annotations. */
    private static Map<String, Object> newPool(String name, GpuMachineSet g, List<String> notes) {
        Map<String, Object> ms = g.source().toMap();
        Map<String, Object> pool = new LinkedHashMap<>();
        pool.put("name", name);
        pool.put("instanceType", g.reader().instanceType());
        Optional<InstanceType> known = InstanceCatalog.shipped().find(g.platform().name(), g.reader().instanceType());
        Map<String, String> written = g.source().summary().annotations();
        Map<String, Object> labels = new LinkedHashMap<>(mapAt(ms, "spec", "template", "spec", "metadata", "labels"));
        if (known.isEmpty()) {
            Map<String, Object> gpu = new LinkedHashMap<>();
            HandWritten.putIfSet(gpu, "product", Optional.ofNullable(labels.get(Pool.PRODUCT_LABEL))
                    .orElseGet(() -> capacityLabels(g).get(Pool.PRODUCT_LABEL)));
            HandWritten.putIfSet(gpu, "count", number(written.get(ServerWritten.GPU)));
            pool.put("gpu", gpu);
            HandWritten.putIfSet(pool, "vcpu", number(written.get(ServerWritten.VCPU)));
            HandWritten.putIfSet(pool, "memoryMiB", number(written.get(ServerWritten.MEMORY_MB)));
        }
        pool.put("zones", new ArrayList<>());
        pool.put("replicas", new LinkedHashMap<>());
        g.reader().poolSettings(pool);
        taints(listAt(ms, "spec", "template", "spec", "taints"), pool, notes, name);
        labels.remove("node-role.kubernetes.io/worker", "");
        Pools.OWN_LABELS.forEach(labels::remove);
        if (!labels.isEmpty()) {
            Map<String, Object> text = new LinkedHashMap<>();
            labels.forEach((k, v) -> text.put(k, String.valueOf(v)));
            pool.put("labels", text);
        }
        // what the author wrote, not what the server and the controllers did (ServerWritten)
        Map<String, String> annotations = ServerWritten.authored(written);
        annotations.remove(WAVE);
        annotations.remove(dev.rhoaikrm.core.fn.Pipeline.GENERATED_BY);
        if (!annotations.isEmpty()) {
            pool.put("annotations", annotations);
        }
        return pool;
    }

    /** The GPU taint is the default; a pool whose nodes lack it keeps them so ({@code taint: false}), as they were. */
    private static void taints(List<Object> taints, Map<String, Object> pool, List<String> notes, String name) {
        List<Object> others = new ArrayList<>();
        boolean gpuTaint = false;
        for (Object t : taints) {
            if (Pool.GPU_TAINT_KEY.equals(stringAt(t, "key")) && MachineObjects.GPU_TAINT_VALUE.equals(stringAt(t, "value"))
                    && "NoSchedule".equals(stringAt(t, "effect"))) {
                gpuTaint = true;
            } else {
                Map<String, Object> taint = new LinkedHashMap<>();
                taint.put("key", stringAt(t, "key"));
                HandWritten.putIfSet(taint, "value", stringAt(t, "value"));
                taint.put("effect", stringAt(t, "effect"));
                others.add(taint);
            }
        }
        if (!gpuTaint) {
            pool.put("taint", false);
            notes.add("pool " + name + ": the hand-written nodes lack the " + Pool.GPU_TAINT_KEY + "=" + MachineObjects.GPU_TAINT_VALUE
                    + ":NoSchedule taint, so taint: false keeps them without it; remove it to keep"
                    + " other pods off the GPU nodes (workloads then need the nvidia.com/gpu toleration, which ModelServing adds)");
        }
        if (!others.isEmpty()) {
            pool.put("taints", others);
        }
    }

    /** The MachineAutoscaler of the MachineSet: the pool's replicas (the first zone's), claimed and renamed like its MachineSet. */
    @SuppressWarnings("unchecked")
    private void autoscaler(GpuMachineSet g, String generated, Map<String, Object> pool, List<SourceObject> replaces,
                            Map<SourceObject, String> renamed, List<String> notes) {
        Map<String, Object> replicas = (Map<String, Object>) pool.get("replicas");
        for (SourceObject ma : in.ofKind(AUTOSCALING_GROUP, "MachineAutoscaler")) {
            Map<String, Object> spec = mapAt(ma.toMap(), "spec");
            if (g.source().summary().name().equals(stringAt(spec, "scaleTargetRef", "name"))) {
                replaces.add(ma);
                renamed.put(ma, generated);
                Map<String, Object> bounds = new LinkedHashMap<>();
                HandWritten.putIfSet(bounds, "min", number(stringAt(spec, "minReplicas")));
                HandWritten.putIfSet(bounds, "max", number(stringAt(spec, "maxReplicas")));
                if (replicas.isEmpty()) {
                    replicas.putAll(bounds);
                } else if (!replicas.equals(bounds)) {
                    notes.add(ma.summary().name() + " scales " + bounds.get("min") + ".." + bounds.get("max") + ", the pool's first zone "
                            + replicas.get("min") + ".." + replicas.get("max") + ": the intent gives every zone of the pool the latter");
                }
                return;
            }
        }
        if (replicas.isEmpty()) {
            Object fixed = at(g.source().toMap(), "spec", "replicas");
            long n = fixed == null ? 1 : Math.max(1, Long.parseLong(String.valueOf(fixed)));
            replicas.putAll(Manifests.map("min", n, "max", n));
            notes.add(g.source().summary().name() + " has no MachineAutoscaler: the intent adds one that keeps its " + n + " replica(s)");
        }
    }

    private static Optional<Long> wave(List<GpuMachineSet> machineSets) {
        List<String> waves = machineSets.stream().map(g -> g.source().summary().annotation(WAVE)).distinct().toList();
        return waves.size() == 1 && waves.get(0) != null && waves.get(0).matches("-?[1-9][0-9]*") ? Optional.of(Long.parseLong(waves.get(0))) : Optional.empty();
    }

    static Long number(String text) {
        return text == null || !text.matches("-?[0-9]+") ? null : Long.parseLong(text);
    }
}
