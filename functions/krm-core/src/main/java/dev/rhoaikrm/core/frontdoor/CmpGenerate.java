package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.FunctionRegistration;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.fn.RepositoryRoot;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ArgoCD config-management plugin's generate step, run by the CMP server with the
 * application's path as working directory: a kustomization there is built by kustomize; any other
 * directory is rendered directly. Manifests go to stdout, errors to stderr, and any failure exits
 * non-zero so that ArgoCD shows it.
 *
 * <p>The repository is untrusted: whatever it holds, nothing but our own functions may run.
 * Before kustomize starts, {@link KustomizationCheck} walks everything it would run; kustomize then
 * gets exec plugins (--enable-alpha-plugins) only when one of our intents is a generator or
 * transformer, a plugin home outside the repository holding only our plugins ({@link PluginHome}),
 * and an environment reduced to what the build needs (no secrets of the sidecar reach a plugin).
 */
public final class CmpGenerate {
    /** The kustomize command, e.g. "kustomize build" (default) or "kubectl kustomize". */
    public static final String KUSTOMIZE_COMMAND = "RHOAI_KRM_KUSTOMIZE";
    /** The variables kustomize and our plugins see, besides ARGOCD_APP_* and ARGOCD_ENV_* (the application's build environment). */
    static final Set<String> PASSED_VARIABLES = Set.of("PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "TZ", "KUBE_VERSION",
            "KUBE_API_VERSIONS", "JAVA_HOME", "RHOAI_KRM_DIST", "RHOAI_KRM_TIER", "RHOAI_KRM_DEBUG",
            "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy");
    static final List<String> PASSED_PREFIXES = List.of("ARGOCD_APP_", "ARGOCD_ENV_");

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
        return KustomizationCheck.FILE_NAMES.stream().anyMatch(n -> Files.exists(dir.resolve(n), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    private int kustomize(Path appDir, Io io) {
        // the application's directory is the CMP's working directory; DIR given on the command line stands for it
        Path root = RepositoryRoot.of(new Environment(doors.environment().variables(), appDir.toAbsolutePath())).path();
        // registrations, not built functions: cmp-generate only checks and starts kustomize, which starts them
        List<FunctionRegistration> functions = doors.pipeline().functions().known();
        Set<String> kinds = new TreeSet<>(doors.pipeline().functions().kinds());
        KustomizationCheck.Outcome check;
        try {
            check = KustomizationCheck.run(appDir, root, Pipeline.INTENT_API_VERSION, kinds);
        } catch (YamlInputException e) {
            check = new KustomizationCheck.Outcome(List.of(new KustomizationCheck.Problem(String.valueOf(e.file()), null, e.getMessage())), false);
        }
        if (!check.ok()) {
            for (KustomizationCheck.Problem p : check.problems()) {
                io.err().println(doors.label() + ": " + Terminal.escape(p.toLine()));
            }
            io.err().println(doors.label() + ": " + check.problems().size() + " error(s); kustomize was not run and nothing was generated");
            return ExitCodes.ERROR_RESULTS;
        }
        Optional<PluginHome> home = Optional.empty();
        try {
            if (check.usesOurPlugins()) {
                home = Optional.of(PluginHome.of(doors.environment().variable(PluginHome.VARIABLE), root.toRealPath(),
                        PluginHome.self("cmp-generate"), functions));
            }
            return runKustomize(appDir, home, io);
        } catch (PluginHome.Unusable | IOException e) {
            io.err().println(doors.label() + ": " + e.getMessage());
            return ExitCodes.ERROR_RESULTS;
        } finally {
            home.ifPresent(PluginHome::close);
        }
    }

    private int runKustomize(Path appDir, Optional<PluginHome> home, Io io) {
        String command = doors.environment().variable(KUSTOMIZE_COMMAND).orElseGet(() -> defaultKustomize(doors.environment().variables()));
        List<String> argv = new ArrayList<>(Arrays.asList(command.trim().split("\\s+")));
        if (home.isPresent()) {
            argv.add("--enable-alpha-plugins");
        }
        argv.add(".");
        ProcessBuilder pb = new ProcessBuilder(argv).directory(appDir.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment(doors.environment().variables(), home.map(PluginHome::path)));
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

    /**
     * Standalone kustomize ("kustomize build", the sidecar image's) when it is on PATH, else the one
     * inside kubectl ("kubectl kustomize": the same kustomize API, and the flags used here are
     * common to both), so that a machine with kubectl only can try the plugin.
     */
    static String defaultKustomize(Map<String, String> variables) {
        String path = variables.getOrDefault("PATH", "");
        if (!onPath("kustomize", path) && onPath("kubectl", path)) {
            return "kubectl kustomize";
        }
        return "kustomize build";
    }

    private static boolean onPath(String program, String path) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The build's environment: the variables it needs, nothing else of the sidecar's; the plugin home when plugins run. */
    static Map<String, String> environment(Map<String, String> sidecar, Optional<Path> pluginHome) {
        Map<String, String> env = new HashMap<>();
        sidecar.forEach((k, v) -> {
            if (PASSED_VARIABLES.contains(k) || PASSED_PREFIXES.stream().anyMatch(k::startsWith)) {
                env.put(k, v);
            }
        });
        // kustomize must not look for plugins elsewhere (XDG_CONFIG_HOME, ~/.config/kustomize): it finds none without one
        pluginHome.ifPresent(p -> env.put(PluginHome.VARIABLE, p.toString()));
        return env;
    }

    /** Copies kustomize's messages to stderr, line by line, with control characters escaped: they quote the repository. */
    private static Thread pump(InputStream in, PrintStream out) {
        Thread t = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.println(Terminal.escape(line));
                }
                out.flush();
            } catch (IOException ignored) {
                // the process ended; nothing left to copy
            }
        });
        t.start();
        return t;
    }
}
