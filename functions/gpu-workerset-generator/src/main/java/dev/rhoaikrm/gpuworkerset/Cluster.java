package dev.rhoaikrm.gpuworkerset;

import dev.rhoaikrm.gpuworkerset.GpuWorkerSet.ClusterSpec;
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
 * @param spec       spec.cluster as the user wrote it
 */
record Cluster(Platform platform, String infraId, String region, String sourceZone, Map<String, Object> base, ClusterSpec spec) {

    /** Resolves the cluster; empty after reporting what is missing or contradicts the source. */
    static Optional<Cluster> resolve(ClusterSpec cluster, Optional<SourceMachineSet> source, Problems problems) {
        return source.isPresent() ? fromSource(cluster, source.get(), problems) : stated(cluster, problems);
    }

    private static Optional<Cluster> stated(ClusterSpec cluster, Problems problems) {
        boolean ok = true;
        for (String field : new String[] {"platform", "infrastructureId", "region"}) {
            if (!cluster.at().has(field)) {
                problems.error(cluster.at().pathOf(field), "required unless spec.cluster.fromMachineSet names a worker MachineSet");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        Platform platform = Platform.named(cluster.platform().orElseThrow());
        String infraId = cluster.infrastructureId().orElseThrow();
        String region = cluster.region().orElseThrow();
        Map<String, Object> base = platform.skeleton();
        platform.applyFacts(base, new Facts(cluster, infraId, region, true, problems));
        return Optional.of(new Cluster(platform, infraId, region, null, base, cluster));
    }

    private static Optional<Cluster> fromSource(ClusterSpec cluster, SourceMachineSet source, Problems problems) {
        String from = cluster.at().pathOf("fromMachineSet");
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
        if (cluster.platform().isPresent() && !cluster.platform().get().equals(p.name())) {
            problems.error(cluster.at().pathOf("platform"), cluster.platform().get() + ", but " + source.describe()
                    + " is a MachineSet of " + p.name() + " (" + kind + ")");
            return Optional.empty();
        }
        String sourceInfraId = source.infrastructureId();
        String sourceRegion = p.region(base);
        if (!agrees(cluster, "infrastructureId", cluster.infrastructureId(), sourceInfraId, source, problems)
                | !agrees(cluster, "region", cluster.region(), sourceRegion, source, problems)) {
            return Optional.empty();
        }
        String infraId = sourceInfraId != null ? sourceInfraId : cluster.infrastructureId().orElse(null);
        String region = sourceRegion != null ? sourceRegion : cluster.region().orElse(null);
        if (infraId == null || region == null) {
            problems.error(from, source.describe() + " names no " + (infraId == null
                    ? "infrastructure id (label " + SourceMachineSet.CLUSTER_LABEL + ")" : "region") + "; state it in spec.cluster");
            return Optional.empty();
        }
        p.applyFacts(base, new Facts(cluster, infraId, region, false, problems));
        return Optional.of(new Cluster(p, infraId, region, p.zone(base), base, cluster));
    }

    /** A stated identity fact must be the source's: a different one means the wrong source (or the wrong cluster). */
    private static boolean agrees(ClusterSpec cluster, String field, Optional<String> stated, String fromSource, SourceMachineSet source,
                                  Problems problems) {
        if (stated.isPresent() && fromSource != null && !stated.get().equals(fromSource)) {
            problems.error(cluster.at().pathOf(field), "\"" + stated.get() + "\" differs from \"" + fromSource + "\" of "
                    + source.describe());
            return false;
        }
        return true;
    }
}
