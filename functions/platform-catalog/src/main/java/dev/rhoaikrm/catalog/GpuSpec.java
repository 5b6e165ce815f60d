package dev.rhoaikrm.catalog;

import java.util.Objects;

/**
 * The GPUs of one instance type, as {@code instance-types.yaml} describes them.
 *
 * @param product     the {@code nvidia.com/gpu.product} label value GPU feature discovery writes,
 *                    e.g. {@code NVIDIA-L40S}
 * @param count       GPUs per node
 * @param memoryGiB   usable memory of one GPU as the device reports it (nvidia-smi memory.total), e.g.
 *                    45.0 for an L40S sold as 48 GB; sizing multiplies this, never the marketing size
 * @param accelerator the {@code cluster-api/accelerator} label value, which is also the
 *                    ClusterAutoscaler {@code resourceLimits.gpus[].type} for pools of this GPU
 */
public record GpuSpec(String product, int count, double memoryGiB, String accelerator) {

    public GpuSpec {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(accelerator, "accelerator");
    }

    /** GPU memory of the whole node: what tensor parallelism over all of its GPUs can use. */
    public double totalMemoryGiB() {
        return count * memoryGiB;
    }
}
