package dev.rhoaikrm.testsupport;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.Directory;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.core.importing.Importer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the front doors inside the test JVM with captured streams: fast, and the same code path as the binaries. */
public final class InProcess {

    /** What a run printed and returned. */
    public record Run(int exitCode, String stdout, String stderr) {
    }

    private InProcess() {
    }

    public static Environment environment(Map<String, String> variables) {
        return new Environment(variables, Path.of("").toAbsolutePath());
    }

    /** {@code rhoai-krm render DIR} (with only these functions). */
    public static Run render(Path dir, List<KrmFunction> functions) {
        return run(new byte[0], functions, true, (doors, io) -> new Directory(doors).render(dir, Optional.empty(), io));
    }

    /** {@code rhoai-krm import DIR}: the intents on stdout, the report on stderr (or the intents as files under {@code output}). */
    public static Run importDir(Path dir, Optional<Path> output, List<FunctionImporter> importers) {
        List<KrmFunction> functions = importers.stream().map(FunctionImporter::function).toList();
        return run(new byte[0], functions, true, (doors, io) -> new Importer(importers, doors.environment()).run(dir, output, io));
    }

    /** A function with no arguments: ResourceList or plain stream on stdin. */
    public static Run stdin(String input, KrmFunction function) {
        return run(input.getBytes(StandardCharsets.UTF_8), List.of(function), false, FrontDoors::standardInput);
    }

    /** As {@link #stdin(String, KrmFunction)}, with the running function knowing others for their facts. */
    public static Run stdin(String input, FunctionSet functions) {
        return run(input.getBytes(StandardCharsets.UTF_8), new Pipeline(functions), FrontDoors::standardInput);
    }

    public static Run stdin(byte[] input, KrmFunction function) {
        return run(input, List.of(function), false, FrontDoors::standardInput);
    }

    /** The legacy kustomize exec plugin: config file as argument, resources on stdin. */
    public static Run legacyPlugin(Path config, String stdin, KrmFunction function) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), List.of(function), false, (doors, io) -> doors.legacyPlugin(config, io));
    }

    private interface Door {
        int run(FrontDoors doors, Io io);
    }

    private static Run run(byte[] stdin, List<KrmFunction> functions, boolean all, Door door) {
        return run(stdin, new Pipeline(functions, all), door);
    }

    private static Run run(byte[] stdin, Pipeline pipeline, Door door) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(stdin, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(pipeline, "test", environment(Map.of()));
        int code = door.run(doors, io);
        io.out().flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
