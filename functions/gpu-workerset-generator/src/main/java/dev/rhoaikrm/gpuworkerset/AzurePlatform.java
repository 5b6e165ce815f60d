package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.AzureSpec;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.ClusterSpec;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.Disk;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.RootVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * AzureMachineProviderSpec as the installer writes it for workers: resource group
 * {@code <infraId>-rg}, vnet {@code <infraId>-vnet}, subnet {@code <infraId>-worker-subnet},
 * managed identity {@code <infraId>-identity}, public load balancer {@code <infraId>}, the RHCOS
 * gen2 image of the cluster's gallery (GPU sizes are generation 2 VMs), accelerated networking, and
 * the {@code azure-cloud-credentials} and {@code worker-user-data} secrets.
 */
final class AzurePlatform extends Platform {
    private static final String KIND = "AzureMachineProviderSpec";
    private static final String NAMESPACE = "openshift-machine-api";

    AzurePlatform() {
        super("azure", KIND, "Premium_LRS", Set.of("lun"), true,
                List.of("location"), List.of("zone"), "vmSize");
    }

    @Override
    Map<String, Object> skeleton() {
        return map("apiVersion", API_VERSION, "kind", KIND,
                "osDisk", map("diskSizeGB", 128, "managedDisk", map("storageAccountType", "Premium_LRS"), "osType", "Linux"),
                "publicIP", false);
    }

    @Override
    void applyFacts(Map<String, Object> spec, Facts f) {
        ClusterSpec cluster = f.spec();
        AzureSpec azure = cluster.azure();
        String resourceGroup = f.get(azure.resourceGroup(), () -> f.infraId() + "-rg").orElse(null);
        if (resourceGroup != null) {
            spec.put("resourceGroup", resourceGroup);
        }
        f.get(azure.networkResourceGroup(), () -> resourceGroup).ifPresent(g -> spec.put("networkResourceGroup", g));
        f.get(azure.vnet(), () -> f.infraId() + "-vnet").ifPresent(v -> spec.put("vnet", v));
        f.get(azure.subnet(), () -> f.infraId() + "-worker-subnet").ifPresent(s -> spec.put("subnet", s));
        f.get(azure.managedIdentity(), () -> f.infraId() + "-identity").ifPresent(m -> Facts.putOrRemove(spec, "managedIdentity", m));
        f.get(azure.publicLoadBalancer(), () -> f.infraId()).ifPresent(lb -> Facts.putOrRemove(spec, "publicLoadBalancer", lb));
        f.flag(azure.acceleratedNetworking(), true).ifPresent(a -> spec.put("acceleratedNetworking", a));
        f.get(cluster.image(), () -> galleryImage(f.infraId(), resourceGroup)).ifPresent(image ->
                spec.put("image", map("offer", "", "publisher", "", "resourceID", image, "sku", "", "version", "")));
        f.get(cluster.credentialsSecret(), () -> "azure-cloud-credentials")
                .ifPresent(s -> spec.put("credentialsSecret", map("name", s, "namespace", NAMESPACE)));
        f.get(cluster.userDataSecret(), () -> GpuWorkerSet.DEFAULT_USER_DATA_SECRET)
                .ifPresent(s -> spec.put("userDataSecret", map("name", s)));
        if (f.withDefaults()) {
            spec.put("location", f.region());
        }
        if (azure.at().has("tags")) {
            Maps.child(spec, "tags").putAll(azure.tags());
        }
    }

    /** The image the installer uploads to the cluster's gallery: gallery_<infraId with _>/images/<infraId>-gen2. */
    static String galleryImage(String infraId, String resourceGroup) {
        return "/resourceGroups/" + resourceGroup + "/providers/Microsoft.Compute/galleries/gallery_" + infraId.replace('-', '_')
                + "/images/" + infraId + "-gen2/versions/latest";
    }

    /** Azure availability zones are numbered within the region: 1, 2, 3. */
    @Override
    boolean zoneInRegion(String zone, String region) {
        return zone.matches("[1-9]");
    }

    @Override
    String zoneExample(String region) {
        return "1";
    }

