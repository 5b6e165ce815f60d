package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.ClusterSpec;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.Disk;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.GcpSpec;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.RootVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GCPMachineProviderSpec as the installer writes it for workers: network {@code <infraId>-network},
 * subnetwork {@code <infraId>-worker-subnet}, service account
 * {@code <infraId>-w@<project>.iam.gserviceaccount.com}, network tag {@code <infraId>-worker}, an
 * RHCOS boot disk, and the {@code gcp-cloud-credentials} and {@code worker-user-data} secrets.
 * GPU VMs cannot live-migrate, so every pool gets {@code onHostMaintenance: Terminate} (Compute
 * Engine refuses them otherwise); on-demand pools {@code restartPolicy: Always}, spot pools
 * {@code restartPolicy: Never} and, by {@code cluster.gcp.spotModel}, {@code preemptible: true} or
 * {@code provisioningModel: Spot} (never both: the provider refuses that). provisioningModel exists from
 * OpenShift 4.21 (openshift/api release-4.21 machine/v1beta1/types_gcpprovider.go; the release-4.21
 * provider reconciler.go toComputeProvisioningModel); 4.20 and earlier ignore it and start an on-demand
 * VM, so Preemptible is the default. GcpProviderRulesTest names the code.
 */
final class GcpPlatform extends Platform {
    private static final String KIND = "GCPMachineProviderSpec";
    private static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

    GcpPlatform() {
        super("gcp", KIND, "pd-ssd", Set.of(), false,
                List.of("region"), List.of("zone"), "machineType");
    }

    @Override
    Map<String, Object> skeleton() {
        return map("apiVersion", API_VERSION, "kind", KIND,
                "canIPForward", false,
                "deletionProtection", false,
                "disks", new ArrayList<>(List.of(map("autoDelete", true, "boot", true, "sizeGb", 128, "type", "pd-ssd"))),
                "networkInterfaces", new ArrayList<>(List.of(map())),
                "serviceAccounts", new ArrayList<>(List.of(map("scopes", List.of(CLOUD_PLATFORM_SCOPE)))));
    }

    @Override
    void applyFacts(Map<String, Object> spec, Facts f) {
        ClusterSpec cluster = f.spec();
        GcpSpec gcp = cluster.gcp();
        f.required(cluster.image(), cluster.at().pathOf("image"), " (the RHCOS image of the cluster's workers: oc get machineset -n openshift-machine-api"
                + " -o jsonpath='{.items[0].spec.template.spec.providerSpec.value.disks[0].image}')")
                .ifPresent(image -> bootDisk(spec).put("image", image));
        f.get(cluster.credentialsSecret(), () -> "gcp-cloud-credentials").ifPresent(s -> spec.put("credentialsSecret", map("name", s)));
        f.get(cluster.userDataSecret(), () -> GpuWorkerSet.DEFAULT_USER_DATA_SECRET)
                .ifPresent(s -> spec.put("userDataSecret", map("name", s)));
        String project = f.required(gcp.projectID(), gcp.at().pathOf("projectID"), "").orElse(null);
        if (project != null) {
            spec.put("projectID", project);
        }
        if (f.withDefaults()) {
            spec.put("region", f.region());
        }
        Map<String, Object> nic = first(spec, "networkInterfaces");
        f.get(gcp.network(), () -> f.infraId() + "-network").ifPresent(n -> nic.put("network", n));
        f.get(gcp.subnetwork(), () -> f.infraId() + "-worker-subnet").ifPresent(s -> nic.put("subnetwork", s));
        f.get(gcp.serviceAccountEmail(), () -> project == null ? null : f.infraId() + "-w@" + project + ".iam.gserviceaccount.com")
                .ifPresent(e -> first(spec, "serviceAccounts").put("email", e));
        f.strings(gcp.at().has("tags"), gcp.tags(), () -> List.of(f.infraId() + "-worker")).ifPresent(t -> spec.put("tags", new ArrayList<>(t)));
        if (gcp.at().has("labels")) {
            Maps.child(spec, "labels").putAll(gcp.labels());
        }
    }

