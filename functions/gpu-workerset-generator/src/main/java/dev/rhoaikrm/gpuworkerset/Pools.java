package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.catalog.GpuSpec;
import dev.rhoaikrm.catalog.InstanceCatalog;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.core.intent.KnownPattern;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.PoolSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Works out each pool's instance facts and zones, and checks the pools; problems carry field paths. */
final class Pools {
    /** Labels the function sets itself on every node of a pool; a pool may not set them to something else. */
    static final Set<String> OWN_LABELS = Set.of(Pool.POOL_LABEL, Pool.PRODUCT_LABEL, Pool.ACCELERATOR_LABEL);
    /** The longest value of the machine.openshift.io/cluster-api-machineset label, which holds the MachineSet name. */
    static final int MAX_NAME = 63;

    private Pools() {
    }

    /** The pools that resolved; every problem of every pool is reported. */
    static List<Pool> resolve(List<PoolSpec> specs, Cluster cluster, Problems problems) {
        List<Pool> pools = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            PoolSpec p = specs.get(i);
            Integer first = seen.putIfAbsent(p.name(), i);
            if (first != null) {
                problems.error(p.at().pathOf("name"), "\"" + p.name() + "\" is also the name of spec.pools[" + first + "]; pool names must be unique");
            }
            Optional<Pool> pool = pool(p, cluster, problems);
            if (pool.isPresent()) {
                pools.add(pool.get());
            }
        }
        checkFlavors(pools, problems);
        return pools;
    }

    private static Optional<Pool> pool(PoolSpec p, Cluster cluster, Problems problems) {
        Optional<InstanceType> type = instanceType(p, cluster.platform(), problems);
        List<String> zones = zones(p, cluster, problems);
        GpuWorkerSet.Replicas replicas = p.replicas();
        boolean ok = type.isPresent() && zones != null;
        if (replicas.min() > replicas.max()) {
            problems.error(replicas.at().pathOf("min"), "min " + replicas.min() + " is more than max " + replicas.max());
            ok = false;
        }
        ok &= labels(p, problems);
        if (type.isEmpty() || zones == null) {
            return Optional.empty();
        }
        Pool pool = new Pool(p, type.get(), zones);
        cluster.platform().checkPool(pool, problems);
        for (int i = 0; i < zones.size(); i++) {
            String name = MachineObjects.machineSetName(cluster, pool, zones.get(i));
            if (name.length() > MAX_NAME) {
                problems.error(p.at().pathOf("name"), "MachineSet name " + name + " is " + name.length() + " characters long;"
                        + " its machine.openshift.io/cluster-api-machineset label allows " + MAX_NAME + ": shorten the pool name");
                return Optional.empty();
            }
            if (!KnownPattern.DNS_LABEL.matches(name)) {
                // only the zone part can be off (a region taken from a saved MachineSet): no '/', '..' or capitals in object names
                problems.error(p.at().pathOf("zones") + "[" + i + "]", "makes the MachineSet name \"" + name + "\", which is not a"
                        + " DNS-1123 label (an object name and the value of its machine.openshift.io/cluster-api-machineset label):"
                        + " zones and regions are lower case letters, digits and '-'");
                return Optional.empty();
            }
        }
        return ok ? Optional.of(pool) : Optional.empty();
    }

    /**
     * The catalog's entry for the instance type, with what the pool states on top; a type the
     * catalog lacks needs the pool to state its GPUs, vCPU and memory.
     */
    static Optional<InstanceType> instanceType(PoolSpec p, Platform platform, Problems problems) {
        String name = p.instanceType();
        Optional<InstanceType> known = InstanceCatalog.shipped().find(platform.name(), name);
        GpuWorkerSet.Gpu gpu = p.gpu();
        if (known.isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (String field : List.of("product", "count")) {
                if (!gpu.at().has(field)) {
                    missing.add("gpu." + field);
                }
            }
            for (String field : List.of("vcpu", "memoryMiB")) {
                if (!p.at().has(field)) {
                    missing.add(field);
                }
            }
            if (!missing.isEmpty()) {
                problems.error(p.at().pathOf("instanceType"), "\"" + name + "\" is not a GPU instance type of the " + platform.name()
                        + " catalog (" + catalogFamilies(platform) + "); for another GPU type state " + String.join(", ", missing));
                return Optional.empty();
            }
        }
        GpuSpec base = known.isPresent() ? known.get().gpu() : null;
        String product = gpu.product().isPresent() ? gpu.product().get() : base.product();
        int count = gpu.count().isPresent() ? gpu.count().get().intValue() : base.count();
        double memory = gpu.memoryGiB().isPresent() ? gpu.memoryGiB().get()
                : InstanceCatalog.shipped().gpuMemoryGiB(product).orElse(base == null ? 0 : base.memoryGiB());
        String accelerator = gpu.accelerator().isPresent() ? gpu.accelerator().get() : acceleratorOf(product);
        int vcpu = p.vcpu().isPresent() ? p.vcpu().get().intValue() : known.get().vcpu();
        long memoryMiB = p.memoryMiB().isPresent() ? p.memoryMiB().get() : known.get().memoryMiB();
        return Optional.of(new InstanceType(platform.name(), known.isPresent() ? known.get().name() : name,
                new GpuSpec(product, count, memory, accelerator), vcpu, memoryMiB, known.isPresent() ? known.get().offeredAs() : List.of()));
    }

    /** The catalog's accelerator label of a GPU product, else one made from its name (NVIDIA-L40S: nvidia-l40s). */
    private static String acceleratorOf(String product) {
        Optional<String> cataloged = InstanceCatalog.shipped().acceleratorFor(product);
        return cataloged.isPresent() ? cataloged.get() : acceleratorFromName(product);
    }

    /** For a GPU the catalog lacks: its product name in lower case, each run of other characters one '-', none at the ends. */
    private static String acceleratorFromName(String product) {
        return product.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String catalogFamilies(Platform platform) {
        return InstanceCatalog.shipped().all().stream().filter(t -> t.platform().equals(platform.name()))
                .map(t -> t.name().replaceAll("[.-][^.-]*$", "")).distinct().collect(Collectors.joining(", "));
    }

    /** The pool's zones, else the source MachineSet's; each must be a zone of the region, once. */
    private static List<String> zones(PoolSpec p, Cluster cluster, Problems problems) {
        List<String> zones = p.at().has("zones") ? p.zones() : cluster.sourceZone() == null ? List.of() : List.of(cluster.sourceZone());
        if (zones.isEmpty()) {
            problems.error(p.at().pathOf("zones"), "required unless spec.cluster.fromMachineSet gives a zone (for example ["
                    + cluster.platform().zoneExample(cluster.region()) + "])");
            return null;
        }
        boolean ok = true;
        Set<String> unique = new HashSet<>();
        for (int i = 0; i < zones.size(); i++) {
            String zone = zones.get(i);
            String path = p.at().pathOf("zones") + "[" + i + "]";
            if (!unique.add(zone)) {
                problems.error(path, "\"" + zone + "\" is listed twice");
                ok = false;
            } else if (!cluster.platform().zoneInRegion(zone, cluster.region())) {
                problems.error(path, "\"" + zone + "\" is not a zone of " + cluster.platform().name() + " region " + cluster.region()
                        + " (zones read like " + cluster.platform().zoneExample(cluster.region()) + ")");
                ok = false;
            }
        }
        return ok ? zones : null;
    }

    private static boolean labels(PoolSpec p, Problems problems) {
        boolean ok = true;
        for (String key : p.labels().keySet()) {
            String path = p.at().pathOf("labels") + "." + key;
            if (!KnownPattern.LABEL_KEY.matches(key) || key.substring(key.indexOf('/') + 1).length() > 63) {
                problems.error(path, "\"" + key + "\" is not a valid label key");
                ok = false;
            } else if (key.equals(Pool.PRODUCT_LABEL)) {
                problems.error(path, key + " belongs to GPU feature discovery, which rewrites it under time-slicing and MIG (nodelink"
                        + " would copy a template value back on every reconcile); the function gives the product to the autoscaler in "
                        + MachineObjects.CAPACITY_LABELS + ": select the pool with " + Pool.POOL_LABEL);
                ok = false;
            } else if (OWN_LABELS.contains(key)) {
                problems.error(path, key + " is set from the pool (its name, instance type or gpu fields); leave it out");
                ok = false;
            }
        }
        for (String key : p.annotations().keySet()) {
            if (ServerWritten.ANNOTATIONS.contains(key)) {
                problems.error(p.at().pathOf("annotations") + "." + key, key + " is written by the cluster's controllers (the MachineSet"
                        + " controller from the cloud's instance types, the MachineAutoscaler, kubectl or ArgoCD); a value in Git"
                        + " would fight them: leave it out (the pool's labels reach the autoscaler from the template)");
                ok = false;
            }
        }
        return ok;
    }

    /** Two pools with one Kueue flavor name would make two ResourceFlavors of one name. */
    private static void checkFlavors(List<Pool> pools, Problems problems) {
        Map<String, Pool> byFlavor = new HashMap<>();
        for (Pool p : pools) {
            Pool other = p.inKueue() ? byFlavor.putIfAbsent(p.flavor(), p) : null;
            if (other != null) {
                problems.error(p.spec().kueue().at().pathOf("flavor"), "flavor " + p.flavor() + " is also pool " + other.name() + "'s");
            }
        }
    }
}
