package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.cli.Launcher;

/** The model-serving-generator executable: KRM function, kustomize exec plugin and Helm post-renderer. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Launcher.main(io -> FunctionCommand.commandLine(new ModelServingFunction(), io), args);
    }
}
