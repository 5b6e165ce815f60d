package dev.rhoaikrm.facts;

import dev.rhoaikrm.catalog.GpuSpec;
import dev.rhoaikrm.core.fn.IntentRef;
import java.util.List;
import java.util.Map;

/**
 * A GPU pool as gpu-workerset-generator resolved it (published by each GpuWorkerSet intent that
 * resolves; read by model-serving-generator to place and size a model): every fact is the one the
 * generated MachineSets carry, the platform included when it came from a saved MachineSet.
 *
 * @param from         the GpuWorkerSet intent that declares the pool
 * @param name         the pool's name ({@code spec.pools[].name})
 * @param platform     aws, azure or gcp
 * @param instanceType the instance type of its nodes, as the catalog spells it
 * @param gpu          the GPUs of one node: product, count, memory, accelerator label
 * @param zones        one MachineSet per zone
 * @param nodeSelector the node labels that select the pool's nodes (and only them)
 */
public record GpuPool(IntentRef from, String name, String platform, String instanceType, GpuSpec gpu, List<String> zones,
                      Map<String, String> nodeSelector) {
    /** The node label gpu-workerset-generator puts on every node of a pool, valued with the pool's name. */
    public static final String POOL_LABEL = "rhoai-krm.dev/gpu-pool";
    /** The intent kind that publishes pools. */
    public static final String PUBLISHER = "GpuWorkerSet";

    public GpuPool {
        zones = List.copyOf(zones);
        nodeSelector = Map.copyOf(nodeSelector);
    }

    /** "l40s (g6e.12xlarge, 4 × NVIDIA-L40S)", for messages. */
    public String describe() {
        return name + " (" + instanceType + ", " + gpu.count() + " × " + gpu.product() + ")";
    }
}
