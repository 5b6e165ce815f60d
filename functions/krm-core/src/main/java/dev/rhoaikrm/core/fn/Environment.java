package dev.rhoaikrm.core.fn;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a run may know about where it runs: environment variables (the ArgoCD CMP passes the
 * application's repository and revision this way) and the directory it works in.
 */
public record Environment(Map<String, String> variables, Path workingDirectory) {

    public static Environment fromSystem() {
        return new Environment(System.getenv(), Path.of("").toAbsolutePath());
    }

    public Optional<String> variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
