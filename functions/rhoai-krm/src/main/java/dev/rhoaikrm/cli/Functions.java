package dev.rhoaikrm.cli;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscoveryFunction;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.dsccomposer.DscComposerFunction;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSetFunction;
import dev.rhoaikrm.modelserving.ModelServingFunction;
import java.util.List;

/** Every function of the product, in the order a render runs them. Add a function here when its module lands. */
final class Functions {
    private Functions() {
    }

    static List<KrmFunction> all() {
        return List.of(new ModelServingFunction(), new GpuWorkerSetFunction(), new DscComposerFunction(), new AppSetDiscoveryFunction());
    }
}
