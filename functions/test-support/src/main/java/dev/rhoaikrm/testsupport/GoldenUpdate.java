package dev.rhoaikrm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The update mode of every expectation file (golden files, golden cases, the bad-input corpus):
 * {@code -Drhoai.golden.update=true} or {@code UPDATE_GOLDEN=1}. It rewrites what differs and
 * then fails: the test that rewrote a file fails naming it ({@link GoldenUpdateExtension}), and
 * the run ends with the list of rewritten files ({@link ConsoleReport}). So a changed expectation
 * never passes silently: it is written, read in {@code git diff}, and then passes on a run
 * without the switch. Under {@code CI=true} the mode refuses to run: CI compares, it never writes.
 */
public final class GoldenUpdate {
    public static final String PROPERTY = "rhoai.golden.update";
    public static final String VARIABLE = "UPDATE_GOLDEN";
    public static final String HOW = "-D" + PROPERTY + "=true";

    private static final Set<Path> REWRITTEN = new LinkedHashSet<>();
    /** The files rewritten by the test running on this thread; null outside a test the extension guards. */
    private static final ThreadLocal<List<Path>> GUARDED = new ThreadLocal<>();

    private GoldenUpdate() {
    }

    /** Whether update mode is on; refused (an AssertionError) under CI=true. */
    public static boolean requested() {
        String ci = ciForOwnTests != null ? ciForOwnTests : System.getenv("CI");
        return requested(System.getProperty(PROPERTY), System.getenv(VARIABLE), ci);
    }

    /**
     * The value of CI as this package's own tests of the mode see it: they switch the mode on for
     * fixtures, which must work when the build itself runs under CI=true. Null: the environment's.
     */
    static volatile String ciForOwnTests;

    static boolean requested(String property, String variable, String ci) {
        boolean on = Boolean.parseBoolean(property) || "1".equals(variable) || "true".equalsIgnoreCase(variable);
        if (on && "true".equalsIgnoreCase(ci)) {
            throw new AssertionError("golden update mode (" + HOW + " or " + VARIABLE + "=1) refuses to run under CI=true:"
                    + " it rewrites expectations, and CI must compare them");
        }
        return on;
    }

    /**
     * Writes {@code content} to {@code file} unless it already holds exactly that, and records the
     * rewrite. Outside a test that {@link GoldenUpdateExtension} guards (the extension not
     * registered, or another thread), the rewrite fails at once.
     */
    public static void write(Path file, String content) {
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
                return;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path normalized = file.toAbsolutePath().normalize();
        synchronized (REWRITTEN) {
            REWRITTEN.add(normalized);
        }
        List<Path> test = GUARDED.get();
        if (test == null) {
            throw new AssertionError(failure(List.of(normalized)));
        }
        test.add(normalized);
    }

    /** Every file rewritten in this JVM so far, in order. */
    public static List<Path> rewritten() {
        synchronized (REWRITTEN) {
            return List.copyOf(REWRITTEN);
        }
    }

    /** Forgets the rewrites under {@code dir} (this module's tests of the mode itself, in a temporary folder). */
    static void forget(Path dir) {
        Path under = dir.toAbsolutePath().normalize();
        synchronized (REWRITTEN) {
            REWRITTEN.removeIf(f -> f.startsWith(under));
        }
    }

    /** The message of a test that rewrote {@code files}. */
    static String failure(List<Path> files) {
        StringBuilder b = new StringBuilder("golden update rewrote ").append(files.size()).append(files.size() == 1 ? " file" : " files")
                .append(" (read the diff, then run again without ").append(HOW).append("):");
        files.stream().distinct().forEach(f -> b.append("\n  ").append(relative(f)));
        return b.toString();
    }

    static String relative(Path file) {
        try {
            Path root = Golden.projectRoot();
            return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
        } catch (IllegalStateException noRoot) {
            return file.toString();
        }
    }

    /**
     * Records the rewrites of the test about to run on this thread in {@code files}, until
     * {@link #endTest}; returns what was recorded to before (a test run inside a test).
     */
    static List<Path> beginTest(List<Path> files) {
        List<Path> outer = GUARDED.get();
        GUARDED.set(files);
        return outer;
    }

    static void endTest(List<Path> outer) {
        GUARDED.set(outer);
    }
}
