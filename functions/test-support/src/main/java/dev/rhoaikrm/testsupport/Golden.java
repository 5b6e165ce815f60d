package dev.rhoaikrm.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept beside the input. Run the tests with
 * {@code -Drhoai.golden.update=true} (or UPDATE_GOLDEN=1) to rewrite them from the current
 * output, then read every changed file in {@code git diff} before committing.
 */
public final class Golden {
    public static final boolean UPDATE = Boolean.getBoolean("rhoai.golden.update") || "1".equals(System.getenv("UPDATE_GOLDEN"));

    private Golden() {
    }

    /** Asserts that {@code actual} equals the file's content, or rewrites the file when updating. */
    public static void assertMatches(Path expected, String actual) {
        try {
            if (UPDATE) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(expected)) {
                throw new AssertionError(expected + " does not exist; run with -Drhoai.golden.update=true to create it");
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                    () -> "output differs from " + expected + " (regenerate with -Drhoai.golden.update=true and review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: from the build (rhoai.projectRoot), else the nearest folder above with functions/. */
    public static Path projectRoot() {
        String property = System.getProperty("rhoai.projectRoot");
        if (property != null && Files.isDirectory(Path.of(property, "functions"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("functions"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root (a folder holding functions/)");
        }
        return dir;
    }

    /** ../shared beside the checkout (the reference repository and CRDs), when it is there. */
    public static java.util.Optional<Path> shared() {
        Path shared = projectRoot().resolveSibling("shared");
        return Files.isDirectory(shared) ? java.util.Optional.of(shared) : java.util.Optional.empty();
    }
}
