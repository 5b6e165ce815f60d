package dev.rhoaikrm.core.frontdoor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What render, validate and import read, as the PATH argument names it: a directory (every YAML
 * file below it, as {@code kpt fn render DIR}), one file, or standard input when the argument is
 * {@code -} (as {@code kubectl apply -f -}).
 *
 * @param path the directory or file; null for standard input
 */
public record Input(Path path) {
    /** The argument that stands for standard input. */
    public static final String STDIN_ARGUMENT = "-";

    public static Input stdin() {
        return new Input(null);
    }

    /**
     * The input an argument names, or empty when it names nothing that exists (a usage error:
     * the caller says so and exits 2).
     */
    public static Optional<Input> of(String argument) {
        if (STDIN_ARGUMENT.equals(argument)) {
            return Optional.of(stdin());
        }
        Path path = Path.of(argument);
        return Files.exists(path) ? Optional.of(new Input(path)) : Optional.empty();
    }

    public boolean isStdin() {
        return path == null;
    }

    public boolean isFile() {
        return path != null && Files.isRegularFile(path);
    }

    /**
     * The folder the input's relative references start from (an intent's output-dir,
     * fromMachineSet.file): the directory itself, a file's folder, the working directory for stdin.
     */
    public Path packageDirectory(Path workingDirectory) {
        if (path == null) {
            return workingDirectory;
        }
        if (isFile()) {
            Path parent = path.toAbsolutePath().getParent();
            return parent == null ? workingDirectory : parent;
        }
        return path;
    }

    /** The input as messages name it. */
    public String describe() {
        return path == null ? FrontDoors.STDIN : path.toString();
    }
}
