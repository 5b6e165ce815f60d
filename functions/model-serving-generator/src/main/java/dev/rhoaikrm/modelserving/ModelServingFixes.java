package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.importing.Importable.Fix;
import java.util.List;

/**
 * Where a ModelServing renders hand-written model folders differently on purpose, each with the
 * README row ("Differences from the reference repository") that says why; the first match wins.
 * Each covers the fields and the change its row names (a sync wave set to the kind's wave, a label
 * added), so any other difference there is left for review.
 */
final class ModelServingFixes {
    static final String NAMESPACES = "metadata.namespace on every object";
    static final String PART_OF = "app.kubernetes.io/part-of on every object";
    static final String NAME_LABELS = "app.kubernetes.io/name (the model's name)";
    static final String JOB = "download Job named <name>-download-<hash>";
    static final String ROUTE = "the Route targets <name>-predictor, port http";
    static final String DASHBOARD = "dashboard annotations on the ServingRuntime";
    static final String TOOL_FLAGS = "the tool-call flags of gpt-oss are InferenceService args";

    static final String SYNC_WAVE = "metadata.annotations.argocd.argoproj.io/sync-wave";
    static final String SYNC_WAVES = "sync waves";
    static final String PROMETHEUS = "prometheus.io/* annotations in the ServingRuntime's spec.annotations";
    static final String ROUTE_BY_CONTROLLER = "no Route in Git: networking.kserve.io/visibility: exposed on the InferenceService";
    static final String KSERVE_RUNTIME = "opendatahub.io/kserve-runtime: vllm in the ServingRuntime's spec.annotations";
    static final String UNCHECKED = "rhoai-krm.dev/unchecked on an InferenceService whose GPU check could not run";
    static final String SHM = "a memory emptyDir at /dev/shm for more than one GPU";
    static final String JOB_PLACEMENT = "the download Job runs where the model will (node selector and tolerations)";
    static final String JOB_ENV = "the download Job's values in its environment, and HF_HUB_DISABLE_TELEMETRY=1";
    static final String JOB_SCRIPT = "one download script for every model, marker file holding repo@revision, revision pinned (@main unless given)";

