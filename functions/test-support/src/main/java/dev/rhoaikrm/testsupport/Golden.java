package dev.rhoaikrm.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Golden files: expected output kept beside the input. {@link GoldenUpdate}'s switch
 * ({@code -Drhoai.golden.update=true} or UPDATE_GOLDEN=1) rewrites the files that differ and fails
 * the tests that rewrote them; read every changed file in {@code git diff}, then run again.
 */
public final class Golden {
    /** Where the shared folder is when it is not ../shared beside the checkout (or, pointed elsewhere, to test without it). */
    public static final String SHARED_PROPERTY = "rhoai.shared";

    private Golden() {
    }

    /** Asserts that {@code actual} equals the file's content, or rewrites the file in update mode. */
    public static void assertMatches(Path expected, String actual) {
        if (GoldenUpdate.requested()) {
            GoldenUpdate.write(expected, actual);
            return;
        }
        try {
            if (!Files.exists(expected)) {
                throw new AssertionError(expected + " does not exist; run with " + GoldenUpdate.HOW + " to create it");
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                    () -> "output differs from " + expected + " (regenerate with " + GoldenUpdate.HOW + " and review the diff)");
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

    /**
     * The shared folder (the reference repository, the CRDs, validate.py), when it is there:
     * {@code -Drhoai.shared=DIR}, else ../shared beside the checkout.
     */
    public static Optional<Path> shared() {
        String property = System.getProperty(SHARED_PROPERTY);
        Path shared = property != null && !property.isBlank() ? Path.of(property).toAbsolutePath().normalize()
                : projectRoot().resolveSibling("shared");
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }

    /**
     * {@code relative} inside the shared folder; aborts the test (reported as skipped, with the
     * reason on the console) when it is not there, saying what goes unchecked.
     */
    public static Path sharedOrSkip(String relative, String unchecked) {
        Optional<Path> found = shared().map(s -> s.resolve(relative)).filter(Files::exists);
        if (found.isEmpty()) {
            abort("no " + relative + " in the shared folder (../shared beside the checkout, or -D" + SHARED_PROPERTY
                    + "=DIR): " + unchecked + " (skipped)");
        }
        return found.get();
    }
}
