package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.intent.Origin;
import dev.rhoaikrm.core.intent.annotation.Above;
import dev.rhoaikrm.core.intent.annotation.Default;
import dev.rhoaikrm.core.intent.annotation.DnsLabel;
import dev.rhoaikrm.core.intent.annotation.Doc;
import dev.rhoaikrm.core.intent.annotation.IntentKind;
import dev.rhoaikrm.core.intent.annotation.IntentName;
import dev.rhoaikrm.core.intent.annotation.Max;
import dev.rhoaikrm.core.intent.annotation.Min;
import dev.rhoaikrm.core.intent.annotation.NonEmpty;
import dev.rhoaikrm.core.intent.annotation.OneOf;
import dev.rhoaikrm.core.intent.KnownPattern;
import dev.rhoaikrm.core.intent.annotation.Pattern;
import dev.rhoaikrm.core.intent.annotation.Quantity;
import dev.rhoaikrm.core.intent.annotation.Required;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ModelServing intent, declared once: every field, its type, default, constraints and meaning.
 * The intent-processor generates {@code ModelServingSchema} from it (binding, defaults,
 * {@code --schema}, and {@link ModelServingSchema#bind} into these records); README.md documents the
 * same fields. Derived defaults that need other fields (namespace, claim name, tensor parallel size,
 * replicas) are methods here, so that every use site reads one answer.
 */
@IntentKind(kind = "ModelServing", description = "A vLLM model served by RHOAI (KServe RawDeployment).")
record ModelServing(
        @IntentName String name,
        @DnsLabel @Doc("Namespace of the model's objects. Default: metadata.name.") Optional<String> namespace,
        @Default("true") @Doc("Generate the Namespace (with the dashboard's labels).") boolean createNamespace,
        @NonEmpty @Doc("Name shown in the RHOAI dashboard. Default: metadata.name.") Optional<String> displayName,
        @Doc("Description shown in the RHOAI dashboard.") Optional<String> description,
        @Required Model model,
        Storage storage,
        Download download,
        Runtime runtime,
        Gpu gpu,
        @Doc("Replaces the node selector derived from gpu.product or gpu.pool.") Optional<Map<String, String>> nodeSelector,
        @Doc("Added to the nvidia.com/gpu toleration.") List<Toleration> tolerations,
        CpuAndMemory resources,
        Replicas replicas,
        @OneOf({"RollingUpdate", "Recreate"}) @Default("RollingUpdate")
        @Doc("Recreate frees the GPUs before the new pod starts (RollingUpdate needs spare GPUs).") String deploymentStrategy,
        Expose expose,
        @Default("true") @Doc("Labels and annotations that make the model appear in the RHOAI dashboard and GenAI Studio.") boolean dashboard,
        @Doc("opendatahub.io/genai-use-case annotation (GenAI Studio).") Optional<String> genaiUseCase,
        @Default("false") @Doc("serving.kserve.io/stop: scale the model to nothing without deleting it.") boolean stopped,
        @Min(-1000) @Max(1000) @Default("0")
        @Doc("ArgoCD sync wave of the Namespace; the other objects follow in dependency order.") long syncWave,
        Origin at) {

    static final String DEFAULT_IMAGE = "registry.redhat.io/rhaiis/vllm-cuda-rhel9:3.3.0";
    static final String DEFAULT_DOWNLOAD_IMAGE = "registry.access.redhat.com/ubi9/python-311:latest";

    @Doc("The model and where it comes from.")
    record Model(
            @Required @Pattern(regex = KnownPattern.MODEL_URI_REGEX, // matched by hand on every render
                    meaning = "a model URI: hf://ORG/NAME[@REVISION] (letters, digits, '.', '_', '-', and '/' in the revision), oci://IMAGE, pvc://CLAIM/PATH or s3://BUCKET/PATH")
            @Doc("Where the weights are. hf:// sources are downloaded into a PVC by a Job.") String uri,
            @Doc("Model catalog entry to size with, when the URI does not name the model.") Optional<String> catalogId,
            @Pattern(regex = "[0-9]+(\\.[0-9]+)?[MB]", meaning = "a parameter count such as 7B, 120B or 500M")
            @Doc("Parameter count. Needed when the model is not in the shipped catalog.") Optional<String> parameters,
            @OneOf({"bf16", "fp16", "fp8", "int8", "int4", "mxfp4"})
            @Doc("How the checkpoint's weights are stored (sizing, download). Default: the scheme its name declares"
                    + " (-FP8-dynamic, -w4a16, ...), else the catalog's, else bf16. To quantize at load time: runtime.quantization.")
            Optional<String> quantization,
            @DnsLabel @Doc("Connection secret: HF_TOKEN for hf://, the dashboard's S3 connection for s3://, a pull secret for oci://.")
            Optional<String> secretName,
            Origin at) {
    }

    @Doc("The PVC hf:// weights are downloaded to (hf:// only).")
    record Storage(
            @Quantity @Doc("PVC size. Default: the model's weights plus 25 % and 5Gi, rounded up to whole Gi.") Optional<String> size,
            @Doc("Storage class. Default: the cluster's default class.") Optional<String> storageClassName,
            @OneOf({"ReadWriteOnce", "ReadWriteMany", "ReadWriteOncePod"}) @Default("ReadWriteOnce") String accessMode,
            @DnsLabel @Doc("PVC name. Default: <name>-model-weights.") Optional<String> claimName,
            Origin at) {
    }

    @Doc("The download Job (hf:// only).")
    record Download(
            @NonEmpty @Default(DEFAULT_DOWNLOAD_IMAGE) @Doc("Image with python3 and pip for the download Job.") String image,
            @Default({"*.gguf", "*.bin", "*.pt", "*.pth", "*.h5", "*.msgpack", "*.onnx", "original/*", "consolidated*.safetensors"})
            @Doc("Files of the repository not to download. Default: the formats vLLM does not load by default (all but the safetensors"
                    + " shards its index names; consolidated*.safetensors is kept with --load-format=mistral).")
            List<@NonEmpty @Pattern(regex = "[^\\x00-\\x1f\\x7f]+", meaning = "a file pattern without control characters") String> ignorePatterns,
            CpuAndMemory resources,
            Origin at) {
    }

    @Doc("The vLLM server.")
    record Runtime(
            @NonEmpty @Default(DEFAULT_IMAGE) @Doc("vLLM image.") String image,
            @Min(1) @Max(10_000_000) @Doc("--max-model-len. Default: the model's context length from the catalog.") Optional<Long> maxModelLen,
            @Above(0) @Max(1) @Default("0.9") @Doc("--gpu-memory-utilization.") double gpuMemoryUtilization,
            @Min(1) @Max(64) @Doc("--tensor-parallel-size. Default: gpu.count / (pipelineParallelSize × dataParallelSize).")
            Optional<Long> tensorParallelSize,
            @Min(1) @Max(64) @Doc("--pipeline-parallel-size: pipeline stages, each on tensorParallelSize GPUs. Default: 1.")
            Optional<Long> pipelineParallelSize,
            @Min(1) @Max(64) @Doc("--data-parallel-size: engines in the pod, each on tensorParallelSize × pipelineParallelSize GPUs. Default: 1.")
            Optional<Long> dataParallelSize,
            @OneOf({"fp8"}) @Doc("--quantization: vLLM quantizes bf16/fp16 weights at load time. Refused on an already quantized checkpoint.")
            Optional<String> quantization,
            @Pattern(regex = "[a-z0-9_-]+", meaning = "a vLLM tool-call parser name such as hermes or openai")
            @Doc("Adds --enable-auto-tool-choice --tool-call-parser=<value>.") Optional<String> toolCallParser,
            @Doc("More vLLM arguments, appended.") List<@NonEmpty String> args,
            @Doc("Environment of the vLLM container (HF_HOME=/tmp/hf_home is set unless given).") List<EnvVar> env,
            Origin at) {
    }

    record EnvVar(
            @Required @Pattern(regex = "[-._a-zA-Z][-._a-zA-Z0-9]*", meaning = "an environment variable name") String name,
            @Required String value) {
    }

    @Doc("The GPUs a replica needs.")
    record Gpu(
            @Min(0) @Max(64) @Default("1") @Doc("GPUs per replica (nvidia.com/gpu requests = limits).") long count,
            @NonEmpty @Doc("GPU product as GPU feature discovery labels it (NVIDIA-L40S): node selector and sizing.") Optional<String> product,
            @DnsLabel @Doc("A GpuWorkerSet pool: node selector rhoai-krm.dev/gpu-pool=<pool>, sizing from its instance type.") Optional<String> pool,
            @NonEmpty @Doc("The file of the GpuWorkerSet intent whose pools gpu.pool and gpu.product are checked against, relative to this"
                    + " intent's file and inside the repository; for a GpuWorkerSet rendered elsewhere (another folder, another Application).")
            Optional<String> workerSetFile,
            Origin at) {
    }

    record Toleration(
            @Required @NonEmpty String key,
            @OneOf({"Exists", "Equal"}) @Default("Exists") String operator,
            Optional<String> value,
            @OneOf({"NoSchedule", "PreferNoSchedule", "NoExecute"}) Optional<String> effect) {
    }

    @Doc("CPU and memory; a limit left out equals its request.")
    record CpuAndMemory(Quantities requests, Quantities limits) {
    }

    record Quantities(@Quantity Optional<String> cpu, @Quantity Optional<String> memory) {
    }

    @Doc("Replica bounds of the predictor.")
    record Replicas(
            @Min(0) @Max(1000) @Default("1") @Doc("minReplicas.") long min,
            @Min(1) @Max(1000) @Doc("maxReplicas. Default: min (no autoscaling).") Optional<Long> max,
            Origin at) {

        /** maxReplicas: as stated, else min (at least 1). */
        long maxOrMin() {
            return max.orElse(Math.max(1, min));
        }
    }

    @Doc("How the model is reached.")
    record Expose(
            @Default("true") @Doc("Reachable from outside the cluster.") boolean route,
            @OneOf({"label", "route"}) @Default("label")
            @Doc("label: set networking.kserve.io/visibility=exposed; odh-model-controller creates and owns the Route <name>."
                    + " route: a Route from Git named <name>-route, a name the controller never touches.")
            String via,
            @Default("false")
            @Doc("Token authentication (security.opendatahub.io/enable-auth), with a ServiceAccount, Role, RoleBinding and token Secret.")
            boolean auth,
            Origin at) {

        /** Whether a Route object is generated (not left to odh-model-controller by the visibility label). */
        boolean routeObject() {
            return route && via.equals("route");
        }

        /** Whether the InferenceService asks odh-model-controller for its Route. */
        boolean visibilityLabel() {
            return route && via.equals("label");
        }
    }

    // ---- defaults derived from other fields ----------------------------------------------------

    /** The namespace of every object: spec.namespace, else the intent's name. */
    String targetNamespace() {
        return namespace.orElse(name);
    }

    String shownName() {
        return displayName.orElse(name);
    }

    /** The parsed model source (the schema's pattern accepted it). */
    ModelUri uri() {
        return ModelUri.parse(model.uri());
    }

    /** The PVC hf:// weights go to. */
    String claimName() {
        return storage.claimName().orElse(name + "-model-weights");
    }

    /** --tensor-parallel-size: as stated, else the GPUs each pipeline stage of each engine gets. */
    long tensorParallelSize() {
        return runtime.tensorParallelSize().orElse(Math.max(1, gpu.count() / (pipelineParallelSize() * dataParallelSize())));
    }

    long pipelineParallelSize() {
        return runtime.pipelineParallelSize().orElse(1L);
    }

    long dataParallelSize() {
        return runtime.dataParallelSize().orElse(1L);
    }

    /** The GPUs vLLM uses: TP × PP per engine, DP engines. */
    long gpusUsed() {
        return tensorParallelSize() * pipelineParallelSize() * dataParallelSize();
    }

    /** Where KServe finds the weights: the PVC for hf:// sources, else the URI itself. */
    String storageUri() {
        ModelUri uri = uri();
        return uri.isHuggingFace() ? "pvc://" + claimName() + "/" + uri.folder() : uri.text();
    }

    /**
     * The size of the memory emptyDir at /dev/shm, in GiB, for a pod of more than one GPU; 0 for
     * one GPU (the runtime's 64 MiB do). NCCL and vLLM's worker processes exchange data through
     * /dev/shm; the dashboard mounts 2Gi on every runtime it deploys (odh-dashboard v3.3.0,
     * frontend/src/api/k8s/servingRuntimes.ts assembleServingRuntime, getshmVolume('2Gi')) and
     * odh-model-controller's multi-node vLLM template 12Gi (odh-v3.3,
     * config/runtimes/vllm-multinode-template.yaml). Here: 1 GiB per GPU, at least the dashboard's 2.
     */
    long sharedMemoryGiB() {
        return gpu.count() > 1 ? Math.max(2, gpu.count()) : 0;
    }

    /**
     * The model container's CPU and memory (4 CPU, 16Gi unless stated). A memory-backed emptyDir
     * counts against the container's memory limit (Kubernetes docs, Volumes: emptyDir, medium
     * Memory), so the default memory grows by the shared memory's size.
     */
    Resources containerResources() {
        return Resources.of(resources, "4", (16 + sharedMemoryGiB()) + "Gi");
    }

    /** The download Job's CPU and memory (1 CPU, 4Gi unless stated). */
    Resources downloadResources() {
        return Resources.of(download.resources(), "1", "4Gi");
    }
}
