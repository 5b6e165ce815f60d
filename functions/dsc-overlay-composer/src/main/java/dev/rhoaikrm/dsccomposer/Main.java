package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.cli.Launcher;

/** The dsc-overlay-composer executable: KRM function, kustomize exec plugin and Helm post-renderer. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Launcher.main(io -> FunctionCommand.commandLine(new DscComposerFunction(), io), args);
    }
}
