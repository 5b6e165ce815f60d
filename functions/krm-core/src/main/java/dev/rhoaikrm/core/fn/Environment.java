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

    public Optional<String> variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
