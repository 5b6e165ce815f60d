package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import static dev.rhoaikrm.core.importing.HandWritten.at;
import static dev.rhoaikrm.core.importing.HandWritten.listAt;
import static dev.rhoaikrm.core.importing.HandWritten.stringAt;

import dev.rhoaikrm.core.importing.HandWritten;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.AwsSpec;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.ClusterSpec;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.Disk;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.RootVolume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * AWSMachineProviderConfig as the installer writes it for workers: IAM profile
 * {@code <infraId>-worker-profile}, the {@code kubernetes.io/cluster/<infraId>: owned} tag first, an
 * encrypted gp3 root volume, the {@code aws-cloud-credentials} and {@code worker-user-data} secrets,
 * and subnets and security groups found by Name tag. Those names depend on the installer that made
 * the cluster (openshift/installer pkg/asset/machines/aws/machines.go, {@code provider}): clusters
 * installed with 4.16 or later (the cluster-API installer) have {@code <infraId>-subnet-private-<zone>}
 * and the groups {@code <infraId>-node} and {@code <infraId>-lb}; clusters installed before have
 * {@code <infraId>-private-<zone>} and {@code <infraId>-worker-sg}, and keep them across upgrades.
 * The defaults name both: EC2 matches any of the values of one filter, and the machine controller
 * attaches every group a reference matches (machine-api-provider-aws pkg/actuators/machine/instances.go,
 * getSubnetIDs, getSecurityGroupsIDs), so each kind of cluster finds its own.
 */
final class AwsPlatform extends Platform {
    private static final String KIND = "AWSMachineProviderConfig";

    AwsPlatform() {
        super("aws", KIND, "gp3", Set.of("deviceName"), true,
                List.of("placement", "region"), List.of("placement", "availabilityZone"), "instanceType");
    }

    @Override
    Map<String, Object> skeleton() {
        return map("apiVersion", API_VERSION, "kind", KIND,
                "blockDevices", new ArrayList<>(List.of(map("ebs", map("encrypted", true, "iops", 0, "kmsKey", map("arn", ""),
                        "volumeSize", 120, "volumeType", "gp3")))),
                "deviceIndex", 0,
                "placement", map());
    }

    /** {@code key: {field: value}} when there is a value (an AMI, a secret, an instance profile). */
    private static void putReference(Map<String, Object> spec, String key, String field, Optional<String> value) {
        if (value.isPresent()) {
            spec.put(key, map(field, value.get()));
        }
    }

    @Override
    void applyFacts(Map<String, Object> spec, Facts f) {
        ClusterSpec cluster = f.spec();
        AwsSpec aws = cluster.aws();
        putReference(spec, "ami", "id", f.required(cluster.image(), cluster.at().pathOf("image"), " (the AMI of the cluster's workers:"
                + " oc get machineset -n openshift-machine-api -o jsonpath='{.items[0].spec.template.spec.providerSpec.value.ami.id}')"));
        putReference(spec, "credentialsSecret", "name", f.get(cluster.credentialsSecret(), "aws-cloud-credentials"));
        putReference(spec, "userDataSecret", "name", f.get(cluster.userDataSecret(), GpuWorkerSet.DEFAULT_USER_DATA_SECRET));
        putReference(spec, "iamInstanceProfile", "id", f.get(aws.iamInstanceProfile(), f.infraId() + "-worker-profile"));
        if (aws.at().has("securityGroups")) {
            List<Object> groups = new ArrayList<>();
            for (String g : aws.securityGroups()) {
                groups.add(reference(g, "sg-"));
            }
            spec.put("securityGroups", groups);
        } else if (f.withDefaults()) {
            spec.put("securityGroups", defaultSecurityGroups(f.infraId()));
        }
        if (f.withDefaults()) {
            Maps.child(spec, "placement").put("region", f.region());
            spec.put("tags", new ArrayList<>(List.of(tag("kubernetes.io/cluster/" + f.infraId(), "owned"))));
        }
        List<Object> tags = Maps.list(spec, "tags");
        for (GpuWorkerSet.Tag t : aws.tags()) {
            for (java.util.Iterator<Object> existing = tags.iterator(); existing.hasNext(); ) {
                if (t.name().equals(Maps.string(existing.next(), "name"))) {
                    existing.remove(); // the intent's tag replaces the one of that name
                }
            }
            tags.add(tag(t.name(), t.value()));
        }
        if (!tags.isEmpty()) {
            spec.put("tags", tags);
        }
    }

