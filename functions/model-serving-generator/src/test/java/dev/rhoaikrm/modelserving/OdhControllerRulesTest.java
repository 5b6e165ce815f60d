package dev.rhoaikrm.modelserving;

import static dev.rhoaikrm.modelserving.VllmRulesTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #17 items 1 and 10: what odh-model-controller and the dashboard do with the objects, each test
 * named after the code it encodes.
 * <ul>
 * <li>opendatahub-io/odh-model-controller, tag odh-v3.3 (commit 0b19cd97a37f),
 * internal/controller/serving/reconcilers/kserve_raw_route_reconciler.go: {@code createDesiredResource}
 * (L89-185) wants no Route unless the InferenceService is labelled networking.kserve.io/visibility:
 * exposed (L95-103; internal/controller/constants/constants.go L31, L39), else one named like the
 * InferenceService (L144) with it as controller owner (L180); {@code getExistingResource} (L187-189)
 * fetches the Route of that name whoever made it; {@code processDelta} (L243-282) creates it, rewrites
 * its labels, annotations and spec, or, without the label, deletes it. The file is byte for byte the same
 * on the product's fork, red-hat-data-services/odh-model-controller rhoai-3.3 (dc86dc52f430), and on
 * rhoai-3.2, rhoai-3.4 and opendatahub-io main; rhoai-3.5 adds canary traffic splits only. RHOAI 2.16's
 * controller (rhoai-2.16) has no raw-route reconciler: there the label makes no Route.</li>
 * <li>the same tag, internal/controller/serving/reconcilers/kserve_metrics_dashboard_reconciler.go
 * {@code getMetricsData} (L218-230; constants.go L102, L105): the vLLM metrics dashboard is chosen by
 * the ServingRuntime's spec.annotations opendatahub.io/kserve-runtime: vllm.</li>
 * <li>opendatahub-io/odh-dashboard, tag v3.3.0, assembleSecretSA and getTokenNames: the dashboard lists
 * a model's tokens by the label opendatahub.io/dashboard: "true" and the service-account annotation, and
 * names the first one default-name-&lt;name&gt;-sa.</li>
 * </ul>
 */
class OdhControllerRulesTest {
    static final String MODEL = "  model: {uri: \"pvc://shared-models/granite-3.3-2b-instruct\"}\n  gpu: {count: 1, product: NVIDIA-L4}\n";

    /** The objects of a rendered stream, one document each. */
    static List<String> documents(InProcess.Run run) {
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return Arrays.stream(run.stdout().split("(?m)^---\n")).filter(d -> !d.isBlank()).toList();
    }

    static String only(List<String> documents, String kind) {
        List<String> found = documents.stream().filter(d -> d.contains("\nkind: " + kind + "\n")).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    @Test
    void kserveRawRouteReconciler_byDefaultTheVisibilityLabelAndNoRouteTheControllerWouldDelete() {
        List<String> docs = documents(render("  model: {uri: \"pvc://shared-models/granite-3.3-2b-instruct\"}\n"
                + "  gpu: {count: 1, product: NVIDIA-L4}\n"));
        assertThat(only(docs, "InferenceService")).contains("    networking.kserve.io/visibility: exposed\n");
        assertThat(docs).noneMatch(d -> d.contains("\nkind: Route\n"));
    }

    @Test
    void kserveRawRouteReconciler_aRouteFromGitIsNamedSoTheControllerNeverTouchesIt() {
        List<String> docs = documents(render(MODEL + "  expose: {via: route}\n"));
        String route = only(docs, "Route");
        assertThat(route).contains("  name: m-route\n", "    name: m-predictor\n", "    targetPort: http\n")
                .doesNotContain("  name: m\n");
        assertThat(only(docs, "InferenceService")).doesNotContain("networking.kserve.io/visibility");
    }

    @Test
    void kserveRawRouteReconciler_notExposedMeansNeitherLabelNorRoute() {
        List<String> docs = documents(render(MODEL + "  expose: {route: false}\n"));
        assertThat(only(docs, "InferenceService")).doesNotContain("networking.kserve.io/visibility");
        assertThat(docs).noneMatch(d -> d.contains("\nkind: Route\n"));
    }

    @Test
    void kserveMetricsDashboardReconciler_theServingRuntimeSaysItIsVllm() {
        String runtime = only(documents(render(MODEL)), "ServingRuntime");
        assertThat(runtime.substring(runtime.indexOf("\nspec:\n"))).contains("  annotations:\n", "    opendatahub.io/kserve-runtime: vllm\n");
    }

    @Test
    void dashboardAssembleSecretSA_theTokenSecretIsNamedAndLabelledAsTheDashboardListsIt() {
        String secret = only(documents(render(MODEL + "  expose: {auth: true}\n")), "Secret");
        assertThat(secret).contains("  name: default-name-m-sa\n", "    opendatahub.io/dashboard: \"true\"\n",
                "    kubernetes.io/service-account.name: m-sa\n", "    openshift.io/display-name: default-name\n",
                "type: kubernetes.io/service-account-token\n");
    }
}
