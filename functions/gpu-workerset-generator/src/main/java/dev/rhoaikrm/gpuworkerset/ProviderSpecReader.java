package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.mapAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.fn.Manifests;
import dev.rhoaikrm.core.importing.HandWritten;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A hand-written MachineSet's provider spec read backwards into intent fields: the cluster facts
 * (stated only where they differ from what the installer would name them, as a person would
 * write the intent) and one pool's settings (instance type, zone, disks, spot).
 */
final class ProviderSpecReader {
    private final Platform platform;
    private final String infraId;
    private final Map<String, Object> spec;

    ProviderSpecReader(Platform platform, String infraId, Map<String, Object> providerSpec) {
        this.platform = platform;
        this.infraId = infraId;
        this.spec = providerSpec;
    }

    String region() {
        return platform.region(spec);
    }

    String zone() {
        return platform.zone(spec);
    }

    String instanceType() {
        return stringAt(spec, switch (platform.name()) {
            case "aws" -> "instanceType";
            case "azure" -> "vmSize";
            default -> "machineType";
        });
    }

    /** spec.cluster: platform, infrastructureId, region, the image and every fact that is not the installer's default. */
    Map<String, Object> cluster() {
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("infrastructureId", infraId);
        cluster.put("platform", platform.name());
        cluster.put("region", region());
        Map<String, Object> section = new LinkedHashMap<>();
        switch (platform.name()) {
            case "aws" -> aws(cluster, section);
            case "azure" -> azure(cluster, section);
            default -> gcp(cluster, section);
        }
        HandWritten.putUnlessDefault(cluster, "credentialsSecret", stringAt(spec, "credentialsSecret", "name"), platform.name() + "-cloud-credentials");
        HandWritten.putUnlessDefault(cluster, "userDataSecret", stringAt(spec, "userDataSecret", "name"), GpuWorkerSetSchema.DEFAULT_USER_DATA_SECRET);
        if (!section.isEmpty()) {
            cluster.put(platform.name(), section);
        }
        return cluster;
    }

    private void aws(Map<String, Object> cluster, Map<String, Object> aws) {
        cluster.put("image", stringAt(spec, "ami", "id"));
        Object subnet = reference(spec.get("subnet"));
        if (subnet != null && !subnet.equals(infraId + "-subnet-private-" + zone())) {
            aws.put("subnets", new LinkedHashMap<>(Map.of(zone(), subnet)));
        }
        List<Object> groups = listAt(spec, "securityGroups").stream().map(ProviderSpecReader::reference).toList();
        if (!groups.equals(List.of(infraId + "-node", infraId + "-lb"))) {
            aws.put("securityGroups", groups);
        }
        HandWritten.putUnlessDefault(aws, "iamInstanceProfile", stringAt(spec, "iamInstanceProfile", "id"), infraId + "-worker-profile");
        List<Object> tags = new ArrayList<>(listAt(spec, "tags"));
        tags.removeIf(t -> Objects.equals(stringAt(t, "name"), "kubernetes.io/cluster/" + infraId) && "owned".equals(stringAt(t, "value")));
        if (!tags.isEmpty()) {
            aws.put("tags", tags.stream().map(t -> (Object) Manifests.map("name", stringAt(t, "name"), "value", String.valueOf(at(t, "value")))).toList());
        }
    }

    private void azure(Map<String, Object> cluster, Map<String, Object> azure) {
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
        HandWritten.putUnlessDefault(cluster, "image", stringAt(spec, "image", "resourceID"), AzurePlatform.galleryImage(infraId, resourceGroup));
    }

    private void gcp(Map<String, Object> cluster, Map<String, Object> gcp) {
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

    /** The pool's disk, spot and reservation settings, where they are not the defaults. */
    void poolSettings(Map<String, Object> pool) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> extra = new ArrayList<>();
        switch (platform.name()) {
            case "aws" -> {
                for (Object device : listAt(spec, "blockDevices")) {
                    if (at(device, "deviceName") == null && root.isEmpty()) {
                        disk(root, at(device, "ebs", "volumeSize"), stringAt(device, "ebs", "volumeType"));
                        Object iops = at(device, "ebs", "iops");
                        if (iops != null && !"0".equals(String.valueOf(iops))) {
                            root.put("iops", iops);
                        }
                    } else {
                        Map<String, Object> d = disk(new LinkedHashMap<>(), at(device, "ebs", "volumeSize"), stringAt(device, "ebs", "volumeType"));
                        d.put("deviceName", at(device, "deviceName"));
                        extra.add(d);
                    }
                }
                flag(pool, "spot", spec.containsKey("spotMarketOptions"));
                pool.put("capacityReservationId", spec.get("capacityReservationId"));
            }
            case "azure" -> {
                disk(root, at(spec, "osDisk", "diskSizeGB"), stringAt(spec, "osDisk", "managedDisk", "storageAccountType"));
                for (Object d : listAt(spec, "dataDisks")) {
                    Map<String, Object> disk = disk(new LinkedHashMap<>(), at(d, "diskSizeGB"), stringAt(d, "managedDisk", "storageAccountType"));
                    disk.put("lun", at(d, "lun"));
                    extra.add(disk);
                }
                flag(pool, "spot", spec.containsKey("spotVMOptions"));
                pool.put("capacityReservationId", spec.get("capacityReservationGroupID"));
            }
            default -> {
                List<Object> disks = listAt(spec, "disks");
                for (int i = 0; i < disks.size(); i++) {
                    Map<String, Object> disk = disk(i == 0 ? root : new LinkedHashMap<>(), at(disks.get(i), "sizeGb"), stringAt(disks.get(i), "type"));
                    if (i > 0) {
                        extra.add(disk);
                    }
                }
                flag(pool, "spot", Boolean.TRUE.equals(spec.get("preemptible")));
            }
        }
        pool.values().removeIf(Objects::isNull);
        extra.forEach(d -> ((Map<?, ?>) d).remove("type", root.getOrDefault("type", platform.defaultDiskType())));
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

    private Map<String, Object> disk(Map<String, Object> disk, Object size, String type) {
        if (size != null) {
            disk.put("sizeGiB", Long.parseLong(String.valueOf(size)));
        }
        if (type != null && !type.equals(platform.defaultDiskType())) {
            disk.put("type", type);
        }
        return disk;
    }

    private static void flag(Map<String, Object> pool, String field, boolean on) {
        if (on) {
            pool.put(field, true);
        }
    }

    /** An AWS {id} or Name tag filter as the intent writes it. */
    private static Object reference(Object ref) {
        if (ref == null) {
            return null;
        }
        Object id = at(ref, "id");
        if (id != null) {
            return String.valueOf(id);
        }
        List<Object> filters = listAt(ref, "filters");
        return filters.size() == 1 && listAt(filters.get(0), "values").size() == 1 ? String.valueOf(listAt(filters.get(0), "values").get(0)) : null;
    }

}
