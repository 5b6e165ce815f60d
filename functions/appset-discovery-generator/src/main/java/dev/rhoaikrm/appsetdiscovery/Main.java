package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.trace.Trace;

/** The appset-discovery-generator executable: KRM function, kustomize exec plugin and Helm post-renderer. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Trace.mark("main");
        FunctionCommand.main(new AppSetDiscoveryFunction(), args);
    }
}
