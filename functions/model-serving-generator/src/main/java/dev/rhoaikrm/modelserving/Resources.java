package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.fn.Quantities;
import java.util.LinkedHashMap;
import java.util.Map;

/** CPU and memory requests and limits; a limit left out equals its request. */
record Resources(String cpuRequest, String memoryRequest, String cpuLimit, String memoryLimit) {

    static Resources of(ModelServing.CpuAndMemory resources, String defaultCpu, String defaultMemory) {
        ModelServing.Quantities requests = resources.requests();
        ModelServing.Quantities limits = resources.limits();
        String cpu = requests.cpu().orElse(limits.cpu().orElse(defaultCpu));
        String memory = requests.memory().orElse(limits.memory().orElse(defaultMemory));
        return new Resources(cpu, memory, limits.cpu().orElse(cpu), limits.memory().orElse(memory));
    }

    /** A request above its limit is refused by the API server: say so with the field path first. */
    String problem() {
        if (Quantities.compare(cpuRequest, cpuLimit) > 0) {
            return "cpu request " + cpuRequest + " is more than its limit " + cpuLimit;
        }
        if (Quantities.compare(memoryRequest, memoryLimit) > 0) {
            return "memory request " + memoryRequest + " is more than its limit " + memoryLimit;
        }
        return null;
    }

    /** requests and limits as Kubernetes writes them, with nvidia.com/gpu in both when gpus > 0. */
    Map<String, Object> toMap(long gpus) {
        Map<String, Object> requests = new LinkedHashMap<>();
        requests.put("cpu", cpuRequest);
        requests.put("memory", memoryRequest);
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("cpu", cpuLimit);
        limits.put("memory", memoryLimit);
        if (gpus > 0) {
            requests.put("nvidia.com/gpu", String.valueOf(gpus));
            limits.put("nvidia.com/gpu", String.valueOf(gpus));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("requests", requests);
        out.put("limits", limits);
        return out;
    }
}
