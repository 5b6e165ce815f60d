package dev.rhoaikrm.cli;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscoveryFunction;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.dsccomposer.DscComposerFunction;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSetFunction;
import dev.rhoaikrm.modelserving.ModelServingFunction;
import java.util.List;
import java.util.Optional;

/** Every function of the product, in the order a render runs them. Add a function here when its module lands. */
final class Functions {
    private Functions() {
    }

    static List<KrmFunction> all() {
        return List.of(new ModelServingFunction(), new GpuWorkerSetFunction(), new DscComposerFunction(), new AppSetDiscoveryFunction());
    }

    /**
     * The function with this name, and only it: a render started as one function does not pay for
     * building the others (the composer's release tables alone take tens of milliseconds).
     */
    static Optional<KrmFunction> named(String name) {
        return Optional.ofNullable(switch (name) {
            case ModelServingFunction.NAME -> new ModelServingFunction();
            case GpuWorkerSetFunction.NAME -> new GpuWorkerSetFunction();
            case DscComposerFunction.NAME -> new DscComposerFunction();
            case AppSetDiscoveryFunction.NAME -> new AppSetDiscoveryFunction();
            default -> null;
        });
    }
}
