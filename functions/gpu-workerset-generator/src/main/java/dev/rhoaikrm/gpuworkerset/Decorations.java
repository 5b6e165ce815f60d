package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.fn.Manifests;
import java.util.Map;

/**
 * ArgoCD sync waves: what others refer to first (MachineSets, ResourceFlavors), then what refers to
 * them (MachineAutoscalers, the ClusterQueue, the ClusterAutoscaler) one wave later.
 */
final class Decorations {
    static final String WAVE = "argocd.argoproj.io/sync-wave";

    private Decorations() {
    }

    static int waveOffset(String kind) {
        return switch (kind) {
            case "MachineSet", "ResourceFlavor" -> 0;
            default -> 1; // MachineAutoscaler, ClusterQueue, ClusterAutoscaler
        };
    }

    static Map<String, Object> wave(Map<String, Object> object, long syncWave) {
        Manifests.annotationsOf(object).put(WAVE, String.valueOf(syncWave + waveOffset((String) object.get("kind"))));
        return object;
    }
}
