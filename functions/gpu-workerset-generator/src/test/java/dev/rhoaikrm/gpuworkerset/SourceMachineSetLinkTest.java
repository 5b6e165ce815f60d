package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.Directory;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fromMachineSet.file read from disk: relative to the intent's file, never out of the repository,
 * and never from wherever the command happens to run (issue 15 item 6).
 */
class SourceMachineSetLinkTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster: {platform: aws, fromMachineSet: {file: %s}}
              pools: [{name: l4, instanceType: g6.2xlarge}]
            """;
    static final String SECRET = "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {token: hunter2}\n";

    @Test
    void aLinkOutOfTheRepositoryIsRefusedAlikeWhetherOrNotItsTargetExists(@TempDir Path tmp) throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(tmp.resolve("secret.yaml"), SECRET);
        Files.createSymbolicLink(pkg.resolve("worker.yaml"), tmp.resolve("secret.yaml"));
        Files.createSymbolicLink(pkg.resolve("other.yaml"), tmp.resolve("no-such-file.yaml"));
        String existing = stream(pkg, "worker.yaml");
        assertThat(existing).contains("spec.cluster.fromMachineSet.file: \"worker.yaml\" leads outside the repository"
                + " (through .. or a symbolic link); the file must be inside it").doesNotContain("Secret", "hunter2");
        assertThat(stream(pkg, "other.yaml")).isEqualTo(existing.replace("worker.yaml", "other.yaml"));
        assertThat(stream(pkg, "../secret.yaml")).isEqualTo(existing.replace("worker.yaml", "../secret.yaml"));
    }

    @Test
    void aLinkInsideThePackageIsFollowed(@TempDir Path tmp) throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkg.resolve("saved.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Files.createSymbolicLink(pkg.resolve("worker.yaml"), Path.of("saved.yaml"));
        assertThat(stream(pkg, "worker.yaml")).contains("worker.yaml holds a ConfigMap (v1), not a machine.openshift.io MachineSet");
    }

    /** The attack: run from a parent folder, a file of the working directory must not be read for the package. */
    @Test
    void aFileOfTheWorkingDirectoryOutsideThePackageIsNotRead(@TempDir Path tmp) throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("pkg/cluster"));
        Files.writeString(tmp.resolve("worker.yaml"), SECRET);
        Files.writeString(pkg.resolve("workers.yaml"), INTENT.formatted("worker.yaml"));
        Run run = render(tmp, tmp.resolve("pkg"));
        assertThat(run.err()).contains("cluster/workers.yaml: GpuWorkerSet/gpu-workers: spec.cluster.fromMachineSet.file: \"worker.yaml\""
                + " is neither a file of the input nor a file at ./cluster/worker.yaml (paths are relative to the intent's file)");
        assertThat(run.out() + run.err()).doesNotContain("hunter2", "Secret");
    }

    @Test
    void pathsAreRelativeToTheIntentsFileAndMayUseDotDotInsideTheRepository(@TempDir Path tmp) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path pkg = Files.createDirectories(repo.resolve("clusters/dev/gpu"));
        Files.createDirectories(repo.resolve("clusters/.snapshots"));
        Files.writeString(repo.resolve("clusters/.snapshots/worker.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Files.writeString(pkg.resolve("workers.yaml"), INTENT.formatted("../../.snapshots/worker.yaml"));
        // read from disk (hidden folders are not rendered), relative to the intent, inside the checkout
        assertThat(render(tmp, repo.resolve("clusters/dev")).err())
                .contains("../../.snapshots/worker.yaml holds a ConfigMap (v1), not a machine.openshift.io MachineSet");
    }

    record Run(String out, String err) {
    }

    private static Run render(Path workingDirectory, Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new GpuWorkerSetFunction()), false), "test",
                new Environment(Map.of(), workingDirectory));
        assertThat(new Directory(doors).render(dir, Optional.empty(), io)).isEqualTo(1);
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String stream(Path workingDirectory, String file) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(INTENT.formatted(file).getBytes(StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new GpuWorkerSetFunction()), false), "test",
                new Environment(Map.of(), workingDirectory));
        assertThat(doors.stream(io)).isEqualTo(1);
        return err.toString(StandardCharsets.UTF_8);
    }
}
