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
        return variable(CLUSTER_VARIABLE).or(() -> variable(CLUSTER_OVERRIDE));
    }

    public Optional<String> variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
