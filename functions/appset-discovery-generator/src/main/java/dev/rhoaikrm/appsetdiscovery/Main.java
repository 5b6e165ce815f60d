package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.cli.FunctionCommand;

/** The appset-discovery-generator executable: KRM function, kustomize exec plugin and Helm post-renderer. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        FunctionCommand.main(new AppSetDiscoveryFunction(), args);
    }
}
