package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.catalog.GpuSpec;
import dev.rhoaikrm.catalog.InstanceType;
import dev.rhoaikrm.facts.GpuPool;
import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.PoolSpec;
import java.util.List;

/**
 * One GPU pool with its facts worked out: the node's instance type (catalog entry, or the facts the
 * pool states for a type the catalog lacks) and its zones.
 *
 * @param spec  the pool as the user wrote it, for its other settings and field paths
 * @param type  what one node has: GPUs, vCPU, memory (and so its allocatable capacity)
 * @param zones one MachineSet per zone
 */
record Pool(PoolSpec spec, InstanceType type, List<String> zones) {
    /** The label that ModelServing's gpu.pool selects on, on every node of the pool. */
    static final String POOL_LABEL = GpuPool.POOL_LABEL;
    static final String PRODUCT_LABEL = "nvidia.com/gpu.product";
    static final String ACCELERATOR_LABEL = "cluster-api/accelerator";
    static final String GPU_TAINT_KEY = "nvidia.com/gpu";

    String name() {
        return spec.name();
    }

    long min() {
        return spec.replicas().min();
    }

    long max() {
        return spec.replicas().max();
    }

    GpuSpec gpu() {
        return type.gpu();
    }

    /** The most nodes the pool can have: its per-zone maximum in every zone. */
    long maxNodes() {
        return max() * zones.size();
    }

    long maxGpus() {
        return maxNodes() * gpu().count();
    }

    String flavor() {
        return spec.kueue().flavor().orElse("gpu-" + name());
    }

    boolean inKueue() {
        return spec.kueue().enabled();
    }

    boolean tainted() {
        return spec.taint();
    }

    String describe() {
        return name() + " (" + max() + " × " + zones.size() + (zones.size() == 1 ? " zone" : " zones") + " of " + type.name() + ")";
    }
}
