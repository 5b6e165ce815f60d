package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file {@code gpu.workerSetFile} names: relative to the intent's file (as a kustomization's
 * paths are relative to it; under kustomize, whose plugin config is a temporary file, to the
 * kustomization, the directory kustomize runs the plugin in), and never outside the repository
 * (the ArgoCD application's repository, else the git checkout around the package, else the
 * package). A path that leads out, lexically or through a symbolic link, is refused; every way of
 * not finding the file inside gets one message, whether or not anything exists outside.
 *
 * <p>Interim: krm-core gets the general facility for a file an intent references (issue #15's
 * {@code ReferencedFile}, on the security branch); once it is on main, {@link #read} delegates to it.
 */
final class WorkerSetFile {
    /** ArgoCD runs a config-management plugin in the application's path of the checkout (ARGOCD_APP_SOURCE_PATH). */
    static final String ARGOCD_SOURCE_PATH = "ARGOCD_APP_SOURCE_PATH";

    /** Why the reference cannot be used; the message names the path as the intent wrote it. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    private WorkerSetFile() {
    }

    /** The objects of the file {@code reference} names, from the intent in {@code intent}. */
    static List<SourceObject> read(String reference, SourceObject intent, Environment env) throws Unusable {
        String quoted = "\"" + reference + "\"";
        if (reference.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || reference.indexOf('\\') >= 0) {
            throw new Unusable(quoted + " is not a path (use / between directories)");
        }
        if (reference.startsWith("/")) {
            throw new Unusable(quoted + " is an absolute path; name the file relative to the intent's file");
        }
        Path packageDir = env.packageDirectory().toAbsolutePath().normalize();
        String intentFile = intent.file();
        Path from = packageDir;
        if (intentFile != null && !intentFile.startsWith("/") && !intentFile.startsWith("<")) {
            Path file = packageDir.resolve(intentFile).normalize();
            if (!Files.isRegularFile(file)) {
                // kpt tells an exec function its files' paths relative to the package, not where the package is
                throw new Unusable(quoted + " cannot be found: the intent's own file " + intentFile + " is not at "
                        + packageDir + " (kpt: run kpt fn render from the package's directory)");
            }
            from = file.getParent();
        }
        Path root = root(env, packageDir);
        Path target;
        try {
            target = from.resolve(reference).normalize();
        } catch (InvalidPathException e) {
            throw new Unusable(quoted + " is not a path");
        }
        if (!target.startsWith(root)) {
            throw new Unusable(quoted + " leads outside the repository; the file must be inside it");
        }
        Path real;
        Path realRoot;
        try {
            real = target.toRealPath();
            realRoot = root.toRealPath();
        } catch (IOException e) {
            real = null;
            realRoot = null;
        }
        if (real == null || !real.startsWith(realRoot) || !Files.isRegularFile(real)) {
            throw new Unusable(quoted + " is no file inside the repository at " + root.relativize(target)
                    + " (paths are relative to the intent's file; symbolic links must stay inside the repository)");
        }
        try {
            return FrontDoors.readFile(real, root.relativize(target).toString());
        } catch (YamlInputException e) {
            throw new Unusable("cannot read " + reference + ": " + e.getMessage());
        }
    }

    /**
     * The directory no reference may leave: in the ArgoCD plugin the checkout (the working directory
     * with ARGOCD_APP_SOURCE_PATH taken off), else the nearest directory around the package that
     * holds .git, else the package itself.
     */
    static Path root(Environment env, Path packageDir) {
        Path cwd = env.workingDirectory().toAbsolutePath().normalize();
        String sourcePath = env.variable(ARGOCD_SOURCE_PATH).orElse(null);
        if (sourcePath != null && packageDir.startsWith(cwd)) {
            try {
                Path relative = Path.of(sourcePath).normalize();
                if (!relative.isAbsolute() && !relative.toString().isEmpty() && cwd.endsWith(relative)) {
                    Path root = cwd;
                    for (int i = 0; i < relative.getNameCount(); i++) {
                        root = root.getParent();
                    }
                    return root;
                }
            } catch (InvalidPathException e) {
                // no path of the checkout: fall back to the git checkout around the package
            }
        }
        for (Path d = packageDir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return packageDir;
    }
}
