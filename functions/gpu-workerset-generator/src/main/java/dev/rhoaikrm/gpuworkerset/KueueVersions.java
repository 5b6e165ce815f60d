package dev.rhoaikrm.gpuworkerset;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which Kueue each RHOAI release runs, and so which kueue.x-k8s.io version its cluster stores.
 * Kueue serves v1beta2 from upstream v0.15.0 (kubernetes-sigs/kueue apis/kueue/v1beta2, first
 * released in v0.15.0); the Red Hat build of Kueue stores v1beta2 from its 1.3 release and deprecates
 * v1beta1 there (openshift/kueue-operator release-1.3 bindata/assets/kueue-operator/crds;
 * ../shared/crds/SOURCES.md).
 *
 * <p>Per release (red-hat-data-services/rhods-operator, branch rhoai-&lt;release&gt;): 2.16 to 2.22 run
 * RHOAI's own Kueue, v0.10 / v0.11 (prefetched-manifests/kueue/component_metadata.yaml); from 2.23
 * the Red Hat build of Kueue, on the channel dsc-overlay-composer's operator layer subscribes
 * (its releases/&lt;release&gt;.yaml; OperatorChannelsTest holds each to the OCP catalogs of the release
 * and to the channel RHOAI's CI installs, tests/e2e {@code kueueOcpOperatorChannel}): 2.23 to 2.25
 * stable-v1.2, 3.0 stable-v1.1, 3.2 and 3.3 stable-v1.2, 3.4 stable-v1.3, 3.5 stable-v1.4. The RHOAI
 * operator writes its own queues in v1beta1 up to 3.4 (pkg/cluster/gvk/gvk.go: rhoai-3.4 L524-535) and
 * in v1beta2 from 3.5 when the CRD serves it (rhoai-3.5 gvk.go L623-652, kueue_support.go L358-380
 * resolveKueueResourceGVKs); every one of those channels serves v1beta1, 1.4 serves v1beta2 too.
 * See also ../shared/facts/rhoai-operator-layer.md §2.4.
 */
final class KueueVersions {
    static final String V1BETA1 = "kueue.x-k8s.io/v1beta1";
    static final String V1BETA2 = "kueue.x-k8s.io/v1beta2";
    /** The releases dsc-overlay-composer knows, as GpuWorkerSet's kueue.rhoaiRelease spells them. */
    static final String RELEASES_HELP = "2.16 ... 2.25, 3.0, 3.2 ... 3.5";
    /** The newest GA release, dsc-overlay-composer's default too. */
    static final String DEFAULT_RELEASE = "3.5";

    /** Release -> the Kueue it runs, as said in messages and docs. */
    static final Map<String, String> KUEUE = new LinkedHashMap<>();

    static {
        for (String r : new String[] {"2.16", "2.17", "2.18", "2.19", "2.20", "2.21", "2.22"}) {
            KUEUE.put(r, "RHOAI's own Kueue (v0.10, v0.11)");
        }
        for (String r : new String[] {"2.23", "2.24", "2.25"}) {
            KUEUE.put(r, "the Red Hat build of Kueue 1.2");
        }
        KUEUE.put("3.0", "the Red Hat build of Kueue 1.1");
        KUEUE.put("3.2", "the Red Hat build of Kueue 1.2");
        KUEUE.put("3.3", "the Red Hat build of Kueue 1.2");
        KUEUE.put("3.4", "the Red Hat build of Kueue 1.3");
        KUEUE.put("3.5", "the Red Hat build of Kueue 1.4");
    }

    private KueueVersions() {
    }

    /** The kueue.x-k8s.io version the release's Kueue stores. */
    static String apiVersion(String release) {
        return release.equals("3.5") ? V1BETA2 : V1BETA1;
    }

    /** The ClusterQueue field holding the cohort: renamed cohortName in v1beta2. */
    static String cohortField(String apiVersion) {
        return apiVersion.equals(V1BETA2) ? "cohortName" : "cohort";
    }
}
