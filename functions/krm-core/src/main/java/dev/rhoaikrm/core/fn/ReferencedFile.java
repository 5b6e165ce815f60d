package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.files.ContainedPath;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file an intent names (a saved MachineSet, the GpuWorkerSet a model runs on): relative to the
 * intent's own file, as a kustomization's paths are relative to it, and confined to the
 * repository (the git checkout around the package, or the ArgoCD application's repository; the
 * package itself when there is neither). The file is taken from the input when a front door
 * passed it in (kpt sends every file of the package), else read from disk with every symbolic
 * link resolved inside the repository. A path that leads out, by ".." or by a link, is refused
 * with one message whether or not anything exists out there.
 *
 * @param name    the file's path relative to the package, "/" separated (for messages)
 * @param objects its objects
 * @param inInput whether they are objects of the input (the caller consumes them)
 */
public record ReferencedFile(String name, List<SourceObject> objects, boolean inInput) {

    /** Why the file cannot be used; the message names the path as the intent wrote it. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean missing;

        Unusable(String message) {
            this(message, false);
        }

        Unusable(String message, boolean missing) {
            super(message, null, false, false);
            this.missing = missing;
        }

        /** Whether the path is fine but no such file exists (a caller may say how to make it). */
        public boolean missing() {
            return missing;
        }
    }

    /**
     * Finds and reads {@code reference}, a path the intent wrote.
     *
     * @throws Unusable when the path is malformed, leads out of the repository, is missing or unreadable
     */
    public static ReferencedFile read(String reference, Intent intent, Inputs inputs, Environment env) throws Unusable {
        String quoted = "\"" + reference + "\"";
        if (reference.isEmpty() || reference.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || reference.indexOf('\\') >= 0) {
            throw new Unusable(quoted + " is not a path (use / between directories)");
        }
        if (reference.startsWith("/")) {
            throw new Unusable(quoted + " is an absolute path; name the file relative to the intent's file");
        }
        String intentDir = intentDirectory(intent.source());
        List<String> lexical = normalize(intentDir + reference);
        String name = lexical == null ? null : String.join("/", lexical);
        List<SourceObject> inInput = name == null ? null : inputs.derived(ReferencedFile.class, ReferencedFile::byFile).get(name);
        if (inInput != null) {
            return new ReferencedFile(name, inInput, true);
        }
        Path packageDir = ContainedPath.real(env.packageDirectory());
        Path root = packageDir == null ? null : ContainedPath.real(filesRoot(env, packageDir));
        if (root == null || !packageDir.startsWith(root)) {
            throw new Unusable(quoted + " cannot be read: the package directory " + env.packageDirectory() + " cannot be read");
        }
        ContainedPath.Resolved found = ContainedPath.resolve(root, packageDir, intentDir + reference);
        if (found.problem() == ContainedPath.Problem.OUTSIDE) {
            throw new Unusable(quoted + " leads outside the repository (through .. or a symbolic link); the file must be inside it");
        }
        if (!found.ok() || !Files.isRegularFile(found.path())) {
            throw new Unusable(quoted + " is neither a file of the input nor a file at "
                    + (name != null ? "./" + name : Path.of(intentDir + reference).normalize().toString())
                    + (found.problem() == ContainedPath.Problem.LOOP ? " (a loop of symbolic links)" : "")
                    + (intentDir.isEmpty() ? "" : " (paths are relative to the intent's file)"), true);
        }
        try {
            return new ReferencedFile(name, FrontDoors.readFile(found.path(), reference), false);
        } catch (YamlInputException e) {
            throw new Unusable("cannot read " + reference + ": " + e.getMessage());
        }
    }

    /** The input's objects by their file, normalized. */
    private static Map<String, List<SourceObject>> byFile(Inputs inputs) {
        Map<String, List<SourceObject>> files = new HashMap<>();
        for (SourceObject o : inputs.all()) {
            List<String> file = o.fileInPackage() == null ? null : normalize(o.fileInPackage());
            if (file != null) {
                files.computeIfAbsent(String.join("/", file), k -> new ArrayList<>()).add(o);
            }
        }
        return files;
    }

    /** The root a file may not leave: the repository of the application (ArgoCD) or around the package, else the package. */
    private static Path filesRoot(Environment env, Path packageDir) {
        RepositoryRoot argo = RepositoryRoot.of(env);
        if (argo.foundFrom().equals(RepositoryRoot.SOURCE_PATH_VARIABLE) && packageDir.startsWith(argo.path().toAbsolutePath())) {
            return argo.path();
        }
        return RepositoryRoot.around(packageDir).path();
    }

    /**
     * The directory of the intent's file relative to the package, "" for a file at the top or an
     * intent that came from elsewhere (stdin, a Helm template, or kustomize's temporary plugin
     * config: kustomize runs a plugin in the kustomization's directory, which paths are then relative to).
     */
    private static String intentDirectory(SourceObject source) {
        String file = source.fileInPackage();
        if (file == null) {
            return "";
        }
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    /** A "/" path with "." and ".." folded; null when it climbs above its start. */
    private static List<String> normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return parts;
    }
}
