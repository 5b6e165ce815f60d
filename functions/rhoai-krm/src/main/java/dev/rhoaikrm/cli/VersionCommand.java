package dev.rhoaikrm.cli;

import dev.rhoaikrm.core.cli.Version;
import dev.rhoaikrm.core.frontdoor.ExitCodes;
import dev.rhoaikrm.core.frontdoor.Io;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rhoai-krm version}: what {@code --version} prints, for those who type it as kubectl and helm take it. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version (the same as --version).")
final class VersionCommand implements Callable<Integer> {
    private final Io io;

    private VersionCommand(Io io) {
        this.io = io;
    }

    static CommandLine commandLine(Io io) {
        return new CommandLine(new VersionCommand(io));
    }

    @Override
    public Integer call() {
        for (String line : new Version().getVersion()) {
            io.out().println(line);
        }
        return ExitCodes.OK;
    }
}
