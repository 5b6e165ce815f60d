package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.fn.FunctionRegistration;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kustomize plugin home cmp-generate hands to kustomize: KUSTOMIZE_PLUGIN_HOME from the
 * sidecar's environment (the image lays one out with bin/make-plugin-home), else one made here in
 * a temporary directory, holding for each of our functions
 * {@code <group>/<version>/<lower-case kind>/<Kind>}, a small sh script that starts this very
 * program as that function. Either way it is never inside the repository being built: kustomize
 * would otherwise run whatever the repository put there.
 */
final class PluginHome implements AutoCloseable {
    static final String VARIABLE = "KUSTOMIZE_PLUGIN_HOME";

    private final Path path;
    private final boolean temporary;

    private PluginHome(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    Path path() {
        return path;
    }

    /** Thrown when no plugin home can be used; the message says what to set. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /**
     * @param given     KUSTOMIZE_PLUGIN_HOME, if set
     * @param repository the repository's real path
     * @param self      how this program was started, up to (not including) its subcommand
     */
    static PluginHome of(Optional<String> given, Path repository, Optional<List<String>> self, List<FunctionRegistration> functions)
            throws Unusable {
        if (given.isPresent()) {
            Path home = Path.of(given.get());
            if (!home.isAbsolute()) {
                throw new Unusable(VARIABLE + " must be an absolute path, not \"" + given.get() + "\"");
            }
            Path real;
            try {
                real = home.toRealPath();
            } catch (IOException e) {
                throw new Unusable(VARIABLE + "=" + given.get() + " cannot be read: " + e.getMessage());
            }
            if (real.startsWith(repository)) {
                throw new Unusable(VARIABLE + "=" + given.get() + " is inside the repository being built; the repository"
                        + " would choose the programs kustomize runs");
            }
            return new PluginHome(real, false);
        }
        if (self.isEmpty()) {
            throw new Unusable("cannot tell how this program was started, so no plugin home can be made;"
                    + " set " + VARIABLE + " (bin/make-plugin-home lays one out)");
        }
        try {
            Path home = Files.createTempDirectory("rhoai-krm-plugins-");
            String[] gv = Pipeline.INTENT_API_VERSION.split("/", 2);
            for (FunctionRegistration f : functions) {
                Path dir = Files.createDirectories(home.resolve(gv[0]).resolve(gv[1]).resolve(f.kind().toLowerCase(Locale.ROOT)));
                List<String> command = new ArrayList<>(self.get());
                command.add(f.name());
                Path script = dir.resolve(f.kind());
                Files.writeString(script, "#!/bin/sh\nexec " + String.join(" ", command.stream().map(PluginHome::shellQuote).toList())
                        + " \"$@\"\n", StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("r-x------"));
            }
            return new PluginHome(home, true);
        } catch (IOException e) {
            throw new Unusable("cannot make a plugin home in " + System.getProperty("java.io.tmpdir") + ": " + e.getMessage()
                    + "; set " + VARIABLE);
        }
    }

    /**
     * The command that started this process, up to {@code subcommand}: the native binary, or java
     * with its options and jar. Empty when the process's arguments cannot be read.
     */
    static Optional<List<String>> self(String subcommand) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> command = info.command();
        Optional<String[]> arguments = info.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = List.of(arguments.get());
        int at = args.indexOf(subcommand);
        if (at < 0) {
            return Optional.empty();
        }
        List<String> self = new ArrayList<>();
        self.add(command.get());
        self.addAll(args.subList(0, at));
        return Optional.of(self);
    }

    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
