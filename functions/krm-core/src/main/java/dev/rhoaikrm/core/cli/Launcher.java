package dev.rhoaikrm.core.cli;

import dev.rhoaikrm.core.frontdoor.ExitCodes;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.frontdoor.Terminal;
import dev.rhoaikrm.core.trace.Trace;
import dev.rhoaikrm.core.yaml.InputBytes;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;

/**
 * Runs a picocli command the same way for every binary: UTF-8 buffered output, usage errors exit
 * 2, and any unexpected exception becomes a one-line message and exit 3 instead of a stack trace
 * (RHOAI_KRM_DEBUG=1 prints the trace for bug reports).
 */
public final class Launcher {
    private Launcher() {
    }

    /** Standard streams as UTF-8, buffered: output is written once, at the end. */
    public static Io systemIo() {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new Io(null, out, err);
    }

    /**
     * Reads standard input (only when a command needs it), never more than the input limit: a
     * larger stream is refused after the limit, not after all of it is in memory.
     */
    public static byte[] readStdin() {
        return InputBytes.read(System.in, InputLimits.DEFAULT.maxBytes(), FrontDoors.STDIN);
    }

    public static int execute(CommandLine commandLine, String[] args, Io io) {
        commandLine.setOut(new java.io.PrintWriter(io.out(), true));
        commandLine.setErr(new java.io.PrintWriter(io.err(), true));
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> internalError(ex, cmd.getCommandName(), io));
        try {
            return commandLine.execute(args);
        } catch (Error e) {
            return internalError(e, commandLine.getCommandName(), io); // picocli passes Errors (out of memory) through
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    /**
     * The one-line report of a bug, with the stack trace only when RHOAI_KRM_DEBUG is set. Input
     * that cannot be read at all (too large, a file name the locale cannot decode) is no bug: exit 1.
     */
    public static int internalError(Throwable ex, String name, Io io) {
        if (ex instanceof YamlInputException e) {
            io.err().println(name + ": " + Terminal.escape((e.file() == null ? "" : e.file() + ": ") + e.getMessage()));
            return ExitCodes.ERROR_RESULTS;
        }
        if (ex instanceof InvalidPathException e) {
            io.err().println(name + ": a file name cannot be decoded in this locale (" + System.getProperty("sun.jnu.encoding")
                    + "): " + Terminal.escape(e.getInput()) + "; run with LANG=C.UTF-8 (bin/ launchers and the images set it)");
            return ExitCodes.ERROR_RESULTS;
        }
        if (ex instanceof OutOfMemoryError) {
            // not a bug: a large input needs several times its size in heap
            io.err().println(name + ": out of memory (a large input needs about 7 times its size in heap);"
                    + " raise the limit, e.g. JAVA_TOOL_OPTIONS=-Xmx4g");
            return ExitCodes.INTERNAL;
        }
        io.err().println(name + ": internal error: " + ex + " (this is a bug; RHOAI_KRM_DEBUG=1 shows the stack trace)");
        if (System.getenv("RHOAI_KRM_DEBUG") != null) {
            ex.printStackTrace(io.err());
        }
        return ExitCodes.INTERNAL;
    }

    /** Entry point helper: build the command on the process's streams, run it, exit with its code. */
    public static void main(java.util.function.Function<Io, CommandLine> command, String[] args) {
        Io io = systemIo();
        int code = execute(command.apply(io), args, io);
        exit(code, io);
    }

    /**
     * Ends the process with {@code code} once the streams are flushed. Not with System.exit: since
     * JDK 21 (and in later 17 updates) Runtime.exit logs itself, which starts the JDK's logging
     * framework, ~5-8 ms of every render. Nothing here needs shutdown hooks: output is flushed and
     * every file is closed when its write returns. Under RHOAI_KRM_TRACE the trace's own hook prints.
     */
    public static void exit(int code, Io io) {
        io.out().flush();
        io.err().flush();
        if (Trace.on()) {
            System.exit(code);
        }
        Runtime.getRuntime().halt(code);
    }
}
