package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.cli.FunctionCommand;

/** The gpu-workerset-generator executable: KRM function, kustomize exec plugin and Helm post-renderer. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        FunctionCommand.main(new GpuWorkerSetFunction(), args);
    }
}
