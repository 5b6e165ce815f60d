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
 * <li>opendatahub-io/odh-model-controller, tag odh-v3.3,
 * internal/controller/serving/reconcilers/kserve_raw_route_reconciler.go: the Route named like the
 * InferenceService is deleted when the InferenceService lacks networking.kserve.io/visibility:
 * exposed, and created and owned by the controller when it has it.</li>
 * <li>the same tag, internal/controller/serving/reconcilers/kserve_metrics_dashboard_reconciler.go: the
 * vLLM metrics dashboard is chosen by the ServingRuntime's spec.annotations opendatahub.io/kserve-runtime.</li>
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
