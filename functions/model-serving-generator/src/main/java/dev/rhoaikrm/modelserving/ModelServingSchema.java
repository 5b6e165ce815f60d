package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.intent.ObjectSchema;
import dev.rhoaikrm.core.intent.Schema;
import dev.rhoaikrm.core.intent.StringSchema;
import java.util.List;

/** The ModelServing intent: every field, its type, default and meaning. README.md documents the same. */
final class ModelServingSchema {
    static final String API_VERSION = "rhoai-krm.dev/v1alpha1";
    static final String KIND = "ModelServing";
    static final String DEFAULT_IMAGE = "registry.redhat.io/rhaiis/vllm-cuda-rhel9:3.3.0";
    static final String DEFAULT_DOWNLOAD_IMAGE = "registry.access.redhat.com/ubi9/python-311:latest";

    private ModelServingSchema() {
    }

    static IntentSchema intent() {
        return new IntentSchema(API_VERSION, KIND, "A vLLM model served by RHOAI (KServe RawDeployment).", spec());
    }

    private static ObjectSchema spec() {
        return Schema.object()
                .field("namespace", Schema.string().dnsLabel().describe("Namespace of the model's objects. Default: metadata.name."))
                .field("createNamespace", Schema.bool().byDefault(true).describe("Generate the Namespace (with the dashboard's labels)."))
                .field("displayName", Schema.string().nonEmpty().describe("Name shown in the RHOAI dashboard. Default: metadata.name."))
                .field("description", Schema.string().describe("Description shown in the RHOAI dashboard."))
                .required("model", model())
                .field("storage", storage())
                .field("download", download())
                .field("runtime", runtime())
                .field("gpu", gpu())
                .field("nodeSelector", Schema.map(Schema.string()).describe("Replaces the node selector derived from gpu.product or gpu.pool."))
                .field("tolerations", Schema.array(toleration()).describe("Added to the nvidia.com/gpu toleration."))
                .field("resources", resources())
                .field("replicas", Schema.object()
                        .field("min", Schema.integer().min(0).max(1000).byDefault(1L).describe("minReplicas."))
                        .field("max", Schema.integer().min(1).max(1000).describe("maxReplicas. Default: min (no autoscaling)."))
                        .describe("Replica bounds of the predictor."))
                .field("deploymentStrategy", Schema.string().oneOf("RollingUpdate", "Recreate").byDefault("RollingUpdate")
                        .describe("Recreate frees the GPUs before the new pod starts (RollingUpdate needs spare GPUs)."))
                .field("expose", Schema.object()
                        .field("route", Schema.bool().byDefault(true).describe("Reachable from outside the cluster."))
                        .field("via", Schema.string().oneOf("route", "label").byDefault("route")
                                .describe("route: generate an OpenShift Route to <name>-predictor; label: set networking.kserve.io/visibility=exposed and let RHOAI create it."))
                        .field("auth", Schema.bool().byDefault(false).describe("Token authentication (security.opendatahub.io/enable-auth), with a ServiceAccount, Role, RoleBinding and token Secret."))
                        .describe("How the model is reached."))
                .field("dashboard", Schema.bool().byDefault(true).describe("Labels and annotations that make the model appear in the RHOAI dashboard and GenAI Studio."))
                .field("genaiUseCase", Schema.string().describe("opendatahub.io/genai-use-case annotation (GenAI Studio)."))
                .field("stopped", Schema.bool().byDefault(false).describe("serving.kserve.io/stop: scale the model to nothing without deleting it."))
                .field("syncWave", Schema.integer().min(-1000).max(1000).byDefault(0L).describe("ArgoCD sync wave of the Namespace; the other objects follow in dependency order."));
    }

    private static ObjectSchema model() {
        return Schema.object()
                .required("uri", Schema.string().pattern("(hf://[^/@\\s]+/[^@\\s]+(@[^\\s]+)?)|(oci://[^\\s]+)|(pvc://[a-z0-9]([-a-z0-9]*[a-z0-9])?/[^\\s]*)|(s3://[^/\\s]+/[^\\s]*)",
                        "a model URI: hf://ORG/NAME[@REVISION], oci://IMAGE, pvc://CLAIM/PATH or s3://BUCKET/PATH")
                        .describe("Where the weights are. hf:// sources are downloaded into a PVC by a Job."))
                .field("catalogId", Schema.string().describe("Model catalog entry to size with, when the URI does not name the model."))
                .field("parameters", Schema.string().pattern("[0-9]+(\\.[0-9]+)?[MB]", "a parameter count such as 7B, 120B or 500M")
                        .describe("Parameter count. Needed when the model is not in the shipped catalog."))
                .field("quantization", Schema.string().oneOf("bf16", "fp16", "fp8", "int8", "int4", "mxfp4")
                        .describe("Weight precision. Default: the catalog's, else bf16."))
                .field("secretName", Schema.string().dnsLabel().describe("Connection secret: HF_TOKEN for hf://, the dashboard's S3 connection for s3://, a pull secret for oci://."))
                .describe("The model and where it comes from.");
    }

