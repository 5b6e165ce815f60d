package dev.rhoaikrm.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One cloud instance type with whole NVIDIA GPUs, from {@code instance-types.yaml}.
 *
 * <p>{@link #vcpu()}, {@link #memoryMiB()} and {@code gpu().count()} are the instance's nominal size
 * as the cloud's API reports it (what the provider's MachineSet controller writes into the
 * scale-from-zero annotations {@code machine.openshift.io/vCPU}, {@code memoryMb}, {@code GPU}).
 * Kueue quotas must instead use what pods can get, the node's
 * allocatable capacity: see {@link #allocatableMilliCpu()} and {@link #allocatableMemoryMiB()}.
 *
 * @param platform  aws, azure or gcp
 * @param name      the provider's name of the type, e.g. {@code g6e.12xlarge}
 * @param gpu       its GPUs
 * @param vcpu      vCPUs per instance
 * @param memoryMiB instance memory in MiB (the provider's GiB × 1024)
 * @param offeredAs the only kinds of capacity the cloud sells the type as ({@link #SPOT}, flex-start);
 *                  empty: on-demand too
 */
public record InstanceType(String platform, String name, GpuSpec gpu, int vcpu, long memoryMiB, List<String> offeredAs) {
    /** Spot capacity, in {@link #offeredAs()}. */
    public static final String SPOT = "spot";

    /**
     * CPU OpenShift reserves for the OS, CRI-O and the kubelet on every node: {@code system-reserved
     * cpu=500m}. OpenShift does not use kube-reserved; it folds everything into system-reserved.
     */
    public static final int SYSTEM_RESERVED_MILLI_CPU = 500;
    /** Memory OpenShift reserves the same way: {@code system-reserved memory=1Gi}. */
    public static final long SYSTEM_RESERVED_MEMORY_MIB = 1024;
    /** The kubelet's hard eviction threshold {@code memory.available<100Mi}, also withheld from pods. */
    public static final long EVICTION_HARD_MEMORY_MIB = 100;

    public InstanceType {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gpu, "gpu");
        offeredAs = List.copyOf(offeredAs);
    }

    /** A type sold on demand too (the most common case). */
    public InstanceType(String platform, String name, GpuSpec gpu, int vcpu, long memoryMiB) {
        this(platform, name, gpu, vcpu, memoryMiB, List.of());
    }

    /**
     * How the catalog looks a type up: platform and name without case (Azure treats VM sizes
     * case-insensitively), e.g. {@code azure/standard_nc24ads_a100_v4}.
     */
    static String lookupKey(String platform, String name) {
        return platform.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** Whether the cloud sells the type on demand, not only as spot or flex-start capacity. */
    public boolean onDemand() {
        return offeredAs.isEmpty();
    }

    /**
     * CPU the scheduler can give pods on such a node, in millicores:
     * {@code allocatable = capacity - system-reserved} (CPU has no hard eviction threshold).
     *
     * <p>Source: OpenShift docs, Nodes, "Allocating resources for nodes in an OpenShift Container
     * Platform cluster" ({@code [Allocatable] = [Node Capacity] - [system-reserved] -
     * [Hard-Eviction-Thresholds]}), with the static defaults the machine-config-operator writes to
     * {@code /etc/node-sizing-enabled.env} when {@code autoSizingReserved} is off:
     * {@code SYSTEM_RESERVED_CPU=500m}, {@code SYSTEM_RESERVED_MEMORY=1Gi}, and its kubelet template's
     * {@code evictionHard: memory.available: 100Mi}.
     *
     * <p>Limit: a pool with {@code autoSizingReserved} on (set by a {@code KubeletConfig}, and in
     * recent machine-config-operator releases the default for newly installed clusters, while
     * older clusters keep a {@code 50-<pool>-auto-sizing-disabled} MachineConfig) reserves an amount
     * that grows with node size: memory 25 % of the first 4 GiB, 20 % of the next 4, 10 % of the
     * next 8, 6 % of the next 112 and 2 % above 128 GiB (about 14.4 GiB on a 384 GiB node). Quotas
     * computed here are then too large by that difference.
     */
    public int allocatableMilliCpu() {
        return vcpu * 1000 - SYSTEM_RESERVED_MILLI_CPU;
    }

    /**
     * Memory the scheduler can give pods on such a node, in MiB:
     * {@code memoryMiB - system-reserved (1Gi) - eviction-hard memory.available (100Mi)}; the
     * defaults and their source are given at {@link #allocatableMilliCpu()}.
     *
     * <p>Simplification: the kubelet's capacity is the kernel's MemTotal, which is a little below
     * the instance's nominal memory (firmware and kernel reservations, typically 1–3 %). This method
     * starts from the nominal size because that is the only figure providers publish.
     */
    public long allocatableMemoryMiB() {
        return memoryMiB - SYSTEM_RESERVED_MEMORY_MIB - EVICTION_HARD_MEMORY_MIB;
    }
}
