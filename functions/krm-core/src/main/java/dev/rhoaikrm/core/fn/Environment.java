package dev.rhoaikrm.core.fn;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a run may know about where it runs: environment variables (the ArgoCD CMP passes the
 * application's repository and revision this way), the directory it works in, and the directory
 * the input's file names are relative to ({@code rhoai-krm render DIR} reads DIR; the other doors
 * read what the working directory holds).
 */
public record Environment(Map<String, String> variables, Path workingDirectory, Path packageDirectory) {

    public Environment(Map<String, String> variables, Path workingDirectory) {
        this(variables, workingDirectory, workingDirectory);
    }

    public static Environment fromSystem() {
        return new Environment(System.getenv(), Path.of("").toAbsolutePath());
    }

    /** The same environment reading the files of {@code dir}. */
    public Environment inPackage(Path dir) {
        return new Environment(variables, workingDirectory, dir.toAbsolutePath().normalize());
    }

    /** The plugin env that names the cluster a fleet ApplicationSet renders for (the CMP adds ARGOCD_ENV_). */
    public static final String CLUSTER_VARIABLE = "ARGOCD_ENV_CLUSTER";
    /** The same outside the CMP: rhoai-krm render, kpt, kustomize. */
    public static final String CLUSTER_OVERRIDE = "RHOAI_KRM_CLUSTER";

    /** The fleet's cluster this run renders for, if any: it selects the intents' perCluster sections. */
    public Optional<String> cluster() {
        Optional<String> cluster = variable(CLUSTER_VARIABLE);
        return cluster.isPresent() ? cluster : variable(CLUSTER_OVERRIDE);
    }

    /**
     * The same environment rendering for {@code cluster} (empty: for no cluster), whatever it
     * said before: a whole repository renders each destination of a fleet on its own.
     */
    public Environment forCluster(Optional<String> cluster) {
        java.util.Map<String, String> changed = new java.util.HashMap<>(variables);
        changed.remove(CLUSTER_VARIABLE);
        changed.remove(CLUSTER_OVERRIDE);
        if (cluster.isPresent()) {
            changed.put(CLUSTER_OVERRIDE, cluster.get());
        }
        return new Environment(java.util.Map.copyOf(changed), workingDirectory, packageDirectory);
    }

    public Optional<String> variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Strict mode: warnings are errors (GitOps, where a warning reaches no one). */
    public static final String STRICT = "RHOAI_KRM_STRICT";
    /** The same for the ArgoCD plugin: ArgoCD passes an Application's plugin env to the CMP prefixed ARGOCD_ENV_. */
    public static final String STRICT_IN_ARGOCD = "ARGOCD_ENV_" + STRICT;

    /**
     * Whether warnings are errors: {@value #STRICT} or {@value #STRICT_IN_ARGOCD} set to true (or 1).
     *
     * @throws IllegalArgumentException for another value than true, 1, false, 0: a typo must not switch it off
     */
    public boolean strict() {
        boolean strict = false;
        for (String name : new String[] {STRICT, STRICT_IN_ARGOCD}) {
            String v = variable(name).orElse("false");
            switch (v) {
                case "true", "1" -> strict = true;
                case "false", "0" -> { }
                default -> throw new IllegalArgumentException(name + "=\"" + v + "\": expected true or false");
            }
        }
        return strict;
    }

    /** This environment with strict mode on (the --strict flag); child processes inherit it. */
    public Environment strictMode() {
        java.util.Map<String, String> withStrict = new java.util.HashMap<>(variables);
        withStrict.put(STRICT, "true");
        return new Environment(java.util.Map.copyOf(withStrict), workingDirectory, packageDirectory);
    }
}
