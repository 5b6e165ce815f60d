package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.importing.Importable.Fix;
import java.util.List;

/**
 * Where a ModelServing renders hand-written model folders differently on purpose, each with the
 * README row ("Differences from the reference repository") that says why; the first match wins.
 */
final class ModelServingFixes {
    static final String NAMESPACES = "metadata.namespace on every object";
    static final String PART_OF = "app.kubernetes.io/part-of on every object";
    static final String NAME_LABELS = "app.kubernetes.io/name (the model's name)";
    static final String JOB = "download Job named <name>-download-<hash>";
    static final String ROUTE = "the Route targets <name>-predictor, port http";
    static final String DASHBOARD = "dashboard annotations on the ServingRuntime";
    static final String TOOL_FLAGS = "the tool-call flags of gpt-oss are InferenceService args";

    static final List<Fix> ALL = List.of(
            new Fix("*", "metadata.annotations.argocd.argoproj.io/sync-wave", "sync waves"),
            new Fix("*", "metadata.namespace", NAMESPACES),
            new Fix("*", "metadata.labels.app.kubernetes.io/part-of", PART_OF),
            new Fix("*", "spec.template.metadata.labels.app.kubernetes.io/part-of", PART_OF),
            new Fix("*", "metadata.labels.app.kubernetes.io/name", NAME_LABELS),
            new Fix("*", "spec.template.metadata.labels.app.kubernetes.io/name", NAME_LABELS),
            new Fix("Namespace", "metadata.labels.app.kubernetes.io/component", NAME_LABELS),
            new Fix("Namespace", "metadata.labels.kubernetes.io/metadata.name", "no kubernetes.io/metadata.name label on the Namespace"),
            new Fix("Namespace", "metadata.labels.modelmesh-enabled", "modelmesh-enabled: \"false\""),
            new Fix("Namespace", "metadata.annotations", "display names from displayName"),
            new Fix("InferenceService", "spec.predictor.model.args[*", "--gpu-memory-utilization=0.9 instead of 0.90"),
            new Fix("InferenceService", "spec.predictor.model.args", TOOL_FLAGS),
            new Fix("ServingRuntime", "spec.containers[0].args", TOOL_FLAGS),
            new Fix("InferenceService", "spec.predictor.deploymentStrategy", "deploymentStrategy: RollingUpdate explicit"),
            new Fix("InferenceService", "spec.predictor.model.name", "model.name: \"\" left out"),
            new Fix("InferenceService", "spec.predictor.tolerations", "a nvidia.com/gpu toleration on every GPU model"),
            new Fix("InferenceService", "spec.predictor.nodeSelector", "a nvidia.com/gpu.product node selector from gpu.product"),
            new Fix("ServingRuntime", "metadata.annotations.prometheus.io/*", "prometheus.io/* annotations in the ServingRuntime's spec.annotations"),
            new Fix("ServingRuntime", "spec.annotations", "prometheus.io/* annotations in the ServingRuntime's spec.annotations"),
            new Fix("ServingRuntime", "metadata.annotations", DASHBOARD),
            new Fix("ServingRuntime", "metadata.labels.opendatahub.io/dashboard", DASHBOARD),
            new Fix("Route", "spec.to.name", ROUTE),
            new Fix("Route", "spec.port.targetPort", ROUTE),
            new Fix("Route", "spec.to.weight", "spec.to.weight: 100 and spec.wildcardPolicy: None on the Route"),
            new Fix("Route", "spec.wildcardPolicy", "spec.to.weight: 100 and spec.wildcardPolicy: None on the Route"),
            new Fix("Service", Fix.NOT_GENERATED, "no <name>-route-svc Service"),
            new Fix("Job", "spec.template.spec.containers[0].env", "HF_HUB_DISABLE_TELEMETRY=1 in the download Job"),
            new Fix("Job", Fix.RENAMED, JOB),
            new Fix("Job", "spec", JOB));

    private ModelServingFixes() {
    }
}
