package dev.rhoaikrm.core.cli;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.ExitCodes;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.trace.Trace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * One function as a command: with no argument it is a KRM function (ResourceList on stdin) or,
 * given a plain manifest stream, a Helm post-renderer; with a file argument it is a legacy
 * kustomize exec plugin.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (warnings may have been printed)", "1:the input has errors; results name file, object and field",
            "2:wrong command line", "3:internal error (a bug)"},
        footerHeading = "%nFront doors:%n",
        footer = {"  kpt fn render / kpt fn eval --exec: ResourceList on stdin, ResourceList with results on stdout.",
            "  kubectl kustomize --enable-alpha-plugins: CONFIG is the intent, resources on stdin, manifests on stdout.",
            "  helm --post-renderer: a manifest stream on stdin, intents expanded, everything else passed through."})
public final class FunctionCommand implements Callable<Integer> {
    private final FunctionSet functions;
    private final KrmFunction function;
    private final Io io;

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "The intent file, as kubectl kustomize passes it to an exec plugin.")
    Path config;

    @Option(names = "--schema", description = "Print the JSON Schema of the intent (for yaml-language-server) and exit.")
    boolean schema;

    @Option(names = "--strict", description = ToolCommand.STRICT_HELP)
    boolean strict;

    /** @param functions the function to run (the only running one) and the others it knows for facts */
    public FunctionCommand(FunctionSet functions, Io io) {
        this.functions = functions;
        this.function = functions.running().get(0);
        this.io = io;
    }

    /**
     * Entry point of a function binary. The two ways tools start a function, no argument (kpt,
     * kustomize exec functions, Helm) and one config file (kubectl kustomize's exec plugins), skip
     * picocli: its reflective setup costs a fifth of a second per render on a JVM, and ArgoCD
     * renders on every refresh. Everything else (--help, --schema, ...) goes through picocli.
     */
    public static void main(FunctionSet functions, String[] args) {
        KrmFunction function = functions.running().get(0);
        Trace.mark("function built");
        if (args.length == 0 || (args.length == 1 && !args[0].startsWith("-"))) {
            Io io = Launcher.systemIo();
            int code;
            try {
                FrontDoors doors = new FrontDoors(new Pipeline(functions), function.name(), Environment.fromSystem());
                renderForTraining(doors);
                Io withStdin = new Io(Launcher.readStdin(), io.out(), io.err());
                Trace.mark("stdin read");
                code = args.length == 0 ? doors.standardInput(withStdin) : doors.legacyPlugin(Path.of(args[0]), withStdin);
            } catch (RuntimeException | Error e) {
                code = Launcher.internalError(e, function.name(), io);
            }
            io.out().flush();
            Trace.mark("output flushed");
            Launcher.exit(code, io);
        }
        Launcher.main(io -> commandLine(functions, io), args);
    }

    /**
     * bin/build-aot-cache's training run covers both ways tools start a function in one JVM run (JDK
     * 25 makes an AOT cache from one run, and a call site first linked at run time costs there what
     * the cache would have saved): started as kustomize starts the function (a config file) with
     * {@code -Drhoai.krm.training.kpt=FILE}, it first renders FILE as kpt passes it (a ResourceList
     * on stdin, no argument), its output discarded. A JVM option, so a repository cannot set it.
     */
    private static void renderForTraining(FrontDoors doors) {
        String kptInput = System.getProperty("rhoai.krm.training.kpt");
        if (kptInput != null) {
            try {
                PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
                int code = doors.standardInput(new Io(Files.readAllBytes(Path.of(kptInput)), discard, discard));
                if (code != ExitCodes.OK) { // a cache trained on the error path would be no cache
                    throw new IllegalStateException("the training render of " + kptInput + " (the kpt form) exited " + code);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The command line for the running function, named after it. */
    public static CommandLine commandLine(FunctionSet functions, Io io) {
        KrmFunction function = functions.running().get(0);
        CommandLine cl = new CommandLine(new FunctionCommand(functions, io));
        cl.setCommandName(function.name());
        cl.getCommandSpec().usageMessage().description(
                "Expands " + function.schema().kind() + " intents (" + function.schema().apiVersion() + ") into manifests.");
        return cl;
    }

    @Override
    public Integer call() throws Exception {
        if (schema) {
            io.out().print(jsonSchema(function));
            return ExitCodes.OK;
        }
        Environment env = strict ? Environment.fromSystem().strictMode() : Environment.fromSystem();
        FrontDoors doors = new FrontDoors(new Pipeline(functions), function.name(), env);
        if (config != null) {
            return doors.legacyPlugin(config, withStdin());
        }
        return doors.standardInput(withStdin());
    }

    private Io withStdin() {
        return new Io(io.stdin() != null ? io.stdin() : Launcher.readStdin(), io.out(), io.err());
    }

    static String jsonSchema(KrmFunction function) {
        return Json.write(function.schema().toJsonSchema());
    }
}
