package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                List.of("location"), List.of("zone"));
    }

    @Override
    Map<String, Object> skeleton() {
        return map("apiVersion", API_VERSION, "kind", KIND,
                "osDisk", map("diskSizeGB", 128, "managedDisk", map("storageAccountType", "Premium_LRS"), "osType", "Linux"),
                "publicIP", false);
    }

    @Override
    void applyFacts(Map<String, Object> spec, Facts f) {
        BoundObject cluster = f.cluster;
        BoundObject azure = f.section("azure");
        String resourceGroup = f.get(azure, "resourceGroup", () -> f.infraId + "-rg").orElse(null);
        if (resourceGroup != null) {
            spec.put("resourceGroup", resourceGroup);
        }
        f.get(azure, "networkResourceGroup", () -> resourceGroup).ifPresent(g -> spec.put("networkResourceGroup", g));
        f.get(azure, "vnet", () -> f.infraId + "-vnet").ifPresent(v -> spec.put("vnet", v));
        f.get(azure, "subnet", () -> f.infraId + "-worker-subnet").ifPresent(s -> spec.put("subnet", s));
        f.get(azure, "managedIdentity", () -> f.infraId + "-identity").ifPresent(m -> Facts.putOrRemove(spec, "managedIdentity", m));
        f.get(azure, "publicLoadBalancer", () -> f.infraId).ifPresent(lb -> Facts.putOrRemove(spec, "publicLoadBalancer", lb));
        f.flag(azure, "acceleratedNetworking", true).ifPresent(a -> spec.put("acceleratedNetworking", a));
        f.get(cluster, "image", () -> galleryImage(f.infraId, resourceGroup)).ifPresent(image ->
                spec.put("image", map("offer", "", "publisher", "", "resourceID", image, "sku", "", "version", "")));
        f.get(cluster, "credentialsSecret", () -> "azure-cloud-credentials")
                .ifPresent(s -> spec.put("credentialsSecret", map("name", s, "namespace", NAMESPACE)));
        f.get(cluster, "userDataSecret", () -> GpuWorkerSetSchema.DEFAULT_USER_DATA_SECRET)
                .ifPresent(s -> spec.put("userDataSecret", map("name", s)));
        if (f.withDefaults) {
            spec.put("location", f.region);
        }
        if (azure.has("tags")) {
            Maps.child(spec, "tags").putAll(azure.stringMap("tags"));
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
        BoundObject root = pool.rootVolume();
        String type = root.optionalString("type").orElse(defaultDiskType());
        spec.put("vmSize", pool.type().name());
        spec.put("zone", zone);
        Map<String, Object> osDisk = Maps.child(spec, "osDisk");
        osDisk.put("diskSizeGB", root.integer("sizeGiB"));
        Maps.child(osDisk, "managedDisk").put("storageAccountType", type);
        spec.remove("dataDisks");
        List<BoundObject> extra = pool.spec().objects("additionalDisks");
        if (!extra.isEmpty()) {
            List<Object> disks = new ArrayList<>();
            for (int i = 0; i < extra.size(); i++) {
                BoundObject d = extra.get(i);
                long lun = d.has("lun") ? d.integer("lun") : i;
                disks.add(map("cachingType", "None", "deletionPolicy", "Delete", "diskSizeGB", d.integer("sizeGiB"), "lun", lun,
                        "managedDisk", map("storageAccountType", d.optionalString("type").orElse(type)), "nameSuffix", "data" + lun));
            }
            spec.put("dataDisks", disks);
        }
        spec.remove("spotVMOptions");
        spec.remove("capacityReservationGroupID");
        if (pool.spec().bool("spot")) {
            spec.put("spotVMOptions", Maps.empty());
        }
        pool.spec().optionalString("capacityReservationId").ifPresent(id -> spec.put("capacityReservationGroupID", id));
        return spec;
    }
}
