package dev.rhoaikrm.cli;

import dev.rhoaikrm.core.frontdoor.ExitCodes;
import dev.rhoaikrm.core.frontdoor.Io;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rhoai-krm functions}: one line per registered function, "NAME KIND", in render order. The
 * native build makes a link per name from it, and bin/make-plugin-home a kustomize plugin per kind.
 */
@Command(name = "functions", mixinStandardHelpOptions = true,
        description = "List the functions, one per line: the name a binary can be started under, and the intent kind it expands.")
final class FunctionList implements Callable<Integer> {
    private final Io io;

    private FunctionList(Io io) {
        this.io = io;
    }

    static CommandLine commandLine(Io io) {
        return new CommandLine(new FunctionList(io));
    }

    @Override
    public Integer call() {
        for (Functions.Registration f : Functions.registered()) {
            io.out().println(f.name() + " " + f.kind());
        }
        return ExitCodes.OK;
    }
}
