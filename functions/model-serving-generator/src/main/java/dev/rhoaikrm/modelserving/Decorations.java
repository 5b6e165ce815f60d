package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.fn.Manifests;
import java.util.Map;

/**
 * What every object of a model shares: the app.kubernetes.io labels and an ArgoCD sync wave that
 * puts them in dependency order. Namespace first; PVC and download Job together (a PVC on
 * WaitForFirstConsumer storage never binds in a wave of its own: argo-cd#12840); then the runtime,
 * the InferenceService, and last what exposes it.
 */
final class Decorations {
    static final String WAVE = "argocd.argoproj.io/sync-wave";

    private Decorations() {
    }

    static int waveOffset(String kind) {
        return switch (kind) {
            case "Namespace" -> 0;
            case "PersistentVolumeClaim", "Job", "ServiceAccount", "Role", "RoleBinding", "Secret" -> 1;
            case "ServingRuntime" -> 2;
            case "InferenceService" -> 3;
            default -> 4; // Route
        };
    }

    static String component(String kind) {
        return switch (kind) {
            case "Namespace" -> "namespace";
            case "PersistentVolumeClaim" -> "storage";
            case "Job" -> "model-download";
            case "ServingRuntime" -> "serving-runtime";
            case "InferenceService" -> "inference-service";
            case "Route" -> "route";
            default -> "auth";
        };
    }

    static Map<String, Object> apply(Map<String, Object> object, ModelServing m) {
        String kind = (String) object.get("kind");
        Map<String, Object> labels = ModelObjects.labels(object);
        labels.put("app.kubernetes.io/name", m.name());
        labels.put("app.kubernetes.io/component", component(kind));
        labels.put("app.kubernetes.io/part-of", m.name());
        Manifests.annotationsOf(object).put(WAVE, String.valueOf(m.syncWave() + waveOffset(kind)));
        if (kind.equals("Job")) {
            podTemplateLabels(object, m);
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private static void podTemplateLabels(Map<String, Object> job, ModelServing m) {
        Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) job.get("spec")).get("template");
        Map<String, Object> labels = ModelObjects.labels(template);
        labels.put("app.kubernetes.io/name", m.name());
        labels.put("app.kubernetes.io/component", "model-download");
        labels.put("app.kubernetes.io/part-of", m.name());
    }
}
