package dev.rhoaikrm.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Argo CD health checks (Lua) this project ships for the platform's kinds that Argo CD has none
 * for ({@code health-checks.yaml}, which says why each one reads what it reads): the DataScienceCluster,
 * DSCInitialization, ClusterPolicy, NodeFeatureDiscovery, Kueue, JobSetOperator,
 * LeaderWorkerSetOperator and the Application (app-of-apps waves). Delivered to OpenShift GitOps by
 * appset-discovery-generator's bootstrap, in its ArgoCD resource's {@code spec.resourceHealthChecks}.
 */
public final class HealthChecks {
    /** One check: the kind's API group and kind, the Lua script, and where its reading comes from. */
    public record HealthCheck(String group, String kind, String check, String source) {
    }

    private static final class Shipped {
        static final List<HealthCheck> ALL = read("health-checks.yaml", HealthCheckData.document("health-checks.yaml"));
    }

    private HealthChecks() {
    }

    /** Every shipped check, in the file's order. */
    public static List<HealthCheck> shipped() {
        return Shipped.ALL;
    }

    /** The check of one kind, or null. */
    public static HealthCheck of(String group, String kind) {
        for (HealthCheck c : shipped()) {
            if (c.group().equals(group) && c.kind().equals(kind)) {
                return c;
            }
        }
        return null;
    }

    static List<HealthCheck> read(String source, Object document) {
        if (!(document instanceof Map<?, ?> top) || !(top.get("checks") instanceof List<?> list)) {
            throw new IllegalStateException(source + ": expected a mapping with a list under checks");
        }
        List<HealthCheck> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || !(m.get("group") instanceof String group) || !(m.get("kind") instanceof String kind)
                    || !(m.get("check") instanceof String check) || !(m.get("source") instanceof String why)) {
                throw new IllegalStateException(source + ": each check has the strings group, kind, check and source: " + o);
            }
            out.add(new HealthCheck(group, kind, check, why));
        }
        return List.copyOf(out);
    }
}
