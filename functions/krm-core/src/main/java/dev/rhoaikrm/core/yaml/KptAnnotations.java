package dev.rhoaikrm.core.yaml;

/** Annotation keys that kpt and kustomize use to track where an object lives. */
public final class KptAnnotations {
    public static final String PATH = "internal.config.kubernetes.io/path";
    public static final String INDEX = "internal.config.kubernetes.io/index";
    public static final String LEGACY_PATH = "config.kubernetes.io/path";
    public static final String LEGACY_INDEX = "config.kubernetes.io/index";
    public static final String ID = "config.k8s.io/id";
    public static final String LOCAL_CONFIG = "config.kubernetes.io/local-config";
    public static final String KUSTOMIZE_ID = "kustomize.config.k8s.io/id";

    private KptAnnotations() {
    }

    /**
     * Whether a plain-manifest front door must strip this annotation: the file bookkeeping of kpt
     * means nothing to a cluster and must not be applied.
     */
    public static boolean isFileBookkeeping(String key) {
        return key.equals(LEGACY_PATH) || key.equals(LEGACY_INDEX) || key.equals(ID)
                || key.startsWith("internal.config.kubernetes.io/");
    }
}
