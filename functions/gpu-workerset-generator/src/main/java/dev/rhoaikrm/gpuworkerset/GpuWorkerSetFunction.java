package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Publication;
import dev.rhoaikrm.core.importing.Importable;
import dev.rhoaikrm.core.intent.BoundObject;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.facts.GpuPool;
import dev.rhoaikrm.gpuworkerset.Resolution.PoolZone;
import dev.rhoaikrm.gpuworkerset.Resolution.Resolved;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * gpu-workerset-generator: one GpuWorkerSet intent becomes, per pool and zone, a MachineSet and its
 * MachineAutoscaler, plus the pools' Kueue ResourceFlavors and ClusterQueue; the ClusterAutoscaler,
 * a cluster singleton, is made once from every GpuWorkerSet of the input ({@link #expandTogether}).
 * The cluster's facts are stated or taken from a saved worker MachineSet.
 *
 * <p>Each intent is resolved once per run ({@link Resolution}): in phase 1, to publish its pools,
 * and its expansion and the joint step reuse that resolution.
 */
public final class GpuWorkerSetFunction implements KrmFunction, Importable {
    public static final String NAME = "gpu-workerset-generator";
    private static final IntentSchema SCHEMA = GpuWorkerSetSchema.intent();

    /**
     * The resolutions of this run's intents, by their bound spec (one object per intent and run,
     * the same in both phases). Weak keys: a function object that serves several runs keeps none.
     */
    private final Map<BoundObject, Resolution> resolutions = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IntentSchema schema() {
        return SCHEMA;
    }

    private Resolution resolution(Intent intent, dev.rhoaikrm.core.fn.Inputs inputs, dev.rhoaikrm.core.fn.Environment env) {
        synchronized (resolutions) {
            Resolution known = resolutions.get(intent.spec());
            if (known == null) {
                known = Resolution.of(intent, inputs, env);
                resolutions.put(intent.spec(), known);
            }
            return known;
        }
    }

    /**
     * Every pool, as the MachineSets will have it, for other functions (model-serving-generator
     * places and sizes models on them). An intent that does not resolve publishes nothing: its
     * expansion reports why.
     */
    @Override
    public void publish(Intent intent, Publication out) {
        Resolution resolution = resolution(intent, out.inputs(), out.environment());
        if (!resolution.ok()) {
            out.hasErrors();
            return;
        }
        Resolved resolved = resolution.resolved().orElseThrow();
        String platform = resolved.cluster().platform().name();
        for (Pool p : resolved.pools()) {
            out.publish(new GpuPool(out.intent(), p.name(), platform, p.type().name(), p.gpu(), p.zones(), Map.of(Pool.POOL_LABEL, p.name())));
        }
    }

    @Override
    public void expand(Intent intent, Expansion out) {
        Resolution resolution = resolution(intent, out.inputs(), out.environment());
        resolution.reportTo(out);
        if (!resolution.ok()) {
            return;
        }
        Resolved resolved = resolution.resolved().orElseThrow();
        long wave = resolved.spec().syncWave();
        for (PoolZone m : resolved.machineSets()) {
            out.emit(Decorations.wave(MachineObjects.machineSet(resolved.cluster(), m.pool(), m.zone(), m.providerSpec()), wave));
            out.emit(Decorations.wave(MachineObjects.machineAutoscaler(resolved.cluster(), m.pool(), m.zone()), wave));
        }
        // the pools' flavors; the ClusterQueues, which several intents may share, are made together (expandTogether)
        if (resolved.spec().kueue().isPresent()) {
            String apiVersion = resolved.spec().kueue().get().resolvedApiVersion();
            for (Pool p : inKueue(resolved.pools())) {
                out.emit(Decorations.wave(KueueObjects.resourceFlavor(p, apiVersion), wave));
            }
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

    /**
     * What the input's GpuWorkerSets share, cluster-wide objects: the ClusterAutoscaler (one per
     * cluster, named default), and each ClusterQueue with its CPU/memory flavor (one per name).
     */
    @Override
    public void expandTogether(List<Intent> intents, Expansion out) {
        List<ClusterAutoscalerObject.Member> members = new ArrayList<>();
        List<ClusterQueues.Member> queued = new ArrayList<>();
        for (Intent i : intents) {
            // expand() ran for each without an error: their resolutions are there and whole
            Optional<Resolution.Resolved> resolved = resolution(i, out.inputs(), out.environment()).resolved();
            if (resolved.isEmpty()) {
                continue;
            }
            Resolution.Resolved r = resolved.get();
            members.add(new ClusterAutoscalerObject.Member(i, r.spec(), r.cluster().infraId(), r.pools()));
            if (r.spec().kueue().isPresent()) {
                queued.add(new ClusterQueues.Member(i, r.spec(), r.spec().kueue().get(), inKueue(r.pools())));
            }
        }
        ClusterQueues.build(queued, out);
        long wave = 0;
        for (ClusterAutoscalerObject.Member m : members) {
            if (m.states()) {
                wave = m.spec().syncWave();
                break;
            }
        }
        Optional<Map<String, Object>> autoscaler = ClusterAutoscalerObject.build(members, out);
        if (autoscaler.isPresent()) {
            out.emit(Decorations.wave(autoscaler.get(), wave));
        }
    }

    /** The pools whose nodes Kueue admits workloads to. */
    private static List<Pool> inKueue(List<Pool> pools) {
        List<Pool> in = new ArrayList<>();
        for (Pool p : pools) {
            if (p.inKueue()) {
                in.add(p);
            }
        }
        return in;
    }
}