    /** The first map of a list (created when the list is empty): the one network interface, service account. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> spec, String key) {
        List<Object> list = Maps.list(spec, key);
        if (list.isEmpty() || !(list.get(0) instanceof Map<?, ?>)) {
            list.add(0, map());
        }
        spec.put(key, list);
        return (Map<String, Object>) list.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bootDisk(Map<String, Object> spec) {
        List<Object> disks = Maps.list(spec, "disks");
        spec.put("disks", disks);
        for (Object d : disks) {
            if (d instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("boot"))) {
                return (Map<String, Object>) m;
            }
        }
        Map<String, Object> boot = map("autoDelete", true, "boot", true);
        disks.add(0, boot);
        return boot;
    }

    @Override
    boolean zoneInRegion(String zone, String region) {
        return zone.matches(java.util.regex.Pattern.quote(region) + "-[a-z]");
    }

    @Override
    String zoneExample(String region) {
        return region + "-a";
    }

    /** The installer's worker MachineSets end in the zone letter: <infraId>-worker-a. */
    @Override
    String nameSuffix(String zone, String region) {
        return zone.startsWith(region + "-") ? zone.substring(region.length() + 1) : zone;
    }

    @Override
    Map<String, Object> forPool(Map<String, Object> base, Pool pool, String zone, Cluster cluster, Problems problems) {
        Map<String, Object> spec = Maps.copyMap(base);
        RootVolume root = pool.spec().rootVolume();
        String type = root.type().orElse(defaultDiskType());
        spec.put("machineType", pool.type().name());
        spec.put("zone", zone);
        Map<String, Object> boot = bootDisk(spec);
        boot.put("sizeGb", root.sizeGiB());
        boot.put("type", type);
        List<Object> disks = new ArrayList<>(List.of(boot));
        for (Disk d : pool.spec().additionalDisks()) {
            disks.add(map("autoDelete", true, "boot", false, "sizeGb", d.sizeGiB(), "type", d.type().orElse(type)));
        }
        spec.put("disks", disks);
        // GPU VMs cannot live-migrate: Compute Engine, and the machine API's webhook for A2 and guest GPUs, refuse Migrate
        spec.put("onHostMaintenance", "Terminate");
        spec.remove("gpus"); // A2, A3 and G2 machine types come with their GPUs attached
        spec.remove("preemptible");
        spec.remove("provisioningModel");
        if (pool.spec().spot()) {
            // restartPolicyToBool (machine-api-provider-gcp reconciler.go) refuses Always for preemptible and Spot
            // instances, and validateMachine refuses preemptible together with provisioningModel: Spot
            spec.put("restartPolicy", "Never");
            if (cluster.spec().gcp().spotModel().equals("Spot")) {
                spec.put("provisioningModel", "Spot");
            } else {
                spec.put("preemptible", true);
            }
        } else {
            spec.put("restartPolicy", "Always");
        }
        return spec;
    }

    // ---- reading back ------------------------------------------------------------------------

    @Override
    void readClusterFacts(Map<String, Object> spec, String infraId, String zone, Map<String, Object> cluster, Map<String, Object> gcp) {
        cluster.put("image", stringAt(listAt(spec, "disks").isEmpty() ? null : listAt(spec, "disks").get(0), "image"));
        String project = stringAt(spec, "projectID");
        gcp.put("projectID", project);
        Object nic = listAt(spec, "networkInterfaces").isEmpty() ? null : listAt(spec, "networkInterfaces").get(0);
        HandWritten.putUnlessDefault(gcp, "network", stringAt(nic, "network"), infraId + "-network");
        HandWritten.putUnlessDefault(gcp, "subnetwork", stringAt(nic, "subnetwork"), infraId + "-worker-subnet");
        Object account = listAt(spec, "serviceAccounts").isEmpty() ? null : listAt(spec, "serviceAccounts").get(0);
        HandWritten.putUnlessDefault(gcp, "serviceAccountEmail", stringAt(account, "email"), infraId + "-w@" + project + ".iam.gserviceaccount.com");
        List<Object> tags = listAt(spec, "tags");
        if (!tags.equals(List.of(infraId + "-worker"))) {
            gcp.put("tags", tags);
        }
        if (!mapAt(spec, "labels").isEmpty()) {
            gcp.put("labels", mapAt(spec, "labels"));
        }
    }

    @Override
    List<Map<String, Object>> readDisks(Map<String, Object> spec) {
        List<Map<String, Object>> disks = new ArrayList<>();
        for (Object d : listAt(spec, "disks")) {
            disks.add(ProviderSpecReader.disk(HandWritten.at(d, "sizeGb"), stringAt(d, "type")));
        }
        return disks;
    }

    @Override
    boolean readSpot(Map<String, Object> spec) {
        return Boolean.TRUE.equals(spec.get("preemptible")) || "Spot".equals(spec.get("provisioningModel"));
    }

    @Override
    void readPoolFacts(Map<String, Object> spec, Map<String, Object> gcp) {
        if ("Spot".equals(spec.get("provisioningModel"))) {
            gcp.put("spotModel", "Spot");
        }
    }

    @Override
    Optional<String> readCapacityReservation(Map<String, Object> spec) {
        return Optional.empty();
    }
}
