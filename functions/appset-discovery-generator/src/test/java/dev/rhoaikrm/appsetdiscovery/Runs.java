package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.Directory;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine;

/**
 * The front doors in-process, like testsupport's InProcess, but with the environment a test
 * chooses: ArgoCD CMP variables and the working directory discovery and git look at.
 */
final class Runs {
    private Runs() {
    }

    /** The function with no arguments (a ResourceList or a manifest stream on stdin). */
    static InProcess.Run stdin(String input, Map<String, String> variables, Path workingDirectory) {
        return run(input, variables, workingDirectory, false, (doors, io) -> doors.standardInput(io));
    }

    /** rhoai-krm render DIR, with only this function. */
    static InProcess.Run render(Path dir, Map<String, String> variables, Path workingDirectory) {
        return run("", variables, workingDirectory, true, (doors, io) -> new Directory(doors).render(dir, Optional.empty(), io));
    }

    /**
     * The checks every run gets: exit 1 exactly when an error result was printed, never a stack
     * trace, no partial output on error, and otherwise schema-valid manifests. Returns whether it failed.
     */
    static boolean assertOutcome(InProcess.Run run) {
        boolean failing = run.stderr().contains(": error: ");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(failing ? 1 : 0);
        assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
        if (failing) {
            assertThat(run.stdout()).as("no partial output on error").isEmpty();
        } else {
            assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
        }
        return failing;
    }

    /** rhoai-krm discover ARGS. */
    static InProcess.Run discover(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandLine cl = DiscoverCommand.commandLine(io);
        cl.setOut(new java.io.PrintWriter(io.out(), true));
        cl.setErr(new java.io.PrintWriter(io.err(), true));
        int code = cl.execute(args);
        return new InProcess.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static InProcess.Run run(String input, Map<String, String> variables, Path workingDirectory, boolean all,
                                     BiFunction<FrontDoors, Io, Integer> door) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(input.getBytes(StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new AppSetDiscoveryFunction()), all), "test",
                new Environment(variables, workingDirectory));
        int code = door.apply(doors, io);
        return new InProcess.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
