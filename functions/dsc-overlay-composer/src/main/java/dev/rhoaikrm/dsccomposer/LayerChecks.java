package dev.rhoaikrm.dsccomposer;

import dev.rhoaikrm.core.fn.Expansion;
import dev.rhoaikrm.core.importing.ObjectDiff;
import dev.rhoaikrm.core.intent.BoundObject;
import java.util.List;
import java.util.Map;

/** Checks of the operator layer as a whole: what it leaves out, its sync waves, and the identity of its objects. */
final class LayerChecks {
    private LayerChecks() {
    }

    /**
     * A component whose operator the layer does not install (install: false, or no install facts)
     * is an error naming both, unless the rest of the input installs it: the operator would stop
     * the component. One nothing stops on (cert-manager for the Kueue operator) is a warning.
     */
    static void leftOut(OperatorLayer.Plan plan, ClusterInput input, BoundObject overrides, Expansion out) {
        for (OperatorLayer.LeftOut l : plan.leftOut()) {
            if (input != null && input.installing(l.operator()) != null || l.operator().id().equals(OperatorLayer.RHOAI)) {
                continue;
            }
            if (l.check() == null) {
                out.warning(overrides.path().replaceAll("\\.components$", ".operators"), l.operator().name() + " (" + l.operator().pkg()
                        + "), " + l.neededFor() + ", is not installed (" + l.why() + "), and nothing else in the input installs it");
                continue;
            }
            String at = l.check().at() == null ? overrides.path() : overrides.path() + "." + l.check().at();
            out.error(at, OperatorChecks.describe(l.check().when()) + " the RHOAI operator needs " + l.operator().name() + " ("
                    + l.operator().pkg() + "), which the operator layer does not install (" + l.why() + ") and nothing else in the input"
                    + " installs: the operator stops with \"" + l.check().message() + "\" (" + l.check().source() + ")");
        }
    }

    /** Operators, then their instances, then the DataScienceCluster: each wave waits for the one before. */
    static void waves(DataScienceClusterComposition.Operators o, DataScienceClusterComposition spec, Expansion out) {
        if (o.instancesSyncWave() <= o.syncWave()) {
            out.error(o.at().pathOf("instancesSyncWave"), o.instancesSyncWave() + " is not after syncWave " + o.syncWave()
                    + ": the instances' CRDs come with the operators, so the instances sync after them");
        }
        if (spec.syncWave() <= o.instancesSyncWave() && !spec.output().equals("operators")) {
            out.error(spec.at().pathOf("syncWave"), spec.syncWave() + " is not after the operators' instances (operators.instancesSyncWave "
                    + o.instancesSyncWave() + "): the RHOAI operator refuses components whose operators' instances are missing");
        }
    }

    /** kind/namespace/name. */
    @SuppressWarnings("unchecked")
    static String key(Map<String, Object> o) {
        Map<String, Object> meta = (Map<String, Object>) o.get("metadata");
        Object ns = meta.get("namespace");
        return o.get("kind") + " " + (ns == null ? "" : ns + "/") + meta.get("name");
    }

    /** The first field two objects differ in, as text. */
    static String difference(Map<String, Object> a, Map<String, Object> b) {
        List<String> d = ObjectDiff.diff(a, b);
        return d.isEmpty() ? "the same" : d.get(0);
    }
}
