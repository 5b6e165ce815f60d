package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.intent.Origin;
import dev.rhoaikrm.core.intent.annotation.Above;
import dev.rhoaikrm.core.intent.annotation.Default;
import dev.rhoaikrm.core.intent.annotation.DnsLabel;
import dev.rhoaikrm.core.intent.annotation.Doc;
import dev.rhoaikrm.core.intent.annotation.IntentKind;
import dev.rhoaikrm.core.intent.annotation.IntentName;
import dev.rhoaikrm.core.intent.annotation.Max;
import dev.rhoaikrm.core.intent.annotation.MaxLength;
import dev.rhoaikrm.core.intent.annotation.Min;
import dev.rhoaikrm.core.intent.annotation.NonEmpty;
import dev.rhoaikrm.core.intent.annotation.OneOf;
import dev.rhoaikrm.core.intent.annotation.Pattern;
import dev.rhoaikrm.core.intent.annotation.Required;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GpuWorkerSet intent, declared once: every field, its type, default, constraints and meaning.
 * The intent-processor generates {@code GpuWorkerSetSchema} from it (binding, defaults,
 * {@code --schema}, {@link GpuWorkerSetSchema#bind} into these records); README.md documents the
 * same fields. Cluster facts whose default derives from the infrastructure id (subnets, security
 * groups, resource groups...) have no default here: {@link Facts} works them out, so that a fact the
 * user did not write can come from a saved worker MachineSet instead.
 */
@IntentKind(kind = "GpuWorkerSet",
        description = "GPU worker pools of an OpenShift cluster: MachineSets, MachineAutoscalers, the ClusterAutoscaler and Kueue quotas.")
record GpuWorkerSet(
        @IntentName String name,
        ClusterSpec cluster,
        @Required @NonEmpty @Doc("The GPU pools: one MachineSet and MachineAutoscaler per pool and zone.") List<PoolSpec> pools,
        Optional<AutoscalerSpec> clusterAutoscaler,
        Optional<KueueSpec> kueue,
        @Min(-1000) @Max(1000) @Default("0")
        @Doc("ArgoCD sync wave of the MachineSets and ResourceFlavors; what refers to them follows one wave later.") long syncWave,
        Origin at) {

    static final String DURATION = "([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+";
    static final String DURATION_MEANING = "a duration such as 10m or 1h30m";
    static final String DEFAULT_USER_DATA_SECRET = "worker-user-data";
    /** The bounds of the ClusterAutoscaler's int32 fields (beyond them the API server refuses the value, or a Go client wraps it). */
    static final long INT32_MIN = -2147483648L;
    static final long INT32_MAX = 2147483647L;
    /** A label value: at most 63 characters, alphanumeric at both ends (the length is part of the pattern). */
    static final String LABEL_VALUE = "(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?";
    static final String LABEL_VALUE_MEANING = "a label value (63 characters at most)";
    /** A cloud region as the providers' APIs spell it: us-east-2, eastus, us-central1. */
    static final String REGION = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    /** A DNS-1123 subdomain, or "" (Kueue's cohort names: the ClusterQueue CRD's pattern). */
    static final String SUBDOMAIN_OR_EMPTY = "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?";

    @Doc("The cluster the pools join: stated, or taken from a worker MachineSet.")
    record ClusterSpec(
            @Doc("A worker MachineSet of the cluster: every cluster fact not stated here is taken from it.") Optional<FromMachineSet> fromMachineSet,
            @Pattern(regex = "[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?", meaning = "an infrastructure id such as ocp-2qkbk (40 characters at most)")
            @Doc("oc get infrastructure cluster -o jsonpath='{.status.infrastructureName}'. Required without fromMachineSet.")
            Optional<String> infrastructureId,
            @OneOf({"aws", "azure", "gcp"}) @Doc("Cloud platform. Required without fromMachineSet.") Optional<String> platform,
            @Pattern(regex = REGION, meaning = "a region name such as us-east-2, eastus or us-central1 (lower case letters, digits and '-';"
                    + " MachineSet names are made from it)")
            @Doc("Region (Azure: location). Required without fromMachineSet.") Optional<String> region,
            @NonEmpty @Doc("RHCOS image: AWS AMI id; Azure image resourceID (default: the installer's gen2 gallery image); GCP image."
                    + " Required on AWS and GCP without fromMachineSet.") Optional<String> image,
            @DnsLabel @Doc("Cloud credentials Secret in openshift-machine-api. Default: aws-cloud-credentials, azure-cloud-credentials"
                    + " or gcp-cloud-credentials.") Optional<String> credentialsSecret,
            @DnsLabel @Doc("Ignition user-data Secret. Default: " + DEFAULT_USER_DATA_SECRET + ".") Optional<String> userDataSecret,
            AwsSpec aws,
            AzureSpec azure,
            GcpSpec gcp,
            Origin at) {
    }

    record FromMachineSet(
            @NonEmpty @Doc("A saved MachineSet (oc get machineset -n openshift-machine-api NAME -o yaml), relative to this intent's file.")
            Optional<String> file,
            @NonEmpty @Doc("A MachineSet object of the same input (kpt package, kustomize transformer input, stream).") Optional<String> name,
            Origin at) {
    }

    @Doc("AWS settings.")
    record AwsSpec(
            @Doc("Subnet per zone: an id (subnet-...) or a Name tag. Default: the subnet named <infraId>-subnet-private-<zone>"
                    + " (clusters installed with 4.16 or later) or <infraId>-private-<zone> (installed before).")
            Map<String, @NonEmpty String> subnets,
            @NonEmpty @Doc("Security groups: ids (sg-...) or Name tags. Default: the groups named <infraId>-node and <infraId>-lb"
                    + " (clusters installed with 4.16 or later) or <infraId>-worker-sg (installed before).")
            List<@NonEmpty String> securityGroups,
            @NonEmpty @Doc("Default: <infraId>-worker-profile.") Optional<String> iamInstanceProfile,
            @Doc("Tags after kubernetes.io/cluster/<infraId>=owned (the installer's user tags).") List<Tag> tags,
            Origin at) {
    }

    record Tag(@Required @NonEmpty String name, @Required String value) {
    }

    @Doc("Azure settings.")
    record AzureSpec(
            @NonEmpty @Doc("Default: <infraId>-rg.") Optional<String> resourceGroup,
            @NonEmpty @Doc("Default: the resource group.") Optional<String> networkResourceGroup,
            @NonEmpty @Doc("Default: <infraId>-vnet.") Optional<String> vnet,
            @NonEmpty @Doc("Default: <infraId>-worker-subnet.") Optional<String> subnet,
            @Doc("Default: <infraId>-identity; \"\" for none.") Optional<String> managedIdentity,
            @Doc("Default: <infraId>; \"\" for none (private clusters).") Optional<String> publicLoadBalancer,
            @Doc("Default: true.") Optional<Boolean> acceleratedNetworking,
            @Doc("Tags of the VMs.") Map<String, String> tags,
            Origin at) {
    }

    @Doc("GCP settings.")
    record GcpSpec(
            @Pattern(regex = "[a-z][-a-z0-9]{4,28}[a-z0-9]", meaning = "a GCP project id") @Doc("Required without fromMachineSet.")
            Optional<String> projectID,
            @NonEmpty @Doc("Default: <infraId>-network.") Optional<String> network,
            @NonEmpty @Doc("Default: <infraId>-worker-subnet.") Optional<String> subnetwork,
            @NonEmpty @Doc("Default: <infraId>-w@<projectID>.iam.gserviceaccount.com.") Optional<String> serviceAccountEmail,
            @Doc("Network tags. Default: <infraId>-worker.") List<@NonEmpty String> tags,
            @Doc("Labels of the instances.") Map<String, String> labels,
            @OneOf({"Preemptible", "Spot"}) @Default("Preemptible")
            @Doc("How spot pools are asked for: Preemptible (preemptible: true, every OpenShift release; instances stop after 24 hours)"
                    + " or Spot (provisioningModel: Spot, OpenShift 4.21 and later; earlier releases ignore the field and start"
                    + " on-demand instances).") String spotModel,
            Origin at) {
    }

    record PoolSpec(
            @Required @DnsLabel
            @Doc("Pool name: MachineSet <infraId>-gpu-<name>-<zone>, node label rhoai-krm.dev/gpu-pool, Kueue flavor gpu-<name>.") String name,
            @Required @NonEmpty @Doc("AWS instance type, Azure VM size or GCP machine type.") String instanceType,
            Gpu gpu,
            @Min(1) @Max(4096) @Doc("vCPUs of one node, for an instance type the catalog lacks.") Optional<Long> vcpu,
            @Min(2048) @Max(67108864) @Doc("Memory of one node in MiB, for an instance type the catalog lacks.") Optional<Long> memoryMiB,
            @NonEmpty @Doc("One MachineSet per zone (AWS us-east-2a, Azure 1, GCP us-central1-a). Default with fromMachineSet: its zone.")
            List<@NonEmpty String> zones,
            Replicas replicas,
            RootVolume rootVolume,
            @Doc("Data disks besides the root disk.") List<Disk> additionalDisks,
            @Default("false") @Doc("Spot capacity: AWS spotMarketOptions, Azure spotVMOptions, GCP preemptible or provisioningModel: Spot"
                    + " (cluster.gcp.spotModel) with restartPolicy: Never.") boolean spot,
            @NonEmpty @Doc("AWS capacity reservation id, or Azure capacity reservation group id.") Optional<String> capacityReservationId,
            @Default("true") @Doc("Taint the nodes nvidia.com/gpu=present:NoSchedule.") boolean taint,
            @Doc("More taints.") List<Taint> taints,
            @Doc("Node labels, on the MachineSet template (scale from zero sees only the template).")
            Map<String, @Pattern(regex = LABEL_VALUE, meaning = LABEL_VALUE_MEANING) String> labels,
            @Doc("Annotations of the MachineSet.") Map<String, String> annotations,
            PoolKueue kueue,
            Origin at) {
    }

    @Doc("The GPUs of one node, for an instance type the catalog lacks (product and count needed); overrides the catalog.")
    record Gpu(
            @Pattern(regex = "[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?", meaning = "a label value such as NVIDIA-L40S")
            @Doc("nvidia.com/gpu.product as GPU feature discovery writes it.") Optional<String> product,
            @Min(1) @Max(64) @Doc("GPUs per node.") Optional<Long> count,
            @Above(0) @Max(1024) @Doc("Usable memory of one GPU.") Optional<Double> memoryGiB,
            @DnsLabel @Doc("cluster-api/accelerator label value. Default: the catalog's for the product, else its lower-cased name.")
            Optional<String> accelerator,
            Origin at) {
    }

    @Doc("Autoscaling bounds per zone; each MachineSet starts at min (spec.replicas), then the autoscaler owns its size.")
    record Replicas(
            @Min(0) @Max(1000) @Default("0") @Doc("MachineAutoscaler minReplicas, per zone.") long min,
            @Min(1) @Max(1000) @Default("1") @Doc("MachineAutoscaler maxReplicas, per zone.") long max,
            Origin at) {
    }

    @Doc("The root disk: container images and model caches live here.")
    record RootVolume(
            @Min(16) @Max(65536) @Default("200") @Doc("Root disk size.") long sizeGiB,
            @NonEmpty @Doc("Disk type. Default: gp3 (AWS), Premium_LRS (Azure), pd-ssd (GCP).") Optional<String> type,
            @Min(0) @Max(256000) @Doc("AWS: provisioned IOPS (0: the volume type's baseline).") Optional<Long> iops,
            Origin at) {
    }

    record Disk(
            @Required @Min(1) @Max(65536) long sizeGiB,
            @NonEmpty @Doc("Default: the root disk's type.") Optional<String> type,
            @Pattern(regex = "/dev/[a-z0-9]+", meaning = "a device name such as /dev/xvdb") @Doc("AWS only. Default: /dev/xvdb, /dev/xvdc, ...")
            Optional<String> deviceName,
            @Min(0) @Max(63) @Doc("Azure only. Default: 0, 1, ...") Optional<Long> lun,
            Origin at) {
    }

    record Taint(
            @Required @NonEmpty String key,
            Optional<String> value,
            @Required @OneOf({"NoSchedule", "PreferNoSchedule", "NoExecute"}) String effect) {
    }

    @Doc("The pool in Kueue.")
    record PoolKueue(
            @DnsLabel @Doc("ResourceFlavor name. Default: gpu-<pool>.") Optional<String> flavor,
            @Default("true") @Doc("Give the pool a ResourceFlavor and ClusterQueue quota.") boolean enabled,
            Origin at) {
    }

    @Doc("Generate the cluster's ClusterAutoscaler (named default; one for all GpuWorkerSets of the input). Omit to generate none.")
    record AutoscalerSpec(
            @Min(0) @Max(1000) @Default("3") @Doc("Control plane machines, counted when checking a stated maxNodesTotal.") long controlPlaneNodes,
            @Min(0) @Max(10000) @Default("3")
            @Doc("The most non-GPU workers the cluster can have (their MachineSets' maxima), counted when checking a stated maxNodesTotal.")
            long otherWorkerNodes,
            @Min(1) @Max(100000) @Doc("Most nodes of the whole cluster (every node counts: infra, storage, other workers). Default: none,"
                    + " no limit. Stated: at least controlPlaneNodes + otherWorkerNodes + every pool's max × zones.")
            Optional<Long> maxNodesTotal,
            @Doc("GPU limits by accelerator type. Default: per type, every pool's max × zones × GPUs per node. Stated: at least that.")
            List<GpuLimit> gpus,
            @Doc("CPU cores in the cluster.") Optional<MinMax> cores,
            @Doc("Memory of the cluster in GiB.") Optional<MinMax> memoryGiB,
            @Min(INT32_MIN) @Max(INT32_MAX) @Default("-10") @Doc("Pods below this priority never trigger a scale-up.") long podPriorityThreshold,
            @Default("true") boolean balanceSimilarNodeGroups,
            @Default("true") boolean skipNodesWithLocalStorage,
            Optional<Boolean> ignoreDaemonsetsUtilization,
            @Min(0) @Max(INT32_MAX) @Default("600") @Doc("Seconds pods get to terminate on scale-down.") long maxPodGracePeriod,
            @Pattern(regex = DURATION, meaning = DURATION_MEANING) @Default("15m") String maxNodeProvisionTime,
            List<@OneOf({"LeastWaste", "Priority", "Random"}) String> expanders,
            ScaleDown scaleDown,
            Origin at) {
    }

    record GpuLimit(
            @Required @Pattern(regex = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?",
                    meaning = "a cluster-api/accelerator label value such as nvidia-l40s (the autoscaler counts GPUs by that node label,"
                            + " not by resource name)")
            @Doc("A cluster-api/accelerator value such as nvidia-l40s.") String type,
            @Min(0) @Max(INT32_MAX) @Default("0") long min,
            @Required @Min(1) @Max(INT32_MAX) long max,
            Origin at) {
    }

    record MinMax(@Required @Min(0) @Max(INT32_MAX) long min, @Required @Min(1) @Max(INT32_MAX) long max, Origin at) {
    }

    @Doc("When idle GPU nodes go.")
    record ScaleDown(
            @Default("true") boolean enabled,
            @Pattern(regex = DURATION, meaning = DURATION_MEANING) @Default("10m") String delayAfterAdd,
            @Pattern(regex = DURATION, meaning = DURATION_MEANING) @Default("5m") String delayAfterDelete,
            @Pattern(regex = DURATION, meaning = DURATION_MEANING) @Default("3m") String delayAfterFailure,
            @Pattern(regex = DURATION, meaning = DURATION_MEANING) @Default("10m") String unneededTime,
            // strictly between 0 and 1: the CRD's pattern (0.[0-9]+) and the operator's validator (0 < value < 1)
            @Pattern(regex = "0\\.[0-9]*[1-9][0-9]*", meaning = "a fraction strictly between 0 and 1 such as 0.5 (the operator refuses 0 and 1)")
            @Doc("Nodes whose requested resources are below this share of their capacity may be removed.") Optional<String> utilizationThreshold,
            Origin at) {
    }

    @Doc("Generate a ResourceFlavor per pool and a ClusterQueue whose quotas are the pools' allocatable capacity at their maximum."
            + " Omit to generate none.")
    record KueueSpec(
            @Required @DnsLabel @Doc("ClusterQueue name.") String clusterQueue,
            @Pattern(regex = SUBDOMAIN_OR_EMPTY, meaning = "a DNS-1123 subdomain such as gpu-teams (or \"\" for none)") @MaxLength(253)
            @Doc("Cohort the ClusterQueue borrows and lends in; \"\" for none.") Optional<String> cohort,
            @Doc("Namespaces (by label) whose LocalQueues may use it. Default: every namespace.")
            Map<String, @Pattern(regex = LABEL_VALUE, meaning = LABEL_VALUE_MEANING) String> namespaceSelector,
            Preemption preemption,
            @OneOf({"2.16", "2.17", "2.18", "2.19", "2.20", "2.21", "2.22", "2.23", "2.24", "2.25", "3.0", "3.2", "3.3", "3.4", "3.5"})
            @Default(KueueVersions.DEFAULT_RELEASE)
            @Doc("The cluster's RHOAI release: its Kueue decides apiVersion's default (3.5: the Red Hat build of Kueue 1.4,"
                    + " kueue.x-k8s.io/v1beta2; earlier releases: v1beta1).") String rhoaiRelease,
            @OneOf({KueueVersions.V1BETA1, KueueVersions.V1BETA2})
            @Doc("API version of the ClusterQueue and ResourceFlavors: the version the cluster's Kueue stores. Default: rhoaiRelease's.")
            Optional<String> apiVersion,
            @DnsLabel @Default(KueueObjects.DEFAULT_FLAVOR)
            @Doc("The ResourceFlavor without node labels that holds the queue's CPU and memory quota, in a resource group apart from"
                    + " the GPU flavors (RHOAI's operator creates one of this name when kueue is Unmanaged).") String defaultFlavor,
            Origin at) {

        /** The kueue.x-k8s.io version to write: stated, else the one rhoaiRelease's Kueue stores. */
        String resolvedApiVersion() {
            return apiVersion.isPresent() ? apiVersion.get() : KueueVersions.apiVersion(rhoaiRelease);
        }
    }

    @Doc("ClusterQueue preemption policy.")
    record Preemption(
            @OneOf({"Never", "LowerPriority", "Any"}) @Default("Any") String reclaimWithinCohort,
            @OneOf({"Never", "LowerPriority", "LowerOrNewerEqualPriority"}) @Default("LowerPriority") String withinClusterQueue) {
    }
}
