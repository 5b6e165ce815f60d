package dev.rhoaikrm.cli;

import dev.rhoaikrm.appsetdiscovery.DiscoverCommand;
import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.cli.Launcher;
import dev.rhoaikrm.core.cli.ToolCommand;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.trace.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rhoai-krm executable. Started under a function's name (a symlink to the native binary, or
 * -Drhoai.krm.function=NAME from the bin/ launchers) it is that function; otherwise the
 * all-in-one command with subcommands.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Trace.mark("main");
        Optional<KrmFunction> function = invokedAs().flatMap(Functions::named);
        if (function.isPresent()) {
            FunctionCommand.main(function.get(), args);
        } else {
            // rhoai-krm discover DIR: appset-discovery-generator's preview of the Applications ArgoCD would create
            Launcher.main(io -> ToolCommand.commandLine(Functions.all(), io)
                    .addSubcommand("discover", DiscoverCommand.commandLine(io)), args);
        }
    }

    /** The name the program was started under: the launcher's property, else argv[0] of the process. */
    static Optional<String> invokedAs() {
        String property = System.getProperty("rhoai.krm.function");
        if (property != null && !property.isEmpty()) {
            return Optional.of(property);
        }
        try {
            // Linux: argv[0] is the first NUL-terminated string; a native binary behind a symlink sees the link's name
            byte[] cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            int end = 0;
            while (end < cmdline.length && cmdline[end] != 0) {
                end++;
            }
            String argv0 = new String(cmdline, 0, end, StandardCharsets.UTF_8);
            return Optional.of(Path.of(argv0).getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
