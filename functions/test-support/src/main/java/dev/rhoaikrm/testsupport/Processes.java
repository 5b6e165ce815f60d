package dev.rhoaikrm.testsupport;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the built binaries and the real tools (kpt, kubectl) as separate processes, as users do. */
public final class Processes {

    /** A finished process. */
    public record Result(int exitCode, String stdout, String stderr) {
        public String describe() {
            return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    private Processes() {
    }

    public static Result run(List<String> command, Path workingDirectory, Map<String, String> environment, byte[] stdin) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile());
        pb.environment().putAll(environment);
        try {
            Process p = pb.start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            try (var in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException closedEarly) {
                // the process need not read its input (e.g. --help)
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Result run(List<String> command, Path workingDirectory) {
        return run(command, workingDirectory, Map.of(), new byte[0]);
    }

    private static byte[] readAll(InputStream in) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PATH on which only {@code tool} is found (a temporary folder with a link to it), for code that
     * picks the first of several tools it finds: the test then knows which one runs, whatever else the
     * machine has. Skips (fails under CI=true) like {@link #requireTool} when the tool is missing.
     */
    public static String pathWithOnly(String tool) {
        Path real = Path.of(requireTool(tool));
        try {
            Path dir = Files.createTempDirectory("path-" + tool);
            Files.createSymbolicLink(dir.resolve(tool), real.toRealPath());
            dir.toFile().deleteOnExit();
            dir.resolve(tool).toFile().deleteOnExit();
            return dir.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A tool the end-to-end tests need. Under CI=true its absence fails the test (CI must run them);
     * elsewhere the test is skipped with a visible message.
     */
    public static String requireTool(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(tool + " is not on PATH, and CI=true requires the end-to-end tests to run");
        }
        assumeTrue(false, tool + " is not on PATH: end-to-end test skipped (CI=true makes this a failure)");
        return tool;
    }

    /** A launcher in bin/, checked to have the jar built (mvn package runs before the integration tests). */
    public static String launcher(String name) {
        Path root = Golden.projectRoot();
        Path jar = root.resolve("target/dist/rhoai-krm.jar");
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: run the integration tests through mvn verify, which packages first");
        }
        return root.resolve("bin/" + name).toString();
    }
}
