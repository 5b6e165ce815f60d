package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.intent.ObjectSchema;
import dev.rhoaikrm.core.intent.Schema;
import dev.rhoaikrm.core.intent.StringSchema;

/**
 * The GpuWorkerSet intent: every field, its type, default and meaning. README.md documents the
 * same. Cluster facts whose default derives from the infrastructure id (subnets, security groups,
 * resource groups...) have no schema default: {@link ClusterFacts} works them out, so that a fact
 * the user did not write can come from a saved worker MachineSet instead.
 */
final class GpuWorkerSetSchema {
    static final String API_VERSION = "rhoai-krm.dev/v1alpha1";
    static final String KIND = "GpuWorkerSet";
    static final String DURATION = "([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+";
    static final String DEFAULT_USER_DATA_SECRET = "worker-user-data";

    private GpuWorkerSetSchema() {
    }

    static IntentSchema intent() {
        return new IntentSchema(API_VERSION, KIND,
                "GPU worker pools of an OpenShift cluster: MachineSets, MachineAutoscalers, the ClusterAutoscaler and Kueue quotas.", spec());
    }

    private static ObjectSchema spec() {
        return Schema.object()
                .field("cluster", cluster())
                .required("pools", Schema.array(pool()).minItems(1).describe("The GPU pools: one MachineSet and MachineAutoscaler per pool and zone."))
                .field("clusterAutoscaler", clusterAutoscaler())
                .field("kueue", kueue())
                .field("syncWave", Schema.integer().min(-1000).max(1000).byDefault(0L)
                        .describe("ArgoCD sync wave of the MachineSets and ResourceFlavors; what refers to them follows one wave later."));
    }

    private static ObjectSchema cluster() {
        return Schema.object()
                .field("fromMachineSet", Schema.object()
                        .field("file", Schema.string().nonEmpty().describe("A saved MachineSet (oc get machineset -n openshift-machine-api NAME -o yaml), relative to this intent's file."))
                        .field("name", Schema.string().nonEmpty().describe("A MachineSet object of the same input (kpt package, kustomize transformer input, stream)."))
                        .describe("A worker MachineSet of the cluster: every cluster fact not stated here is taken from it."))
                .field("infrastructureId", Schema.string().pattern("[a-z0-9]([-a-z0-9]*[a-z0-9])?", "an infrastructure id such as ocp-2qkbk")
                        .maxLength(40).describe("oc get infrastructure cluster -o jsonpath='{.status.infrastructureName}'. Required without fromMachineSet."))
                .field("platform", Schema.string().oneOf("aws", "azure", "gcp").describe("Cloud platform. Required without fromMachineSet."))
                .field("region", Schema.string().nonEmpty().describe("Region (Azure: location). Required without fromMachineSet."))
                .field("image", Schema.string().nonEmpty().describe("RHCOS image: AWS AMI id; Azure image resourceID (default: the installer's gen2 gallery image); GCP image. Required on AWS and GCP without fromMachineSet."))
                .field("credentialsSecret", Schema.string().dnsLabel().describe("Cloud credentials Secret in openshift-machine-api. Default: aws-cloud-credentials, azure-cloud-credentials or gcp-cloud-credentials."))
                .field("userDataSecret", Schema.string().dnsLabel().describe("Ignition user-data Secret. Default: " + DEFAULT_USER_DATA_SECRET + "."))
                .field("aws", Schema.object()
                        .field("subnets", Schema.map(Schema.string().nonEmpty()).describe("Subnet per zone: an id (subnet-...) or a Name tag. Default: <infraId>-subnet-private-<zone>."))
                        .field("securityGroups", Schema.array(Schema.string().nonEmpty()).minItems(1)
                                .describe("Security groups: ids (sg-...) or Name tags. Default: <infraId>-node, <infraId>-lb."))
                        .field("iamInstanceProfile", Schema.string().nonEmpty().describe("Default: <infraId>-worker-profile."))
                        .field("tags", Schema.array(Schema.object()
                                .required("name", Schema.string().nonEmpty())
                                .required("value", Schema.string()))
                                .describe("Tags after kubernetes.io/cluster/<infraId>=owned (the installer's user tags)."))
                        .describe("AWS settings."))
                .field("azure", Schema.object()
                        .field("resourceGroup", Schema.string().nonEmpty().describe("Default: <infraId>-rg."))
                        .field("networkResourceGroup", Schema.string().nonEmpty().describe("Default: the resource group."))
                        .field("vnet", Schema.string().nonEmpty().describe("Default: <infraId>-vnet."))
                        .field("subnet", Schema.string().nonEmpty().describe("Default: <infraId>-worker-subnet."))
                        .field("managedIdentity", Schema.string().describe("Default: <infraId>-identity; \"\" for none."))
                        .field("publicLoadBalancer", Schema.string().describe("Default: <infraId>; \"\" for none (private clusters)."))
                        .field("acceleratedNetworking", Schema.bool().describe("Default: true."))
                        .field("tags", Schema.map(Schema.string()).describe("Tags of the VMs."))
                        .describe("Azure settings."))
                .field("gcp", Schema.object()
                        .field("projectID", Schema.string().pattern("[a-z][-a-z0-9]{4,28}[a-z0-9]", "a GCP project id").describe("Required without fromMachineSet."))
                        .field("network", Schema.string().nonEmpty().describe("Default: <infraId>-network."))
                        .field("subnetwork", Schema.string().nonEmpty().describe("Default: <infraId>-worker-subnet."))
                        .field("serviceAccountEmail", Schema.string().nonEmpty().describe("Default: <infraId>-w@<projectID>.iam.gserviceaccount.com."))
                        .field("tags", Schema.array(Schema.string().nonEmpty()).describe("Network tags. Default: <infraId>-worker."))
                        .field("labels", Schema.map(Schema.string()).describe("Labels of the instances."))
                        .describe("GCP settings."))
                .describe("The cluster the pools join: stated, or taken from a worker MachineSet.");
    }

