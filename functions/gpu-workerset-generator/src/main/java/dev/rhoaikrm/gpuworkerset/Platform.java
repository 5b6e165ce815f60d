package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What differs between clouds: the provider spec of a MachineSet (as the OpenShift installer writes
 * it for workers), how zones are named, and where a pool's settings go in it.
 */
abstract sealed class Platform permits AwsPlatform, AzurePlatform, GcpPlatform {
    static final String API_VERSION = "machine.openshift.io/v1beta1";

    private final String name;
    private final String providerKind;
    private final String defaultDiskType;
    private final Set<String> diskFields;
    private final boolean capacityReservations;
    private final List<String> regionPath;
    private final List<String> zonePath;

    /**
     * @param diskFields           the additionalDisks fields besides sizeGiB and type this platform reads
     * @param capacityReservations whether its MachineSets can target a capacity reservation
     * @param regionPath           where a provider spec names its region
     * @param zonePath             where a provider spec names its zone
     */
    Platform(String name, String providerKind, String defaultDiskType, Set<String> diskFields, boolean capacityReservations,
             List<String> regionPath, List<String> zonePath) {
        this.name = name;
        this.providerKind = providerKind;
        this.defaultDiskType = defaultDiskType;
        this.diskFields = diskFields;
        this.capacityReservations = capacityReservations;
        this.regionPath = regionPath;
        this.zonePath = zonePath;
    }

    static List<Platform> all() {
        return List.of(new AwsPlatform(), new AzurePlatform(), new GcpPlatform());
    }

    static Platform named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    static Optional<Platform> byProviderKind(String kind) {
        return all().stream().filter(p -> p.providerKind().equals(kind)).findFirst();
    }

    /** aws, azure or gcp: the instance catalog's platform names. */
    final String name() {
        return name;
    }

    /** The kind of the provider spec: AWSMachineProviderConfig, AzureMachineProviderSpec, GCPMachineProviderSpec. */
    final String providerKind() {
        return providerKind;
    }

    final String defaultDiskType() {
        return defaultDiskType;
    }

    /** The provider spec's fixed parts, before any cluster fact or pool setting. */
    abstract Map<String, Object> skeleton();

    /** Writes the cluster facts into a provider spec (every fact without a source; the stated ones over a source). */
    abstract void applyFacts(Map<String, Object> spec, Facts facts);

    /** The region a provider spec names. */
    final String region(Map<String, Object> spec) {
        return Maps.string(spec, regionPath.toArray(String[]::new));
    }

    /** The zone a provider spec names. */
    final String zone(Map<String, Object> spec) {
        return Maps.string(spec, zonePath.toArray(String[]::new));
    }

    abstract boolean zoneInRegion(String zone, String region);

    /** How zones of the region are spelled, for messages. */
    abstract String zoneExample(String region);

    /** The zone part of a MachineSet name, as the installer writes it: us-east-2a, eastus1, a. */
    abstract String nameSuffix(String zone, String region);

    /**
     * The provider spec of one pool in one zone: {@code base} (cluster facts) with the pool's own
     * settings (instance type, zone, disks, spot...) in place of whatever the base had for them.
     */
    abstract Map<String, Object> forPool(Map<String, Object> base, Pool pool, String zone, Cluster cluster, Problems problems);

    /** Pool settings this platform cannot express. */
    final void checkPool(Pool pool, Problems problems) {
        BoundObject p = pool.spec();
        if (p.has("capacityReservationId") && !capacityReservations) {
            problems.error(p.pathOf("capacityReservationId"), "is not supported on " + name + " MachineSets");
        } else if (p.has("capacityReservationId") && p.bool("spot")) {
            problems.error(p.pathOf("capacityReservationId"), "a capacity reservation is on-demand capacity: not with spot");
        }
        List<BoundObject> disks = p.objects("additionalDisks");
        for (int i = 0; i < disks.size(); i++) {
            for (String field : List.of("deviceName", "lun")) {
                if (disks.get(i).has(field) && !diskFields.contains(field)) {
                    problems.error(p.pathOf("additionalDisks") + "[" + i + "]." + field, "is not a disk setting of " + name
                            + (diskFields.isEmpty() ? "" : " (it takes " + String.join(", ", diskFields) + ")"));
                }
            }
        }
    }
}
