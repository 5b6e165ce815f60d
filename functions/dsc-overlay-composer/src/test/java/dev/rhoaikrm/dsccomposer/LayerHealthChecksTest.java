package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.catalog.HealthChecks;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The operator layer's sync waves wait only for what Argo CD can tell the health of: every kind
 * the composer writes after the Subscriptions (each release's instances, the DataScienceCluster
 * and DSCInitialization) has a health check among those appset-discovery-generator's bootstrap
 * delivers (platform-catalog's health-checks.yaml). The Subscription has Argo CD's own; a
 * Namespace or OperatorGroup has nothing to wait for.
 */
class LayerHealthChecksTest {
    @Test
    void everyKindAWaveWaitsForHasAHealthCheck() {
        Set<String> kinds = new LinkedHashSet<>();
        for (Release r : Releases.shipped().all()) {
            kinds.add(r.apiVersion.split("/")[0] + " DataScienceCluster");
            if (r.facts.dscInitialization() != null) {
                kinds.add(r.facts.dscInitialization().apiVersion().split("/")[0] + " DSCInitialization");
            }
            for (Release.Operator op : r.facts.operators().values()) {
                if (op.install() != null && op.install().instance() != null) {
                    kinds.add(op.install().instance().apiVersion().split("/")[0] + " " + op.install().instance().kind());
                }
            }
        }
        assertThat(kinds).contains("nvidia.com ClusterPolicy", "nfd.openshift.io NodeFeatureDiscovery", "kueue.openshift.io Kueue",
                "operator.openshift.io JobSetOperator", "operator.openshift.io LeaderWorkerSetOperator");
        for (String kind : kinds) {
            String[] gk = kind.split(" ");
            assertThat(HealthChecks.of(gk[0], gk[1])).as(kind).isNotNull();
        }
    }
}
