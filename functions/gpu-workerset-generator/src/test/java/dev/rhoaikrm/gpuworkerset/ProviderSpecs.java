package dev.rhoaikrm.gpuworkerset;

import java.util.Map;

/** Test helper: the provider spec of a MachineSet, or of a ResourceList item holding one. */
final class ProviderSpecs {
    private ProviderSpecs() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Map<String, Object> machineSet) {
        Object v = Maps.at(machineSet, "spec", "template", "spec", "providerSpec", "value");
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