    private static ObjectSchema pool() {
        return Schema.object()
                .required("name", Schema.string().dnsLabel().describe("Pool name: MachineSet <infraId>-gpu-<name>-<zone>, node label rhoai-krm.dev/gpu-pool, Kueue flavor gpu-<name>."))
                .required("instanceType", Schema.string().nonEmpty().describe("AWS instance type, Azure VM size or GCP machine type."))
                .field("gpu", Schema.object()
                        .field("product", Schema.string().pattern("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?", "a label value such as NVIDIA-L40S")
                                .describe("nvidia.com/gpu.product as GPU feature discovery writes it."))
                        .field("count", Schema.integer().min(1).max(64).describe("GPUs per node."))
                        .field("memoryGiB", Schema.number().above(0).max(1024).describe("Usable memory of one GPU."))
                        .field("accelerator", Schema.string().dnsLabel().describe("cluster-api/accelerator label value. Default: the catalog's for the product, else its lower-cased name."))
                        .describe("The GPUs of one node, for an instance type the catalog lacks (product and count needed); overrides the catalog."))
                .field("vcpu", Schema.integer().min(1).max(4096).describe("vCPUs of one node, for an instance type the catalog lacks."))
                .field("memoryMiB", Schema.integer().min(2048).max(1L << 26).describe("Memory of one node in MiB, for an instance type the catalog lacks."))
                .field("zones", Schema.array(Schema.string().nonEmpty()).minItems(1)
                        .describe("One MachineSet per zone (AWS us-east-2a, Azure 1, GCP us-central1-a). Default with fromMachineSet: its zone."))
                .field("replicas", Schema.object()
                        .field("min", Schema.integer().min(0).max(1000).byDefault(0L).describe("MachineAutoscaler minReplicas, per zone."))
                        .field("max", Schema.integer().min(1).max(1000).byDefault(1L).describe("MachineAutoscaler maxReplicas, per zone."))
                        .describe("Autoscaling bounds per zone; the MachineSets leave spec.replicas to the autoscaler."))
                .field("rootVolume", Schema.object()
                        .field("sizeGiB", Schema.integer().min(16).max(65536).byDefault(200L).describe("Root disk size."))
                        .field("type", Schema.string().nonEmpty().describe("Disk type. Default: gp3 (AWS), Premium_LRS (Azure), pd-ssd (GCP)."))
                        .field("iops", Schema.integer().min(0).max(256000).describe("AWS: provisioned IOPS (0: the volume type's baseline)."))
                        .describe("The root disk: container images and model caches live here."))
                .field("additionalDisks", Schema.array(Schema.object()
                        .required("sizeGiB", Schema.integer().min(1).max(65536))
                        .field("type", Schema.string().nonEmpty().describe("Default: the root disk's type."))
                        .field("deviceName", Schema.string().pattern("/dev/[a-z0-9]+", "a device name such as /dev/xvdb").describe("AWS only. Default: /dev/xvdb, /dev/xvdc, ..."))
                        .field("lun", Schema.integer().min(0).max(63).describe("Azure only. Default: 0, 1, ...")))
                        .describe("Data disks besides the root disk."))
                .field("spot", Schema.bool().byDefault(false).describe("Spot capacity: AWS spotMarketOptions, Azure spotVMOptions, GCP preemptible."))
                .field("capacityReservationId", Schema.string().nonEmpty().describe("AWS capacity reservation id, or Azure capacity reservation group id."))
                .field("taint", Schema.bool().byDefault(true).describe("Taint the nodes nvidia.com/gpu=present:NoSchedule."))
                .field("taints", Schema.array(Schema.object()
                        .required("key", Schema.string().nonEmpty())
                        .field("value", Schema.string())
                        .required("effect", Schema.string().oneOf("NoSchedule", "PreferNoSchedule", "NoExecute")))
                        .describe("More taints."))
                .field("labels", labelMap().describe("Node labels, on the MachineSet template (scale from zero sees only the template)."))
                .field("annotations", Schema.map(Schema.string()).describe("Annotations of the MachineSet."))
                .field("kueue", Schema.object()
                        .field("flavor", Schema.string().dnsLabel().describe("ResourceFlavor name. Default: gpu-<pool>."))
                        .field("enabled", Schema.bool().byDefault(true).describe("Give the pool a ResourceFlavor and ClusterQueue quota."))
                        .describe("The pool in Kueue."));
    }

