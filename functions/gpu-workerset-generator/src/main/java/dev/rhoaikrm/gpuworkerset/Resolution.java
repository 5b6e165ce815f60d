package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Inputs;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One GpuWorkerSet worked out, once per run: its cluster, its pools and each pool's provider spec in
 * each zone, with every problem found on the way (kept, and reported by the intent's expansion) and
 * the input objects it used up (a saved MachineSet, which is left out of plain manifests).
 *
 * @param resolved empty when a problem stops the intent
 */
record Resolution(Optional<Resolved> resolved, Problems.Recorded problems, List<SourceObject> consumed) {

    /** An intent's cluster and pools, and the provider spec of each MachineSet. */
    record Resolved(GpuWorkerSet spec, Cluster cluster, List<Pool> pools, List<PoolZone> machineSets) {
    }

    /** One MachineSet: a pool in a zone, with its provider spec. */
    record PoolZone(Pool pool, String zone, Map<String, Object> providerSpec) {
    }

    /** Whether the intent resolved without an error (and so publishes its pools and expands). */
    boolean ok() {
        return resolved.isPresent() && !problems.hasErrors();
    }

    /** Reports the problems and the used-up objects to the intent's expansion. */
    void reportTo(Expansion out) {
        problems.reportTo(Problems.of(out));
        for (SourceObject o : consumed) {
            out.consume(o);
        }
    }

    static Resolution of(Intent intent, Inputs inputs, Environment env) {
        Problems.Recorded problems = new Problems.Recorded();
        List<SourceObject> consumed = new ArrayList<>();
        return new Resolution(resolve(GpuWorkerSetSchema.bind(intent), intent, inputs, env, problems, consumed), problems, List.copyOf(consumed));
    }

    private static Optional<Resolved> resolve(GpuWorkerSet spec, Intent intent, Inputs inputs, Environment env, Problems problems,
                                              List<SourceObject> consumed) {
        GpuWorkerSet.ClusterSpec clusterSpec = spec.cluster();
        Optional<SourceMachineSet> source = Optional.empty();
        if (clusterSpec.fromMachineSet().isPresent()) {
            source = SourceMachineSet.resolve(clusterSpec.fromMachineSet().get(), intent, inputs, env, problems, consumed::add);
            if (source.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<Cluster> found = Cluster.resolve(clusterSpec, source, problems);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Cluster cluster = found.get();
        for (Platform other : Platform.all()) {
            if (other != cluster.platform() && other.sectionStated(clusterSpec)) {
                problems.error(clusterSpec.at().pathOf(other.name()), "applies to " + other.name() + " clusters; this one is "
                        + cluster.platform().name());
            }
        }
        List<Pool> pools = Pools.resolve(spec.pools(), cluster, problems);
        if (pools.size() != spec.pools().size()) {
            return Optional.empty();
        }
        List<PoolZone> machineSets = new ArrayList<>();
        for (Pool pool : pools) {
            for (String zone : pool.zones()) {
                machineSets.add(new PoolZone(pool, zone, cluster.platform().forPool(cluster.base(), pool, zone, cluster, problems)));
            }
        }
        if (spec.kueue().isPresent()) {
            boolean anyInKueue = false;
            for (Pool p : pools) {
                if (p.inKueue()) {
                    anyInKueue = true;
                    KueueObjects.checkFlavor(p, problems);
                }
            }
            if (!anyInKueue) {
                problems.error(spec.at().pathOf("kueue"), "every pool has kueue.enabled: false, so the ClusterQueue would have no flavor");
            }
        }
        if (spec.clusterAutoscaler().isPresent()) {
            GpuWorkerSet.AutoscalerSpec ca = spec.clusterAutoscaler().get();
            if (ca.cores().isPresent()) {
                checkRange(ca.cores().get(), problems);
            }
            if (ca.memoryGiB().isPresent()) {
                checkRange(ca.memoryGiB().get(), problems);
            }
        }
        return Optional.of(new Resolved(spec, cluster, pools, machineSets));
    }

    /**
     * A cores or memoryGiB range must have min at most max: the operator's validator refuses the
     * ClusterAutoscaler otherwise (openshift/cluster-autoscaler-operator
     * pkg/controller/clusterautoscaler/validator.go, validateResourceRange: "Max must be greater than or equal to Min").
     */
    private static void checkRange(GpuWorkerSet.MinMax range, Problems problems) {
        if (range.min() > range.max()) {
            problems.error(range.at().pathOf("min"), "min " + range.min() + " is more than max " + range.max()
                    + "; the ClusterAutoscaler's validator refuses it (Max must be greater than or equal to Min)");
        }
    }
}
