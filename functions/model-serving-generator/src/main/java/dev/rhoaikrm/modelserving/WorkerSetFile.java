package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.files.ContainedPath;
import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Inputs;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.ReferencedFile;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The file {@code gpu.workerSetFile} names, read as krm-core reads every file an intent names
 * ({@link ReferencedFile}, as gpu-workerset-generator reads {@code fromMachineSet.file}): relative
 * to the intent's file (under kustomize, whose plugin config is a temporary file, to the
 * kustomization, the directory kustomize runs the plugin in), taken from the input when it is
 * there, else from disk inside the repository only, no symbolic link out.
 *
 * <p>Unlike {@code fromMachineSet.file}, this file usually lies outside the package (models and GPU
 * pools live in different folders), so it is read from disk relative to where the package is. kpt
 * tells an exec function its files' paths relative to the package but not where the package is
 * (the function runs in kpt's working directory): when the intent's own file is not found there,
 * the reference is refused with that reason rather than resolved against the wrong folder.
 */
final class WorkerSetFile {

    /** Why the reference cannot be used; the message names the path as the intent wrote it. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    private WorkerSetFile() {
    }

    /** The objects of the file {@code reference} names, from {@code intent}. */
    static List<SourceObject> read(String reference, Intent intent, Inputs inputs, Environment env) throws Unusable {
        ReferencedFile found;
        try {
            found = ReferencedFile.read(reference, intent, inputs, env);
        } catch (ReferencedFile.Unusable e) {
            requireIntentFileInPackage(reference, intent, env);
            throw new Unusable(e.getMessage());
        }
        if (!found.inInput()) {
            requireIntentFileInPackage(reference, intent, env);
        }
        return found.objects();
    }

    /**
     * A reference read from disk is relative to the intent's file on disk: refused when that file is
     * not where the package directory says (kpt's exec functions run in kpt's working directory).
     * The intent's file is looked up inside the package only, so a path annotation cannot probe
     * what exists elsewhere.
     */
    private static void requireIntentFileInPackage(String reference, Intent intent, Environment env) throws Unusable {
        String intentFile = intent.source().fileInPackage();
        if (intentFile == null) {
            return; // stdin, a Helm template, kustomize's plugin config: paths are relative to the working directory
        }
        Path packageDir = ContainedPath.real(env.packageDirectory());
        ContainedPath.Resolved own = packageDir == null ? null : ContainedPath.resolve(packageDir, packageDir, intentFile);
        if (own == null || !own.ok() || !Files.isRegularFile(own.path())) {
            throw new Unusable("\"" + reference + "\" cannot be found: the intent's own file " + intentFile + " is not at "
                    + env.packageDirectory() + " (kpt: run kpt fn render from the package's directory)");
        }
    }
}