    static final List<Fix> ALL = List.of(
            new Fix("Namespace", SYNC_WAVE, Fix.setTo("0"), SYNC_WAVES),
            new Fix("PersistentVolumeClaim", SYNC_WAVE, Fix.setTo("1"), SYNC_WAVES),
            new Fix("Job", SYNC_WAVE, Fix.setTo("1"), SYNC_WAVES),
            new Fix("ServingRuntime", SYNC_WAVE, Fix.setTo("2"), SYNC_WAVES),
            new Fix("InferenceService", SYNC_WAVE, Fix.setTo("3"), SYNC_WAVES),
            new Fix("Route", SYNC_WAVE, Fix.setTo("4"), SYNC_WAVES),
            new Fix("*", "metadata.namespace", "added", NAMESPACES),
            new Fix("*", "metadata.labels.app.kubernetes.io/part-of", "added", PART_OF),
            new Fix("*", "spec.template.metadata.labels.app.kubernetes.io/part-of", "added", PART_OF),
            new Fix("*", "metadata.labels.app.kubernetes.io/name", NAME_LABELS),
            new Fix("*", "spec.template.metadata.labels.app.kubernetes.io/name", NAME_LABELS),
            new Fix("Namespace", "metadata.labels.app.kubernetes.io/component", "added", NAME_LABELS),
            new Fix("Namespace", "metadata.labels.kubernetes.io/metadata.name", "dropped", "no kubernetes.io/metadata.name label on the Namespace"),
            new Fix("Namespace", "metadata.labels.modelmesh-enabled", "added false$", "modelmesh-enabled: \"false\""),
            new Fix("Namespace", "metadata.annotations.openshift.io/display-name", "display names from displayName"),
            new Fix("InferenceService", "spec.predictor.model.args[*", "--gpu-memory-utilization=(\\d+\\.\\d*?)0+ -> --gpu-memory-utilization=\\1$",
                    "--gpu-memory-utilization=0.9 instead of 0.90"),
            new Fix("InferenceService", "spec.predictor.model.args", TOOL_FLAGS),
            new Fix("ServingRuntime", "spec.containers[0].args", TOOL_FLAGS),
            new Fix("InferenceService", "spec.predictor.deploymentStrategy.type", "added RollingUpdate$", "deploymentStrategy: RollingUpdate explicit"),
            new Fix("InferenceService", "spec.predictor.model.name", "dropped \\(was \\)$", "model.name: \"\" left out"),
            new Fix("InferenceService", "spec.predictor.tolerations", "added", "a nvidia.com/gpu toleration on every GPU model"),
            new Fix("InferenceService", "spec.predictor.nodeSelector.nvidia.com/gpu.product", "added",
                    "a nvidia.com/gpu.product node selector from gpu.product"),
            new Fix("ServingRuntime", "metadata.annotations.prometheus.io/*", "dropped", PROMETHEUS),
            new Fix("ServingRuntime", "spec.annotations.prometheus.io/*", "added", PROMETHEUS),
            new Fix("ServingRuntime", "metadata.annotations.openshift.io/display-name", "added", DASHBOARD),
            new Fix("ServingRuntime", "metadata.annotations.opendatahub.io/template-display-name", "added", DASHBOARD),
            new Fix("ServingRuntime", "metadata.annotations.opendatahub.io/serving-runtime-scope", "added", DASHBOARD),
            new Fix("ServingRuntime", "metadata.annotations.opendatahub.io/apiProtocol", "added", DASHBOARD),
            new Fix("ServingRuntime", "metadata.annotations.opendatahub.io/runtime-version", "added", DASHBOARD),
            new Fix("ServingRuntime", "metadata.annotations.opendatahub.io/recommended-accelerators", "added", DASHBOARD),
            new Fix("ServingRuntime", "metadata.labels.opendatahub.io/dashboard", "added", DASHBOARD),
            new Fix("Route", Fix.NOT_GENERATED, ROUTE_BY_CONTROLLER),
            new Fix("InferenceService", "metadata.annotations.rhoai-krm.dev/unchecked", "added", UNCHECKED),
            new Fix("ServingRuntime", "spec.containers[0].volumeMounts", "added", SHM),
            new Fix("ServingRuntime", "spec.volumes", "added", SHM),
            new Fix("Job", "spec.template.spec.tolerations", "added", JOB_PLACEMENT),
            new Fix("Job", "spec.template.spec.nodeSelector", "added", JOB_PLACEMENT),
            new Fix("InferenceService", "metadata.labels.networking.kserve.io/visibility", "added", ROUTE_BY_CONTROLLER),
            new Fix("ServingRuntime", "spec.annotations.opendatahub.io/kserve-runtime", "added", KSERVE_RUNTIME),
            new Fix("Route", "spec.to.name", ".* -> \\S+-predictor$", ROUTE),
            new Fix("Route", "spec.port.targetPort", ".* -> (http|\"http\" \\(.*\\))$", ROUTE),
            new Fix("Route", "spec.to.weight", "added 100$", "spec.to.weight: 100 and spec.wildcardPolicy: None on the Route"),
            new Fix("Route", "spec.wildcardPolicy", "added None$", "spec.to.weight: 100 and spec.wildcardPolicy: None on the Route"),
            new Fix("Service", Fix.NOT_GENERATED, "no <name>-route-svc Service"),
            new Fix("Job", "spec.template.spec.containers[0].env", ".*HF_HUB_DISABLE_TELEMETRY", JOB_ENV),
            new Fix("Job", Fix.RENAMED, JOB),
            new Fix("Job", "spec.backoffLimit", Fix.setTo("6"), "backoffLimit: 6"),
            new Fix("Job", "spec.template.spec.containers[0].command[*", JOB_SCRIPT),
            new Fix("Job", "spec.template.spec.containers[0].securityContext.*", "added", "restricted security context"));

    private ModelServingFixes() {
    }
}
