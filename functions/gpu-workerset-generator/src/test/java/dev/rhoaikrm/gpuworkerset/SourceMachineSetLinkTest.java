package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fromMachineSet.file read from disk never follows a symbolic link out of the working directory. */
class SourceMachineSetLinkTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster: {platform: aws, fromMachineSet: {file: worker.yaml}}
              pools: [{name: l4, instanceType: g6.2xlarge}]
            """;

    @Test
    void aLinkOutOfThePackageIsRefused(@TempDir Path tmp) throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Path outside = Files.writeString(tmp.resolve("secret.yaml"), "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n");
        Files.createSymbolicLink(pkg.resolve("worker.yaml"), outside);
        String err = run(pkg);
        assertThat(err).contains("spec.cluster.fromMachineSet.file: \"worker.yaml\" is a symbolic link to a file outside the working directory")
                .doesNotContain("Secret");
    }

    @Test
    void aLinkInsideThePackageIsFollowed(@TempDir Path tmp) throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkg.resolve("saved.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Files.createSymbolicLink(pkg.resolve("worker.yaml"), Path.of("saved.yaml"));
        assertThat(run(pkg)).contains("worker.yaml holds a ConfigMap (v1), not a machine.openshift.io MachineSet");
    }

    private static String run(Path workingDirectory) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(INTENT.getBytes(StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new GpuWorkerSetFunction()), false), "test",
                new Environment(Map.of(), workingDirectory));
        assertThat(doors.stream(io)).isEqualTo(1);
        return err.toString(StandardCharsets.UTF_8);
    }
}
