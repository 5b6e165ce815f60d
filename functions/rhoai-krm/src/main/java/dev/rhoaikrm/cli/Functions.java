package dev.rhoaikrm.cli;

import dev.rhoaikrm.appsetdiscovery.AppSetDiscoveryFunction;
import dev.rhoaikrm.core.fn.FunctionRegistration;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.dsccomposer.DscComposerFunction;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSetFunction;
import dev.rhoaikrm.modelserving.ModelServingFunction;
import dev.rhoaikrm.modelserving.ModelServingImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * THE list of the product's functions: one entry per function (its name, intent kind, how to build
 * it and its importer), in the order a render runs them. Everything else that names the functions
 * is generated from this list ({@code rhoai-krm functions}: the native binary's per-function links,
 * bin/make-plugin-home) or held to it by FunctionListTest (the poms, bin/, bench/run, the
 * Containerfile). A new function is a new module plus one entry here (docs/ARCHITECTURE.md).
 *
 * <p>Anonymous classes rather than lambdas: nothing is spun at run time when the binary starts.
 */
final class Functions {
    private static final List<Registration> REGISTERED = List.of(
            new Registration(ModelServingFunction.NAME, "ModelServing") {
                @Override
                public KrmFunction create() {
                    return new ModelServingFunction();
                }

                @Override
                Importable importer() {
                    return new ModelServingImporter();
                }
            },
            new Registration(GpuWorkerSetFunction.NAME, "GpuWorkerSet") {
                @Override
                public KrmFunction create() {
                    return new GpuWorkerSetFunction();
                }

                @Override
                Importable importer() {
                    return new GpuWorkerSetFunction();
                }
            },
            new Registration(DscComposerFunction.NAME, "DataScienceClusterComposition") {
                @Override
                public KrmFunction create() {
                    return new DscComposerFunction();
                }

                @Override
                Importable importer() {
                    return new DscComposerFunction();
                }
            },
            new Registration(AppSetDiscoveryFunction.NAME, "AppSetDiscovery") {
                @Override
                public KrmFunction create() {
                    return new AppSetDiscoveryFunction();
                }

                @Override
                Importable importer() {
                    return new AppSetDiscoveryFunction();
                }
            });

    private Functions() {
    }

    /** One entry of the list: a function's name, kind, factory and importer. */
    abstract static class Registration implements FunctionRegistration {
        private final String name;
        private final String kind;

        Registration(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String kind() {
            return kind;
        }

        /** The function's importer for {@code rhoai-krm import}, registered beside the function. */
        abstract Importable importer();
    }

    /** Every registration, in render order. */
    static List<Registration> registered() {
        return REGISTERED;
    }

    /** The registration named so (the name a binary is started under), if any. */
    static Optional<Registration> named(String name) {
        for (Registration r : REGISTERED) {
            if (r.name().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every function, built (tests). */
    static List<KrmFunction> all() {
        List<KrmFunction> out = new ArrayList<>();
        for (Registration r : REGISTERED) {
            out.add(r.create());
        }
        return out;
    }

    /** Every function with its importer, in the order they take hand-written objects (the render order). */
    static List<FunctionImporter> importers() {
        List<FunctionImporter> out = new ArrayList<>();
        for (Registration r : REGISTERED) {
            out.add(new FunctionImporter(r.create(), r.importer()));
        }
        return out;
    }
}