    private static ObjectSchema clusterAutoscaler() {
        return Schema.object()
                .field("controlPlaneNodes", Schema.integer().min(0).max(1000).byDefault(3L).describe("Control plane machines, counted in maxNodesTotal."))
                .field("otherWorkerNodes", Schema.integer().min(0).max(10000).byDefault(3L)
                        .describe("The most non-GPU workers the cluster can have (their MachineSets' maxima), counted in maxNodesTotal."))
                .field("maxNodesTotal", Schema.integer().min(1).max(100000)
                        .describe("Default: controlPlaneNodes + otherWorkerNodes + every pool's max × zones. Stated: at least that."))
                .field("gpus", Schema.array(Schema.object()
                        .required("type", Schema.string().pattern("[a-z0-9]([-a-z0-9]*[a-z0-9])?",
                                        "a cluster-api/accelerator label value such as nvidia-l40s (the autoscaler counts GPUs by that node label, not by resource name)")
                                .maxLength(63).describe("A cluster-api/accelerator value such as nvidia-l40s."))
                        .field("min", Schema.integer().min(0).int32().byDefault(0L))
                        .required("max", Schema.integer().min(1).int32()))
                        .describe("GPU limits by accelerator type. Default: per type, every pool's max × zones × GPUs per node. Stated: at least that."))
                .field("cores", minMax("CPU cores in the cluster."))
                .field("memoryGiB", minMax("Memory of the cluster in GiB."))
                .field("podPriorityThreshold", Schema.integer().int32().byDefault(-10L).describe("Pods below this priority never trigger a scale-up."))
                .field("balanceSimilarNodeGroups", Schema.bool().byDefault(true))
                .field("skipNodesWithLocalStorage", Schema.bool().byDefault(true))
                .field("ignoreDaemonsetsUtilization", Schema.bool())
                .field("maxPodGracePeriod", Schema.integer().min(0).int32().byDefault(600L).describe("Seconds pods get to terminate on scale-down."))
                .field("maxNodeProvisionTime", duration().byDefault("15m"))
                .field("expanders", Schema.array(Schema.string().oneOf("LeastWaste", "Priority", "Random")))
                .field("scaleDown", Schema.object()
                        .field("enabled", Schema.bool().byDefault(true))
                        .field("delayAfterAdd", duration().byDefault("10m"))
                        .field("delayAfterDelete", duration().byDefault("5m"))
                        .field("delayAfterFailure", duration().byDefault("3m"))
                        .field("unneededTime", duration().byDefault("10m"))
                        .field("utilizationThreshold", Schema.string().pattern("0(\\.[0-9]+)?|1(\\.0+)?", "a fraction such as 0.5"))
                        .describe("When idle GPU nodes go."))
                .describe("Generate the cluster's ClusterAutoscaler (named default; one for all GpuWorkerSets of the input). Omit to generate none.");
    }

    private static ObjectSchema kueue() {
        return Schema.object()
                .required("clusterQueue", Schema.string().dnsLabel().describe("ClusterQueue name."))
                .field("cohort", Schema.string().describe("Cohort the ClusterQueue borrows and lends in; \"\" for none."))
                .field("namespaceSelector", labelMap().describe("Namespaces (by label) whose LocalQueues may use it. Default: every namespace."))
                .field("preemption", Schema.object()
                        .field("reclaimWithinCohort", Schema.string().oneOf("Never", "LowerPriority", "Any").byDefault("Any"))
                        .field("withinClusterQueue", Schema.string().oneOf("Never", "LowerPriority", "LowerOrNewerEqualPriority").byDefault("LowerPriority"))
                        .describe("ClusterQueue preemption policy."))
                .describe("Generate a ResourceFlavor per pool and a ClusterQueue whose quotas are the pools' allocatable capacity at their maximum. Omit to generate none.");
    }

    private static ObjectSchema minMax(String meaning) {
        return Schema.object()
                .required("min", Schema.integer().min(0).int32())
                .required("max", Schema.integer().min(1).int32())
                .describe(meaning);
    }

    private static StringSchema duration() {
        return Schema.string().pattern(DURATION, "a duration such as 10m or 1h30m");
    }

    private static dev.rhoaikrm.core.intent.MapSchema labelMap() {
        return Schema.map(Schema.string().numbersAllowed().pattern("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?", "a label value (63 characters at most)")
                .maxLength(63));
    }
}
