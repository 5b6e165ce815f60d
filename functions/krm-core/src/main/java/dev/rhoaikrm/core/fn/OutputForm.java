package dev.rhoaikrm.core.fn;

/**
 * How a front door hands objects on.
 * KRM: a ResourceList for kpt/kustomize functions; intents stay, generated objects carry kpt's
 * path annotations so kpt writes them to files.
 * MANIFESTS: plain manifests for Helm, the CLI and the ArgoCD CMP; intents are left out (nothing
 * may try to apply them) and kpt's file bookkeeping stripped.
 * PLUGIN: plain manifests for a kustomize exec plugin, whose output the next plugin of the build
 * reads: local-config intents stay in the stream (kustomize drops them from the build's output),
 * and an intent an earlier plugin expanded is checked again, not expanded again ({@link PluginStream}).
 */
public enum OutputForm {
    KRM, MANIFESTS, PLUGIN;

    /** Plain manifests (any door but kpt's). */
    boolean manifests() {
        return this != KRM;
    }
}
