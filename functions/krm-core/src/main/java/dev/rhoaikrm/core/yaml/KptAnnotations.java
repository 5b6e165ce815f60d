package dev.rhoaikrm.core.yaml;

/** Annotation keys that kpt and kustomize use to track where an object lives. */
public final class KptAnnotations {
    public static final String PATH = "internal.config.kubernetes.io/path";
    public static final String INDEX = "internal.config.kubernetes.io/index";
    public static final String LEGACY_PATH = "config.kubernetes.io/path";
    public static final String LEGACY_INDEX = "config.kubernetes.io/index";
    public static final String ID = "config.k8s.io/id";
    public static final String LOCAL_CONFIG = "config.kubernetes.io/local-config";
    /** A KRM function's config: kpt and kustomize run the exec or container it names. */
    public static final String FUNCTION = "config.kubernetes.io/function";
    public static final String LEGACY_FUNCTION = "config.k8s.io/function";
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

    /**
     * Whether the tools read this annotation as theirs, never as the object's: file bookkeeping, a
     * KRM function to run (config.kubernetes.io/function, and its old name), an object to leave out
     * of the output (local-config). A generated object must carry none of them, whatever the intent says.
     */
    public static boolean isToolingOnly(String key) {
        return isFileBookkeeping(key) || key.equals(LOCAL_CONFIG) || key.equals(FUNCTION) || key.equals(LEGACY_FUNCTION);
    }
}
