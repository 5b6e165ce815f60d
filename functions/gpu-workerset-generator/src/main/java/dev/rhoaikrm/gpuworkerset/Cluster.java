package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.core.intent.BoundObject;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster the pools join: platform, infrastructure id, region and the provider spec every pool
 * starts from (its cluster facts: image, network, identity, tags, secrets). Stated in the intent, or
 * taken from a worker MachineSet with the stated facts written over it.
 *
 * @param sourceZone the zone of the source MachineSet (null without one): the default zone of a
 *                   pool, and what AWS subnet names are rewritten from for other zones
 * @param base       the provider spec without pool settings
 */
record Cluster(Platform platform, String infraId, String region, String sourceZone, Map<String, Object> base, Facts facts) {

    /** Resolves the cluster; empty after reporting what is missing or contradicts the source. */
    static Optional<Cluster> resolve(BoundObject cluster, Optional<SourceMachineSet> source, Problems problems) {
        return source.isPresent() ? fromSource(cluster, source.get(), problems) : stated(cluster, problems);
    }

    private static Optional<Cluster> stated(BoundObject cluster, Problems problems) {
        boolean ok = true;
        for (String field : new String[] {"platform", "infrastructureId", "region"}) {
            if (!cluster.has(field)) {
                problems.error(cluster.pathOf(field), "required unless spec.cluster.fromMachineSet names a worker MachineSet");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        Platform platform = Platform.named(cluster.string("platform"));
        String infraId = cluster.string("infrastructureId");
        String region = cluster.string("region");
        Facts facts = new Facts(cluster, infraId, region, true, problems);
        Map<String, Object> base = platform.skeleton();
        platform.applyFacts(base, facts);
        return Optional.of(new Cluster(platform, infraId, region, null, base, facts));
    }

    private static Optional<Cluster> fromSource(BoundObject cluster, SourceMachineSet source, Problems problems) {
        String from = cluster.pathOf("fromMachineSet");
        String role = source.role();
        if (!"worker".equals(role)) {
            problems.error(from, source.describe() + " is not a worker MachineSet (its template's "
                    + SourceMachineSet.ROLE_LABEL + " is " + (role == null ? "missing" : "\"" + role + "\"")
                    + "); name one of the cluster's worker MachineSets");
            return Optional.empty();
        }
        Map<String, Object> base = source.providerSpec();
        String kind = source.providerKind();
        Optional<Platform> platform = Optional.ofNullable(kind).flatMap(Platform::byProviderKind);
        if (base == null || platform.isEmpty()) {
            problems.error(from, source.describe() + " has " + (kind == null ? "no provider spec" : "a " + kind
                    + " provider spec") + "; GPU pools are generated for AWS, Azure and GCP");
            return Optional.empty();
        }
        Platform p = platform.get();
        if (cluster.has("platform") && !cluster.string("platform").equals(p.name())) {
            problems.error(cluster.pathOf("platform"), cluster.string("platform") + ", but " + source.describe()
                    + " is a MachineSet of " + p.name() + " (" + kind + ")");
            return Optional.empty();
        }
        String infraId = source.infrastructureId();
        String region = p.region(base);
        if (!agrees(cluster, "infrastructureId", infraId, source, problems) | !agrees(cluster, "region", region, source, problems)) {
            return Optional.empty();
        }
        infraId = infraId != null ? infraId : cluster.string("infrastructureId");
        region = region != null ? region : cluster.string("region");
        if (infraId == null || region == null) {
            problems.error(from, source.describe() + " names no " + (infraId == null
                    ? "infrastructure id (label " + SourceMachineSet.CLUSTER_LABEL + ")" : "region") + "; state it in spec.cluster");
            return Optional.empty();
        }
        Facts facts = new Facts(cluster, infraId, region, false, problems);
        p.applyFacts(base, facts);
        return Optional.of(new Cluster(p, infraId, region, p.zone(base), base, facts));
    }

    /** A stated identity fact must be the source's: a different one means the wrong source (or the wrong cluster). */
    private static boolean agrees(BoundObject cluster, String field, String fromSource, SourceMachineSet source, Problems problems) {
        if (cluster.has(field) && fromSource != null && !cluster.string(field).equals(fromSource)) {
            problems.error(cluster.pathOf(field), "\"" + cluster.string(field) + "\" differs from \"" + fromSource + "\" of "
                    + source.describe());
            return false;
        }
        return true;
    }
}
