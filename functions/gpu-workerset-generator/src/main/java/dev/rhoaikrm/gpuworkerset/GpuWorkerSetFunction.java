package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Inputs;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Publication;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.facts.GpuPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * gpu-workerset-generator: one GpuWorkerSet intent becomes, per pool and zone, a MachineSet and its
 * MachineAutoscaler, plus the pools' Kueue ResourceFlavors and ClusterQueue; the ClusterAutoscaler,
 * a cluster singleton, is made once from every GpuWorkerSet of the input ({@link #expandTogether}).
 * The cluster's facts are stated or taken from a saved worker MachineSet.
 */
public final class GpuWorkerSetFunction implements KrmFunction, Importable {
    public static final String NAME = "gpu-workerset-generator";
    private static final IntentSchema SCHEMA = GpuWorkerSetSchema.intent();

    /** An intent's cluster and pools, worked out. */
    record Resolved(Cluster cluster, List<Pool> pools) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IntentSchema schema() {
        return SCHEMA;
    }

    @Override
    public void expand(Intent intent, Expansion out) {
        Optional<Resolved> resolved = resolve(intent, out.inputs(), out.environment(), Problems.of(out), out::consume);
        if (resolved.isEmpty()) {
            return;
        }
        Cluster cluster = resolved.get().cluster();
        List<Pool> pools = resolved.get().pools();
        BoundObject spec = intent.spec();
        long wave = spec.integer("syncWave");
        Problems problems = Problems.of(out);
        for (Pool pool : pools) {
            for (String zone : pool.zones()) {
                Map<String, Object> providerSpec = cluster.platform().forPool(cluster.base(), pool, zone, cluster, problems);
                out.emit(Decorations.wave(MachineObjects.machineSet(cluster, pool, zone, providerSpec), wave));
                out.emit(Decorations.wave(MachineObjects.machineAutoscaler(cluster, pool, zone), wave));
            }
        }
        if (spec.has("kueue")) {
            List<Pool> queued = pools.stream().filter(Pool::inKueue).toList();
            if (queued.isEmpty()) {
                out.error(spec.pathOf("kueue"), "every pool has kueue.enabled: false, so the ClusterQueue would have no flavor");
                return;
            }
            queued.forEach(p -> out.emit(Decorations.wave(KueueObjects.resourceFlavor(p), wave)));
            out.emit(Decorations.wave(KueueObjects.clusterQueue(spec.object("kueue"), queued), wave));
        }
    }

    /**
     * Every pool, as the MachineSets will have it, for other functions (model-serving-generator
     * places and sizes models on them). An intent that does not resolve publishes nothing: its
     * expansion reports why.
     */
    @Override
    public void publish(Intent intent, Publication out) {
        Optional<Resolved> resolved = resolve(intent, out.inputs(), out.environment(), Problems.SILENT, o -> { });
        if (resolved.isEmpty()) {
            out.hasErrors();
            return;
        }
        String platform = resolved.get().cluster().platform().name();
        for (Pool p : resolved.get().pools()) {
            out.publish(new GpuPool(out.intent(), p.name(), platform, p.type().name(), p.gpu(), p.zones(), Map.of(Pool.POOL_LABEL, p.name())));
        }
    }

    /** Hand-written GPU MachineSets, autoscalers and Kueue objects back to intents: see {@link GpuWorkerSetImporter}. */
    @Override
    public List<Imported> importFrom(List<SourceObject> objects) {
        return new GpuWorkerSetImporter(objects).run();
    }

    @Override
    public List<Fix> fixes() {
        return GpuWorkerSetFixes.ALL;
    }

    /** The ClusterAutoscaler of every GpuWorkerSet in the input: one cluster, one object named default. */
    @Override
    public void expandTogether(List<Intent> intents, Expansion out) {
        List<ClusterAutoscalerObject.Member> members = new ArrayList<>();
        for (Intent i : intents) {
            // expand() already reported every problem (this runs only when there was none): re-derive silently
            resolve(i, out.inputs(), out.environment(), Problems.SILENT, o -> { })
                    .ifPresent(r -> members.add(new ClusterAutoscalerObject.Member(i, r.cluster().infraId(), r.pools())));
        }
        long wave = members.stream().filter(ClusterAutoscalerObject.Member::states).findFirst()
                .map(m -> m.intent().spec().integer("syncWave")).orElse(0L);
        ClusterAutoscalerObject.build(members, out).ifPresent(ca -> out.emit(Decorations.wave(ca, wave)));
    }

    static Optional<Resolved> resolve(Intent intent, Inputs inputs, Environment env, Problems problems, Consumer<SourceObject> consume) {
        BoundObject spec = intent.spec();
        BoundObject clusterSpec = spec.object("cluster");
        Optional<SourceMachineSet> source = Optional.empty();
        if (clusterSpec.has("fromMachineSet")) {
            source = SourceMachineSet.resolve(clusterSpec.object("fromMachineSet"), intent, inputs, env, problems, consume);
            if (source.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<Cluster> cluster = Cluster.resolve(clusterSpec, source, problems);
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        for (Platform other : Platform.all()) {
            if (!other.name().equals(cluster.get().platform().name()) && clusterSpec.has(other.name())) {
                problems.error(clusterSpec.pathOf(other.name()), "applies to " + other.name() + " clusters; this one is "
                        + cluster.get().platform().name());
            }
        }
        List<Pool> pools = Pools.resolve(spec, cluster.get(), problems);
        return pools.size() == spec.objects("pools").size() ? Optional.of(new Resolved(cluster.get(), pools)) : Optional.empty();
    }
}