    /** The worker's groups of either installer: {@code <infraId>-node} or (before 4.16) {@code <infraId>-worker-sg}, and {@code <infraId>-lb}. */
    static List<Object> defaultSecurityGroups(String infraId) {
        return new ArrayList<>(List.of(nameFilter(infraId + "-node", infraId + "-worker-sg"), nameFilter(infraId + "-lb")));
    }

    /** The private subnet of a zone by either installer's name: {@code <infraId>-subnet-private-<zone>} or (before 4.16) {@code <infraId>-private-<zone>}. */
    static Map<String, Object> defaultSubnet(String infraId, String zone) {
        return nameFilter(infraId + "-subnet-private-" + zone, infraId + "-private-" + zone);
    }

    /** A reference to what carries any of these Name tags. */
    private static Map<String, Object> nameFilter(String... names) {
        return map("filters", List.of(map("name", "tag:Name", "values", List.of(names))));
    }

    private static Map<String, Object> tag(String name, String value) {
        return map("name", name, "value", value);
    }

    /** An id (subnet-..., sg-...) as {id}, anything else as a Name tag filter, as the installer writes it. */
    private static Map<String, Object> reference(String value, String idPrefix) {
        if (value.startsWith(idPrefix)) {
            return map("id", value);
        }
        return map("filters", List.of(map("name", "tag:Name", "values", List.of(value))));
    }

    /** us-east-2a, or a Local Zone / Wavelength zone such as us-east-1-bos-1a. */
    @Override
    boolean zoneInRegion(String zone, String region) {
        return zone.matches(java.util.regex.Pattern.quote(region) + "([a-z]|-[a-z0-9-]+)");
    }

    @Override
    String zoneExample(String region) {
        return region + "a";
    }

    @Override
    String nameSuffix(String zone, String region) {
        return zone;
    }

    @Override
    Map<String, Object> forPool(Map<String, Object> base, Pool pool, String zone, Cluster cluster, Problems problems) {
        Map<String, Object> spec = Maps.copyMap(base);
        spec.put("instanceType", pool.type().name());
        Maps.child(spec, "placement").put("availabilityZone", zone);
        Object subnet = subnet(spec, zone, cluster, problems);
        if (subnet != null) {
            spec.put("subnet", subnet);
        }
        spec.put("blockDevices", blockDevices(spec, pool, defaultDiskType()));
        spec.remove("spotMarketOptions");
        spec.remove("capacityReservationId");
        if (pool.spec().spot()) {
            spec.put("spotMarketOptions", Maps.empty());
        }
        if (pool.spec().capacityReservationId().isPresent()) {
            spec.put("capacityReservationId", pool.spec().capacityReservationId().get());
        }
        return spec;
    }

    /**
     * The subnet of a zone: stated, else the source's (its Name tag rewritten for another zone, as
     * the installer names one private subnet per zone), else {@link #defaultSubnet}.
     */
    private static Object subnet(Map<String, Object> spec, String zone, Cluster cluster, Problems problems) {
        AwsSpec aws = cluster.spec().aws();
        Map<String, String> stated = aws.subnets();
        if (stated.containsKey(zone)) {
            return reference(stated.get(zone), "subnet-");
        }
        Object source = spec.get("subnet");
        String from = cluster.sourceZone();
        if (source == null || from == null) {
            return defaultSubnet(cluster.infraId(), zone);
        }
        if (zone.equals(from)) {
            return source;
        }
        List<Object> filters = Maps.list(source, "filters");
        List<Object> rewritten = new ArrayList<>();
        for (Object filter : filters) {
            List<Object> values = new ArrayList<>();
            for (Object v : Maps.list(filter, "values")) {
                if (!String.valueOf(v).endsWith(from)) {
                    values = null;
                    break;
                }
                String s = String.valueOf(v);
                values.add(s.substring(0, s.length() - from.length()) + zone);
            }
            if (values == null) {
                break;
            }
            rewritten.add(map("name", Maps.string(filter, "name"), "values", values));
        }
        if (filters.isEmpty() || rewritten.size() != filters.size()) {
            problems.error(aws.at().pathOf("subnets"), "the source MachineSet's subnet (zone " + from + ") does not name its zone,"
                    + " so the subnet of zone " + zone + " cannot be derived from it: state subnets." + zone);
            return null;
        }
        return map("filters", rewritten);
    }

