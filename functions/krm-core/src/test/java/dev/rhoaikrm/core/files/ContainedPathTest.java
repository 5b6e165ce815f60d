package dev.rhoaikrm.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths resolved inside a root: links followed while they stay in, and the same answer for any way out. */
class ContainedPathTest {

    @Test
    void linksInsideTheRootAreFollowed(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("repo")).toRealPath();
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/file.yaml"), "x: 1\n");
        Files.createSymbolicLink(root.resolve("a/link"), Path.of("b"));
        Files.createSymbolicLink(root.resolve("top"), Path.of("a/link/file.yaml"));
        assertThat(ContainedPath.resolve(root, root.resolve("a"), "link/file.yaml").path()).isEqualTo(root.resolve("a/b/file.yaml"));
        assertThat(ContainedPath.resolve(root, root, "top").path()).isEqualTo(root.resolve("a/b/file.yaml"));
        assertThat(ContainedPath.resolve(root, root.resolve("a/b"), "../../a/./b/file.yaml").path()).isEqualTo(root.resolve("a/b/file.yaml"));
    }

    @Test
    void everyWayOutIsOutsideWhetherOrNotTheTargetExists(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("repo")).toRealPath();
        Files.writeString(tmp.resolve("exists.yaml"), "secret: 1\n");
        Files.createSymbolicLink(root.resolve("to-existing"), Path.of("../exists.yaml"));
        Files.createSymbolicLink(root.resolve("to-missing"), Path.of("../missing.yaml"));
        Files.createSymbolicLink(root.resolve("absolute"), tmp.resolve("exists.yaml"));
        Files.createSymbolicLink(root.resolve("absolute-missing"), tmp.resolve("missing.yaml"));
        for (String path : new String[] {"to-existing", "to-missing", "absolute", "absolute-missing", "../exists.yaml", "../missing.yaml",
            "/etc/passwd", "/nonexistent"}) {
            assertThat(ContainedPath.resolve(root, root, path).problem()).as(path).isEqualTo(ContainedPath.Problem.OUTSIDE);
        }
    }

    @Test
    void missingLoopsAndFilesUsedAsDirectories(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("repo")).toRealPath();
        Files.writeString(root.resolve("file"), "");
        Files.createSymbolicLink(root.resolve("loop"), Path.of("loop"));
        assertThat(ContainedPath.resolve(root, root, "nothing.yaml").problem()).isEqualTo(ContainedPath.Problem.MISSING);
        assertThat(ContainedPath.resolve(root, root, "file/below").problem()).isEqualTo(ContainedPath.Problem.MISSING);
        assertThat(ContainedPath.resolve(root, root, "loop").problem()).isEqualTo(ContainedPath.Problem.LOOP);
    }
}