    @Override
    String nameSuffix(String zone, String region) {
        return region + zone;
    }

    @Override
    Map<String, Object> forPool(Map<String, Object> base, Pool pool, String zone, Cluster cluster, Problems problems) {
        Map<String, Object> spec = Maps.copyMap(base);
        RootVolume root = pool.spec().rootVolume();
        String type = root.type().orElse(defaultDiskType());
        spec.put("vmSize", pool.type().name());
        spec.put("zone", zone);
        Map<String, Object> osDisk = Maps.child(spec, "osDisk");
        osDisk.put("diskSizeGB", root.sizeGiB());
        Maps.child(osDisk, "managedDisk").put("storageAccountType", type);
        spec.remove("dataDisks");
        List<Disk> extra = pool.spec().additionalDisks();
        if (!extra.isEmpty()) {
            List<Object> disks = new ArrayList<>();
            for (int i = 0; i < extra.size(); i++) {
                Disk d = extra.get(i);
                long lun = d.lun().orElse((long) i);
                disks.add(map("cachingType", "None", "deletionPolicy", "Delete", "diskSizeGB", d.sizeGiB(), "lun", lun,
                        "managedDisk", map("storageAccountType", d.type().orElse(type)), "nameSuffix", "data" + lun));
            }
            spec.put("dataDisks", disks);
        }
        spec.remove("spotVMOptions");
        spec.remove("capacityReservationGroupID");
        if (pool.spec().spot()) {
            spec.put("spotVMOptions", Maps.empty());
        }
        pool.spec().capacityReservationId().ifPresent(id -> spec.put("capacityReservationGroupID", id));
        return spec;
    }

    // ---- reading back ------------------------------------------------------------------------

    @Override
    void readClusterFacts(Map<String, Object> spec, String infraId, String zone, Map<String, Object> cluster, Map<String, Object> azure) {
        String resourceGroup = stringAt(spec, "resourceGroup");
        HandWritten.putUnlessDefault(azure, "resourceGroup", resourceGroup, infraId + "-rg");
        HandWritten.putUnlessDefault(azure, "networkResourceGroup", stringAt(spec, "networkResourceGroup"), resourceGroup);
        HandWritten.putUnlessDefault(azure, "vnet", stringAt(spec, "vnet"), infraId + "-vnet");
        HandWritten.putUnlessDefault(azure, "subnet", stringAt(spec, "subnet"), infraId + "-worker-subnet");
        HandWritten.putUnlessDefault(azure, "managedIdentity", Objects.toString(spec.get("managedIdentity"), ""), infraId + "-identity");
        HandWritten.putUnlessDefault(azure, "publicLoadBalancer", Objects.toString(spec.get("publicLoadBalancer"), ""), infraId);
        if (Boolean.FALSE.equals(spec.get("acceleratedNetworking"))) {
            azure.put("acceleratedNetworking", false);
        }
        if (!mapAt(spec, "tags").isEmpty()) {
            azure.put("tags", mapAt(spec, "tags"));
        }
        HandWritten.putUnlessDefault(cluster, "image", stringAt(spec, "image", "resourceID"), galleryImage(infraId, resourceGroup));
    }

    @Override
    List<Map<String, Object>> readDisks(Map<String, Object> spec) {
        List<Map<String, Object>> disks = new ArrayList<>();
        disks.add(ProviderSpecReader.disk(at(spec, "osDisk", "diskSizeGB"), stringAt(spec, "osDisk", "managedDisk", "storageAccountType")));
        for (Object d : listAt(spec, "dataDisks")) {
            Map<String, Object> disk = ProviderSpecReader.disk(at(d, "diskSizeGB"), stringAt(d, "managedDisk", "storageAccountType"));
            disk.put("lun", at(d, "lun"));
            disks.add(disk);
        }
        return disks;
    }

    @Override
    boolean readSpot(Map<String, Object> spec) {
        return spec.containsKey("spotVMOptions");
    }

    @Override
    Optional<String> readCapacityReservation(Map<String, Object> spec) {
        return Optional.ofNullable(stringAt(spec, "capacityReservationGroupID"));
    }
}
