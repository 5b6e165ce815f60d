package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.importing.HandWritten;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written MachineSet's provider spec read backwards into intent fields: the cluster facts
 * (stated only where they differ from what the installer would name them, as a person would
 * write the intent) and one pool's settings (instance type, zone, disks, spot). What is particular
 * to a cloud is its {@link Platform}'s to read.
 */
final class ProviderSpecReader {
    private final Platform platform;
    private final String infraId;
    private final Map<String, Object> spec;

    ProviderSpecReader(Platform platform, String infraId, Map<String, Object> providerSpec) {
        this.platform = platform;
        this.infraId = infraId;
        this.spec = ServerWritten.withoutEmptyValues(providerSpec);
    }

    String region() {
        return platform.region(spec);
    }

    String zone() {
        return platform.zone(spec);
    }

    String instanceType() {
        return platform.instanceType(spec);
    }

    /** spec.cluster: platform, infrastructureId, region, the image and every fact that is not the installer's default. */
    Map<String, Object> cluster() {
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("infrastructureId", infraId);
        cluster.put("platform", platform.name());
        cluster.put("region", region());
        Map<String, Object> section = new LinkedHashMap<>();
        platform.readClusterFacts(spec, infraId, zone(), cluster, section);
        HandWritten.putUnlessDefault(cluster, "credentialsSecret", stringAt(spec, "credentialsSecret", "name"), platform.name() + "-cloud-credentials");
        HandWritten.putUnlessDefault(cluster, "userDataSecret", stringAt(spec, "userDataSecret", "name"), GpuWorkerSet.DEFAULT_USER_DATA_SECRET);
        if (!section.isEmpty()) {
            cluster.put(platform.name(), section);
        }
        return cluster;
    }

    /** Adds to {@code cluster} (a {@link #cluster()}) the cluster settings only this MachineSet's pool settings show. */
    @SuppressWarnings("unchecked")
    void poolFacts(Map<String, Object> cluster) {
        Map<String, Object> section = (Map<String, Object>) cluster.computeIfAbsent(platform.name(), k -> new LinkedHashMap<>());
        platform.readPoolFacts(spec, section);
        if (section.isEmpty()) {
            cluster.remove(platform.name());
        }
    }

    /** The pool's disk, spot and reservation settings, where they are not the defaults. */
    void poolSettings(Map<String, Object> pool) {
        List<Map<String, Object>> disks = platform.readDisks(spec);
        Map<String, Object> root = disks.isEmpty() ? new LinkedHashMap<>() : disks.get(0);
        List<Map<String, Object>> extra = disks.isEmpty() ? List.of() : new ArrayList<>(disks.subList(1, disks.size()));
        if (platform.readSpot(spec)) {
            pool.put("spot", true);
        }
        platform.readCapacityReservation(spec).ifPresent(id -> pool.put("capacityReservationId", id));
        root.remove("type", platform.defaultDiskType());
        // a data disk's type defaults to the root disk's
        extra.forEach(d -> d.remove("type", root.getOrDefault("type", platform.defaultDiskType())));
        if ("200".equals(String.valueOf(root.get("sizeGiB"))) && root.size() == 1) {
            root.clear();
        }
        if (!root.isEmpty()) {
            pool.put("rootVolume", root);
        }
        if (!extra.isEmpty()) {
            pool.put("additionalDisks", extra);
        }
    }

    /** A disk as the intent writes it: its size (when known) and type. */
    static Map<String, Object> disk(Object size, String type) {
        Map<String, Object> disk = new LinkedHashMap<>();
        if (size != null) {
            disk.put("sizeGiB", Long.parseLong(String.valueOf(size)));
        }
        if (type != null) {
            disk.put("type", type);
        }
        return disk;
    }
}
