package dev.rhoaikrm.core.frontdoor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ArgoCD config-management plugin's generate step, run by the CMP server with the
 * application's path as working directory: a kustomization there is built by kustomize (with our
 * exec plugins, found through KUSTOMIZE_PLUGIN_HOME); any other directory is rendered directly.
 * Manifests go to stdout, errors to stderr, and any failure exits non-zero so that ArgoCD shows it.
 */
public final class CmpGenerate {
    /** The kustomize command, e.g. "kustomize build" (default) or "kubectl kustomize". */
    public static final String KUSTOMIZE_COMMAND = "RHOAI_KRM_KUSTOMIZE";

    private final Directory directory;
    private final FrontDoors doors;

    public CmpGenerate(FrontDoors doors) {
        this.doors = doors;
        this.directory = new Directory(doors);
    }

    public int run(Path appDir, Io io) {
        if (hasKustomization(appDir)) {
            return kustomize(appDir, io);
        }
        return directory.render(appDir, Optional.empty(), io);
    }

    private static boolean hasKustomization(Path dir) {
        return Files.isRegularFile(dir.resolve("kustomization.yaml")) || Files.isRegularFile(dir.resolve("kustomization.yml"))
                || Files.isRegularFile(dir.resolve("Kustomization"));
    }

    private int kustomize(Path appDir, Io io) {
        String command = doors.environment().variable(KUSTOMIZE_COMMAND).orElse("kustomize build");
        List<String> argv = new ArrayList<>(Arrays.asList(command.trim().split("\\s+")));
        argv.add("--enable-alpha-plugins");
        argv.add(".");
        ProcessBuilder pb = new ProcessBuilder(argv).directory(appDir.toFile());
        pb.environment().clear();
        pb.environment().putAll(doors.environment().variables());
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            Thread errors = pump(process.getErrorStream(), io.err());
            process.getInputStream().transferTo(io.out());
            int code = process.waitFor();
            errors.join();
            if (code != 0) {
                io.err().println(doors.label() + ": " + String.join(" ", argv) + " failed with exit code " + code);
                return ExitCodes.ERROR_RESULTS;
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            io.err().println(doors.label() + ": cannot run " + argv.get(0) + " (" + e.getMessage()
                    + "); set " + KUSTOMIZE_COMMAND + " to the kustomize command");
            return ExitCodes.ERROR_RESULTS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.ERROR_RESULTS;
        }
    }

    private static Thread pump(InputStream in, java.io.PrintStream out) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(out);
            } catch (IOException ignored) {
                // the process ended; nothing left to copy
            }
        });
        t.start();
        return t;
    }
}
