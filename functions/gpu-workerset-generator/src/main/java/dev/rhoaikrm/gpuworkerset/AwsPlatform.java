package dev.rhoaikrm.gpuworkerset;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWSMachineProviderConfig as the installer writes it for workers (OpenShift 4.14 and later):
 * subnets and security groups found by Name tag ({@code <infraId>-subnet-private-<zone>},
 * {@code <infraId>-node}, {@code <infraId>-lb}), IAM profile {@code <infraId>-worker-profile}, the
 * {@code kubernetes.io/cluster/<infraId>: owned} tag first, an encrypted gp3 root volume, and the
 * {@code aws-cloud-credentials} and {@code worker-user-data} secrets.
 */
final class AwsPlatform extends Platform {
    private static final String KIND = "AWSMachineProviderConfig";

    AwsPlatform() {
        super("aws", KIND, "gp3", Set.of("deviceName"), true,
                List.of("placement", "region"), List.of("placement", "availabilityZone"));
    }

    @Override
    Map<String, Object> skeleton() {
        return map("apiVersion", API_VERSION, "kind", KIND,
                "blockDevices", new ArrayList<>(List.of(map("ebs", map("encrypted", true, "iops", 0, "kmsKey", map("arn", ""),
                        "volumeSize", 120, "volumeType", "gp3")))),
                "deviceIndex", 0,
                "placement", map());
    }

    @Override
    void applyFacts(Map<String, Object> spec, Facts f) {
        BoundObject cluster = f.cluster;
        BoundObject aws = f.section("aws");
        f.required(cluster, "image", " (the AMI of the cluster's workers: oc get machineset -n openshift-machine-api"
                + " -o jsonpath='{.items[0].spec.template.spec.providerSpec.value.ami.id}')")
                .ifPresent(ami -> spec.put("ami", map("id", ami)));
        f.get(cluster, "credentialsSecret", () -> "aws-cloud-credentials").ifPresent(s -> spec.put("credentialsSecret", map("name", s)));
        f.get(cluster, "userDataSecret", () -> GpuWorkerSetSchema.DEFAULT_USER_DATA_SECRET)
                .ifPresent(s -> spec.put("userDataSecret", map("name", s)));
        f.get(aws, "iamInstanceProfile", () -> f.infraId + "-worker-profile").ifPresent(p -> spec.put("iamInstanceProfile", map("id", p)));
        f.strings(aws, "securityGroups", () -> List.of(f.infraId + "-node", f.infraId + "-lb"))
                .ifPresent(groups -> spec.put("securityGroups", new ArrayList<>(groups.stream().map(g -> reference(g, "sg-")).toList())));
        if (f.withDefaults) {
            Maps.child(spec, "placement").put("region", f.region);
            spec.put("tags", new ArrayList<>(List.of(tag("kubernetes.io/cluster/" + f.infraId, "owned"))));
        }
        List<Object> tags = Maps.list(spec, "tags");
        for (BoundObject t : aws.objects("tags")) {
            tags.removeIf(existing -> t.string("name").equals(Maps.string(existing, "name")));
            tags.add(tag(t.string("name"), t.string("value")));
        }
        if (!tags.isEmpty()) {
            spec.put("tags", tags);
        }
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
        if (pool.spec().bool("spot")) {
            spec.put("spotMarketOptions", Maps.empty());
        }
        pool.spec().optionalString("capacityReservationId").ifPresent(id -> spec.put("capacityReservationId", id));
        return spec;
    }

    /**
     * The subnet of a zone: stated, else the source's (its Name tag rewritten for another zone, as
     * the installer names one private subnet per zone), else {@code <infraId>-subnet-private-<zone>}.
     */
    private static Object subnet(Map<String, Object> spec, String zone, Cluster cluster, Problems problems) {
        BoundObject aws = cluster.facts().section("aws");
        Map<String, String> stated = aws.stringMap("subnets");
        if (stated.containsKey(zone)) {
            return reference(stated.get(zone), "subnet-");
        }
        Object source = spec.get("subnet");
        String from = cluster.sourceZone();
        if (source == null || from == null) {
            return reference(cluster.infraId() + "-subnet-private-" + zone, "subnet-");
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
            problems.error(aws.pathOf("subnets"), "the source MachineSet's subnet (zone " + from + ") does not name its zone,"
                    + " so the subnet of zone " + zone + " cannot be derived from it: state subnets." + zone);
            return null;
        }
        return map("filters", rewritten);
    }

    /** The root volume with the pool's size and type (encryption and KMS key stay the cluster's), then the pool's data disks. */
    private static List<Object> blockDevices(Map<String, Object> spec, Pool pool, String diskType) {
        BoundObject root = pool.rootVolume();
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
        String type = root.optionalString("type").orElse(diskType);
        ebs.put("iops", root.has("iops") ? root.integer("iops") : 0);
        ebs.put("volumeSize", root.integer("sizeGiB"));
        ebs.put("volumeType", type);
        List<Object> devices = new ArrayList<>(List.of(rootDevice));
        List<BoundObject> extra = pool.spec().objects("additionalDisks");
        for (int i = 0; i < extra.size(); i++) {
            BoundObject disk = extra.get(i);
            Map<String, Object> dataEbs = new LinkedHashMap<>();
            dataEbs.put("encrypted", ebs.getOrDefault("encrypted", true));
            if (ebs.get("kmsKey") != null) {
                dataEbs.put("kmsKey", Maps.copy(ebs.get("kmsKey")));
            }
            dataEbs.put("volumeSize", disk.integer("sizeGiB"));
            dataEbs.put("volumeType", disk.optionalString("type").orElse(type));
            devices.add(map("deviceName", disk.optionalString("deviceName").orElse("/dev/xvd" + (char) ('b' + i)), "ebs", dataEbs));
        }
        return devices;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }
}