    /** The root volume with the pool's size and type (encryption and KMS key stay the cluster's), then the pool's data disks. */
    private static List<Object> blockDevices(Map<String, Object> spec, Pool pool, String diskType) {
        RootVolume root = pool.spec().rootVolume();
        Map<String, Object> rootDevice = null;
        for (Object d : Maps.list(spec, "blockDevices")) {
            if (d instanceof Map<?, ?> && Maps.at(d, "deviceName") == null) {
                rootDevice = Maps.copyMap(asMap(d));
                break;
            }
        }
        if (rootDevice == null) {
            rootDevice = map("ebs", map("encrypted", true, "kmsKey", map("arn", "")));
        }
        Map<String, Object> ebs = Maps.child(rootDevice, "ebs");
        String type = root.type().orElse(diskType);
        ebs.put("iops", root.iops().orElse(0L));
        ebs.put("volumeSize", root.sizeGiB());
        ebs.put("volumeType", type);
        List<Object> devices = new ArrayList<>(List.of(rootDevice));
        List<Disk> extra = pool.spec().additionalDisks();
        for (int i = 0; i < extra.size(); i++) {
            Disk disk = extra.get(i);
            Map<String, Object> dataEbs = new LinkedHashMap<>();
            dataEbs.put("encrypted", ebs.getOrDefault("encrypted", true));
            if (ebs.get("kmsKey") != null) {
                dataEbs.put("kmsKey", Maps.copy(ebs.get("kmsKey")));
            }
            dataEbs.put("volumeSize", disk.sizeGiB());
            dataEbs.put("volumeType", disk.type().orElse(type));
            devices.add(map("deviceName", disk.deviceName().orElse("/dev/xvd" + (char) ('b' + i)), "ebs", dataEbs));
        }
        return devices;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    // ---- reading back ------------------------------------------------------------------------

    @Override
    void readClusterFacts(Map<String, Object> spec, String infraId, String zone, Map<String, Object> cluster, Map<String, Object> aws) {
        cluster.put("image", stringAt(spec, "ami", "id"));
        // only the defaults, which name either installer's resources, read back as the default; one installer's
        // names are stated as they are (the intent then renders them exactly)
        Object subnetRef = spec.get("subnet");
        Object subnet = referenceName(subnetRef);
        if (subnet != null && !defaultSubnet(infraId, zone).equals(subnetRef)) {
            aws.put("subnets", new LinkedHashMap<>(Map.of(zone, subnet)));
        }
        List<Object> refs = listAt(spec, "securityGroups");
        List<Object> groups = refs.stream().map(AwsPlatform::referenceName).toList();
        if (!groups.contains(null) && !refs.equals(defaultSecurityGroups(infraId))) {
            aws.put("securityGroups", groups);
        }
        HandWritten.putUnlessDefault(aws, "iamInstanceProfile", stringAt(spec, "iamInstanceProfile", "id"), infraId + "-worker-profile");
        List<Object> tags = new ArrayList<>(listAt(spec, "tags"));
        tags.removeIf(t -> Objects.equals(stringAt(t, "name"), "kubernetes.io/cluster/" + infraId) && "owned".equals(stringAt(t, "value")));
        if (!tags.isEmpty()) {
            aws.put("tags", tags.stream().map(t -> (Object) map("name", stringAt(t, "name"), "value", String.valueOf(at(t, "value")))).toList());
        }
    }

    /** An {id} or Name tag filter as the intent writes it. */
    private static Object referenceName(Object ref) {
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

    @Override
    List<Map<String, Object>> readDisks(Map<String, Object> spec) {
        List<Map<String, Object>> disks = new ArrayList<>();
        for (Object device : listAt(spec, "blockDevices")) {
            Map<String, Object> disk = ProviderSpecReader.disk(at(device, "ebs", "volumeSize"), stringAt(device, "ebs", "volumeType"));
            if (at(device, "deviceName") == null && disks.isEmpty()) {
                Object iops = at(device, "ebs", "iops");
                if (iops != null && !"0".equals(String.valueOf(iops))) {
                    disk.put("iops", iops);
                }
            } else {
                if (disks.isEmpty()) {
                    disks.add(new LinkedHashMap<>()); // no root device among them: the intent's default root
                }
                disk.put("deviceName", at(device, "deviceName"));
            }
            disks.add(disk);
        }
        return disks;
    }

    @Override
    boolean readSpot(Map<String, Object> spec) {
        return spec.containsKey("spotMarketOptions");
    }

    @Override
    Optional<String> readCapacityReservation(Map<String, Object> spec) {
        return Optional.ofNullable(stringAt(spec, "capacityReservationId"));
    }
}