    private static ObjectSchema storage() {
        return Schema.object()
                .field("size", quantity().describe("PVC size. Default: the model's weights plus 25 % and 5Gi, rounded up to whole Gi."))
                .field("storageClassName", Schema.string().describe("Storage class. Default: the cluster's default class."))
                .field("accessMode", Schema.string().oneOf("ReadWriteOnce", "ReadWriteMany", "ReadWriteOncePod").byDefault("ReadWriteOnce"))
                .field("claimName", Schema.string().dnsLabel().describe("PVC name. Default: <name>-model-weights."))
                .describe("The PVC hf:// weights are downloaded to (hf:// only).");
    }

    private static ObjectSchema download() {
        return Schema.object()
                .field("image", Schema.string().nonEmpty().byDefault(DEFAULT_DOWNLOAD_IMAGE).describe("Image with python3 and pip for the download Job."))
                .field("ignorePatterns", Schema.array(Schema.string().nonEmpty()).byDefault(List.of("*.gguf", "*.bin", "original/*"))
                        .describe("Files of the repository not to download."))
                .field("resources", resources())
                .describe("The download Job (hf:// only).");
    }

    private static ObjectSchema runtime() {
        return Schema.object()
                .field("image", Schema.string().nonEmpty().byDefault(DEFAULT_IMAGE).describe("vLLM image."))
                .field("maxModelLen", Schema.integer().min(1).max(10_000_000).describe("--max-model-len. Default: the model's context length from the catalog."))
                .field("gpuMemoryUtilization", Schema.number().above(0).max(1).byDefault(0.9).describe("--gpu-memory-utilization."))
                .field("tensorParallelSize", Schema.integer().min(1).max(64).describe("--tensor-parallel-size. Default: gpu.count."))
                .field("toolCallParser", Schema.string().pattern("[a-z0-9_-]+", "a vLLM tool-call parser name such as hermes or openai")
                        .describe("Adds --enable-auto-tool-choice --tool-call-parser=<value>."))
                .field("args", Schema.array(Schema.string().nonEmpty()).describe("More vLLM arguments, appended."))
                .field("env", Schema.array(Schema.object()
                        .required("name", Schema.string().pattern("[-._a-zA-Z][-._a-zA-Z0-9]*", "an environment variable name"))
                        .required("value", Schema.string())).describe("Environment of the vLLM container (HF_HOME=/tmp/hf_home is set unless given)."))
                .describe("The vLLM server.");
    }

    private static ObjectSchema gpu() {
        return Schema.object()
                .field("count", Schema.integer().min(0).max(64).byDefault(1L).describe("GPUs per replica (nvidia.com/gpu requests = limits)."))
                .field("product", Schema.string().nonEmpty().describe("GPU product as GPU feature discovery labels it (NVIDIA-L40S): node selector and sizing."))
                .field("pool", Schema.string().dnsLabel().describe("A GpuWorkerSet pool: node selector rhoai-krm.dev/gpu-pool=<pool>, sizing from its instance type."))
                .describe("The GPUs a replica needs.");
    }

    static ObjectSchema resources() {
        return Schema.object()
                .field("requests", Schema.object().field("cpu", quantity()).field("memory", quantity()))
                .field("limits", Schema.object().field("cpu", quantity()).field("memory", quantity()))
                .describe("CPU and memory; a limit left out equals its request.");
    }

    private static ObjectSchema toleration() {
        return Schema.object()
                .required("key", Schema.string().nonEmpty())
                .field("operator", Schema.string().oneOf("Exists", "Equal").byDefault("Exists"))
                .field("value", Schema.string())
                .field("effect", Schema.string().oneOf("NoSchedule", "PreferNoSchedule", "NoExecute"));
    }

    static StringSchema quantity() {
        return Schema.string().numbersAllowed().pattern(dev.rhoaikrm.core.fn.Quantities.NON_NEGATIVE_PATTERN,
                "a Kubernetes quantity of at least 0 such as 8, 500m, 96Gi");
    }
}
