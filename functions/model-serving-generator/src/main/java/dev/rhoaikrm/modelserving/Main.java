package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.cli.FunctionCommand;

/** The model-serving-generator executable: KRM function, kustomize exec plugin and Helm post-renderer. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        FunctionCommand.main(new ModelServingFunction(), args);
    }
}
