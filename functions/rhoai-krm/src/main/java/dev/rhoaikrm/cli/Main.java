package dev.rhoaikrm.cli;

import dev.rhoaikrm.appsetdiscovery.DiscoverCommand;
import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.cli.Launcher;
import dev.rhoaikrm.core.cli.ToolCommand;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.trace.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one executable of the product (rhoai-krm.jar, or the native binary). Started under a
 * function's name (a symlink to the native binary, or -Drhoai.krm.function=NAME from the bin/
 * launchers) it is that function, which still knows the others for their facts; otherwise the
 * all-in-one command with subcommands.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Trace.mark("main");
        Optional<FunctionSet> function = invokedAs().flatMap(name -> FunctionSet.only(name, Functions.registered()));
        if (function.isPresent()) {
            FunctionCommand.main(function.get(), args);
        } else {
            Launcher.main(io -> ToolCommand.commandLine(Functions.registered(), Functions.importers(), io)
                    // rhoai-krm discover DIR: appset-discovery-generator's preview of the Applications ArgoCD would create
                    .addSubcommand("discover", DiscoverCommand.commandLine(io))
                    // rhoai-krm functions: the list the build and bin/make-plugin-home derive the per-function names from
                    .addSubcommand("functions", FunctionList.commandLine(io)), args);
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
