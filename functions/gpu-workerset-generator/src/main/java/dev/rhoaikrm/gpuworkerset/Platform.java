package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.Disk;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.PoolSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that differs between clouds, in one subclass per cloud: the provider spec of a
 * MachineSet (as the OpenShift installer writes it for workers), how zones are named, where a pool's
 * settings go in it, and how a hand-written provider spec reads back into intent fields. Code
 * outside the subclasses never asks which cloud it is: a new cloud is one subclass (plus its
 * section of {@link GpuWorkerSet.ClusterSpec} and its instance types in the catalog).
 */
abstract sealed class Platform permits AwsPlatform, AzurePlatform, GcpPlatform {
    static final String API_VERSION = "machine.openshift.io/v1beta1";
    private static final List<Platform> ALL = List.of(new AwsPlatform(), new AzurePlatform(), new GcpPlatform());

    private final String name;
    private final String providerKind;
    private final String defaultDiskType;
    private final Set<String> diskFields;
    private final boolean capacityReservations;
    private final List<String> regionPath;
    private final List<String> zonePath;
    private final String instanceTypeField;

    /**
     * @param diskFields           the additionalDisks fields besides sizeGiB and type this platform reads
     * @param capacityReservations whether its MachineSets can target a capacity reservation
     * @param regionPath           where a provider spec names its region
     * @param zonePath             where a provider spec names its zone
     * @param instanceTypeField    where a provider spec names the instance type
     */
    Platform(String name, String providerKind, String defaultDiskType, Set<String> diskFields, boolean capacityReservations,
             List<String> regionPath, List<String> zonePath, String instanceTypeField) {
        this.name = name;
        this.providerKind = providerKind;
        this.defaultDiskType = defaultDiskType;
        this.diskFields = diskFields;
        this.capacityReservations = capacityReservations;
        this.regionPath = regionPath;
        this.zonePath = zonePath;
        this.instanceTypeField = instanceTypeField;
    }

    static List<Platform> all() {
        return ALL;
    }

    static Platform named(String name) {
        for (Platform p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new java.util.NoSuchElementException(name);
    }

    static Optional<Platform> byProviderKind(String kind) {
        for (Platform p : ALL) {
            if (p.providerKind().equals(kind)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** aws, azure or gcp: the instance catalog's platform names, and the name of the platform's section of spec.cluster. */
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

    /** Whether the intent states this platform's section of spec.cluster (aws:, azure:, gcp:). */
    final boolean sectionStated(GpuWorkerSet.ClusterSpec cluster) {
        return cluster.at().has(name);
    }

    /** The provider spec's fixed parts, before any cluster fact or pool setting. */
    abstract Map<String, Object> skeleton();

    /** Writes the cluster facts into a provider spec (every fact without a source; the stated ones over a source). */
    abstract void applyFacts(Map<String, Object> spec, Facts facts);

    /** The region a provider spec names. */
    final String region(Map<String, Object> spec) {
        return Maps.string(spec, regionPath.toArray(new String[0]));
    }

    /** The zone a provider spec names. */
    final String zone(Map<String, Object> spec) {
        return Maps.string(spec, zonePath.toArray(new String[0]));
    }

    /** The instance type a provider spec names. */
    final String instanceType(Map<String, Object> spec) {
        return Maps.string(spec, instanceTypeField);
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

    /** Pool settings this platform cannot express, or that its cloud does not sell. */
    void checkPool(Pool pool, Problems problems) {
        PoolSpec p = pool.spec();
        if (!pool.type().onDemand() && !p.spot()) {
            // the catalog's offeredAs (a3-highgpu-1g/2g/4g: spot or flex-start only); MachineSets cannot ask for flex-start
            problems.error(p.at().pathOf("spot"), pool.type().name() + " is offered only as " + String.join(" or ", pool.type().offeredAs())
                    + " capacity (instance catalog), never on demand: set spot: true, or choose an on-demand type");
        }
        if (p.capacityReservationId().isPresent() && !capacityReservations) {
            problems.error(p.at().pathOf("capacityReservationId"), "is not supported on " + name + " MachineSets");
        } else if (p.capacityReservationId().isPresent() && p.spot()) {
            problems.error(p.at().pathOf("capacityReservationId"), "a capacity reservation is on-demand capacity: not with spot");
        }
        List<Disk> disks = p.additionalDisks();
        for (int i = 0; i < disks.size(); i++) {
            Disk disk = disks.get(i);
            for (String field : List.of("deviceName", "lun")) {
                if (disk.at().has(field) && !diskFields.contains(field)) {
                    problems.error(disk.at().pathOf(field), "is not a disk setting of " + name
                            + (diskFields.isEmpty() ? "" : " (it takes " + String.join(", ", diskFields) + ")"));
                }
            }
        }
    }

    // ---- reading a hand-written provider spec back (rhoai-krm import) ------------------------------

    /**
     * The platform's cluster facts of a provider spec as intent fields, only where they differ from
     * what the installer would name them: {@code cluster} gets spec.cluster's own fields (image),
     * {@code section} the platform's section (aws:, azure:, gcp:).
     */
    abstract void readClusterFacts(Map<String, Object> spec, String infraId, String zone, Map<String, Object> cluster,
                                   Map<String, Object> section);

    /** The disks of a provider spec: the root disk first, then the data disks, each as the intent writes a disk. */
    abstract List<Map<String, Object>> readDisks(Map<String, Object> spec);

    /**
     * Cluster settings that only a pool's provider spec shows (GCP: Spot rather than preemptible
     * capacity), added to the platform's section of spec.cluster. Default: none.
     */
    void readPoolFacts(Map<String, Object> spec, Map<String, Object> section) {
    }

    /** Whether a provider spec asks for spot capacity. */
    abstract boolean readSpot(Map<String, Object> spec);

    /** The capacity reservation a provider spec targets, if any. */
    abstract Optional<String> readCapacityReservation(Map<String, Object> spec);
}
