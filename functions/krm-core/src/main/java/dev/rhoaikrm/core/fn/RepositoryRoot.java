package dev.rhoaikrm.core.fn;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which directory is the repository root: the directory ArgoCD's generator paths are relative to,
 * and the boundary that no file an intent names and no kustomization the ArgoCD plugin builds may
 * leave. In the ArgoCD CMP the working directory is the application's path inside the checkout
 * (ARGOCD_APP_SOURCE_PATH), so the root is the working directory with that path taken off;
 * elsewhere (kpt, kustomize, the CLI) it is the git checkout around the working directory, found
 * by its .git; without one, the working directory itself.
 */
public record RepositoryRoot(Path path, String foundFrom) {
    public static final String SOURCE_PATH_VARIABLE = "ARGOCD_APP_SOURCE_PATH";
    public static final String NO_GIT = "the working directory (no .git above it)";

    public static RepositoryRoot of(Environment env) {
        Path cwd = env.workingDirectory().toAbsolutePath().normalize();
        String sourcePath = env.variable(SOURCE_PATH_VARIABLE).orElse(null);
        if (sourcePath != null) {
            Path relative;
            try {
                relative = Path.of(sourcePath).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return around(cwd); // a NUL in the variable: no path of the checkout
            }
            if (relative.toString().isEmpty() || relative.toString().equals(".")) {
                return new RepositoryRoot(cwd, SOURCE_PATH_VARIABLE);
            }
            if (!relative.isAbsolute() && cwd.endsWith(relative)) {
                Path root = cwd;
                for (int i = 0; i < relative.getNameCount(); i++) {
                    root = root.getParent();
                }
                return new RepositoryRoot(root, SOURCE_PATH_VARIABLE);
            }
        }
        return around(cwd);
    }

    /** Whether the root is only the working directory: likely wrong when a tool runs the function from elsewhere. */
    public boolean guessed() {
        return foundFrom.equals(NO_GIT);
    }

    /** The nearest directory at or above {@code dir} that holds .git (a directory, or a file in a worktree); else dir. */
    public static RepositoryRoot around(Path dir) {
        Path start = dir.toAbsolutePath().normalize();
        for (Path d = start; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return new RepositoryRoot(d, "the git checkout");
            }
        }
        return new RepositoryRoot(start, NO_GIT);
    }
}
