package dev.rhoaikrm.modelserving;

import static dev.rhoaikrm.core.fn.Manifests.map;

import dev.rhoaikrm.core.fn.Manifests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The objects of one model, each built bare; {@link Decorations} then adds the labels, annotations
 * and sync waves they share. Objects are plain ordered maps (no reflective serialisation on the
 * start path: see docs/PERFORMANCE.md); tests check every one against its upstream schema and its
 * fabric8 model class. KServe's two kinds follow the cluster's vllm-cuda-runtime-template and the
 * dashboard's deploy wizard output.
 */
final class ModelObjects {
    static final String TEMPLATE_NAME = "vllm-cuda-runtime-template";
    static final String TEMPLATE_DISPLAY_NAME = "vLLM NVIDIA GPU ServingRuntime for KServe";
    static final int PORT = 8080;
    /** odh-model-controller creates the Route of an InferenceService labelled with it (value "exposed"). */
    static final String VISIBILITY_LABEL = "networking.kserve.io/visibility";
    /** The token name the dashboard's deploy wizard gives the first token (TokenAuthenticationField.tsx). */
    static final String TOKEN_NAME = "default-name";

    private final ModelServing m;

    ModelObjects(ModelServing model) {
        this.m = model;
    }

    Map<String, Object> namespace() {
        Map<String, Object> ns = map("apiVersion", "v1", "kind", "Namespace", "metadata", map("name", m.targetNamespace()));
        Map<String, Object> labels = labels(ns);
        if (m.dashboard()) {
            labels.put("opendatahub.io/dashboard", "true");
            labels.put("modelmesh-enabled", "false");
        }
        Manifests.annotationsOf(ns).put("openshift.io/display-name", m.shownName());
        return ns;
    }

    Map<String, Object> persistentVolumeClaim(String size) {
        return map("apiVersion", "v1", "kind", "PersistentVolumeClaim",
                "metadata", map("name", m.claimName(), "namespace", m.targetNamespace()),
                "spec", map(
                        "accessModes", List.of(m.storage().accessMode()),
                        "resources", map("requests", map("storage", size)),
                        "storageClassName", m.storage().storageClassName().orElse(null)));
    }

    Map<String, Object> servingRuntime() {
        Map<String, Object> container = map(
                "name", "kserve-container",
                "image", m.runtime().image(),
                "command", List.of("python", "-m", "vllm.entrypoints.openai.api_server"),
                "args", List.of("--port=" + PORT, "--model=/mnt/models", "--served-model-name={{.Name}}"),
                "env", runtimeEnv(),
                "ports", List.of(map("containerPort", PORT, "name", "http", "protocol", "TCP")));
        List<Object> volumes = null;
        if (m.sharedMemoryGiB() > 0) {
            container.put("volumeMounts", List.of(map("mountPath", "/dev/shm", "name", "shm")));
            volumes = List.of(map("name", "shm", "emptyDir", map("medium", "Memory", "sizeLimit", m.sharedMemoryGiB() + "Gi")));
        }
        Map<String, Object> sr = map(
                "apiVersion", "serving.kserve.io/v1alpha1",
                "kind", "ServingRuntime",
                "metadata", map("name", m.name(), "namespace", m.targetNamespace()),
                "spec", map(
                        // kserve-runtime: odh-model-controller picks the vLLM metrics dashboard by it (odh-v3.3,
                        // internal/controller/serving/reconcilers/kserve_metrics_dashboard_reconciler.go), as the
                        // template sets it (config/runtimes/vllm-cuda-template.yaml)
                        "annotations", map("opendatahub.io/kserve-runtime", "vllm",
                                "prometheus.io/path", "/metrics", "prometheus.io/port", String.valueOf(PORT)),
                        "multiModel", false,
                        "supportedModelFormats", List.of(map("autoSelect", true, "name", "vLLM")),
                        "containers", List.of(container),
                        "volumes", volumes));
        Map<String, Object> annotations = Manifests.annotationsOf(sr);
        annotations.put("opendatahub.io/template-name", TEMPLATE_NAME);
        if (m.dashboard()) {
            labels(sr).put("opendatahub.io/dashboard", "true");
            annotations.put("openshift.io/display-name", TEMPLATE_DISPLAY_NAME);
            annotations.put("opendatahub.io/template-display-name", TEMPLATE_DISPLAY_NAME);
            annotations.put("opendatahub.io/serving-runtime-scope", "global");
            annotations.put("opendatahub.io/apiProtocol", "REST");
            if (m.gpu().count() > 0) { // a CPU build of vLLM (gpu.count 0, runtime.image) recommends none
                annotations.put("opendatahub.io/recommended-accelerators", "[\"nvidia.com/gpu\"]");
            }
            annotations.put("opendatahub.io/runtime-version", imageTag(m.runtime().image()));
        }
        return sr;
    }

    /** HF_HOME on a writable path (the template's default) unless the intent sets it; then the intent's variables. */
    private List<Object> runtimeEnv() {
        List<Object> env = new ArrayList<>();
        boolean hfHome = false;
        for (ModelServing.EnvVar e : m.runtime().env()) {
            hfHome |= e.name().equals("HF_HOME");
        }
        if (!hfHome) {
            env.add(map("name", "HF_HOME", "value", "/tmp/hf_home"));
        }
        for (ModelServing.EnvVar e : m.runtime().env()) {
            env.add(map("name", e.name(), "value", e.value()));
        }
        return env;
    }

    private static String imageTag(String image) {
        int at = image.indexOf('@');
        String ref = at >= 0 ? image.substring(0, at) : image;
        int colon = ref.lastIndexOf(':');
        return colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : "latest";
    }

    /** @param unchecked the checks that could not run ({@link SkippedChecks}), or null */
    Map<String, Object> inferenceService(List<String> args, Map<String, String> nodeSelector, List<Map<String, Object>> tolerations,
                                         String unchecked) {
        Map<String, Object> model = map("modelFormat", map("name", "vLLM"), "runtime", m.name());
        Map<String, Object> predictor = map(
                "automountServiceAccountToken", false,
                "minReplicas", m.replicas().min(),
                "maxReplicas", m.replicas().maxOrMin(),
                "deploymentStrategy", map("type", m.deploymentStrategy()));
        String secret = m.model().secretName().orElse(null);
        if (m.uri().scheme().equals("s3") && secret != null) {
            // what the dashboard's connection webhook would write; stated here so ArgoCD sees no drift
            model.put("storage", map("key", secret, "path", m.uri().rest()));
            predictor.put("serviceAccountName", secret + "-sa");
        } else {
            model.put("storageUri", m.storageUri());
        }
        if (m.uri().scheme().equals("oci") && secret != null) {
            predictor.put("imagePullSecrets", List.of(map("name", secret)));
        }
        model.put("args", args);
        model.put("resources", m.containerResources().toMap(m.gpu().count()));
        predictor.put("model", model);
        predictor.put("nodeSelector", nodeSelector == null ? null : new TreeMap<>(nodeSelector));
        predictor.put("tolerations", tolerations);
        Map<String, Object> isvc = map(
                "apiVersion", "serving.kserve.io/v1beta1",
                "kind", "InferenceService",
                "metadata", map("name", m.name(), "namespace", m.targetNamespace()),
                "spec", map("predictor", predictor));
        inferenceServiceMetadata(isvc, secret);
        if (unchecked != null) {
            Manifests.annotationsOf(isvc).put(SkippedChecks.ANNOTATION, unchecked);
        }
        return isvc;
    }

    private void inferenceServiceMetadata(Map<String, Object> isvc, String secret) {
        Map<String, Object> labels = labels(isvc);
        Map<String, Object> annotations = Manifests.annotationsOf(isvc);
        if (m.dashboard()) {
            labels.put("opendatahub.io/dashboard", "true");
            labels.put("opendatahub.io/genai-asset", "true");
            annotations.put("opendatahub.io/model-type", "generative");
            annotations.put("openshift.io/display-name", m.shownName());
            if (m.description().orElse(null) != null) {
                annotations.put("openshift.io/description", m.description().orElse(null));
            }
            if (m.genaiUseCase().orElse(null) != null) {
                annotations.put("opendatahub.io/genai-use-case", m.genaiUseCase().orElse(null));
            }
        }
        if (m.expose().visibilityLabel()) {
            labels.put(VISIBILITY_LABEL, "exposed");
        }
        if (m.uri().scheme().equals("s3") && secret != null) {
            annotations.put("opendatahub.io/connections", secret);
            annotations.put("opendatahub.io/connection-path", m.uri().rest());
        }
        // always explicit: absent reads as "enabled" in the dashboard but "disabled" in the controller
        annotations.put("security.opendatahub.io/enable-auth", String.valueOf(m.expose().auth()));
        annotations.put("serving.kserve.io/deploymentMode", "RawDeployment");
        annotations.put("serving.kserve.io/stop", String.valueOf(m.stopped()));
    }

    /**
     * The Git-managed Route ({@code expose.via: route}) to the Service KServe RawDeployment creates
     * itself: edge TLS to http, or reencrypt to https with auth, and the controller's default timeout.
     * Never named like the InferenceService: odh-model-controller's raw-route reconciler
     * (odh-model-controller odh-v3.3, internal/controller/serving/reconcilers/kserve_raw_route_reconciler.go
     * getExistingResource, processDelta) fetches the Route named {@code isvc.Name} and deletes it whenever
     * the InferenceService lacks {@code networking.kserve.io/visibility: exposed}, and rewrites its labels,
     * annotations and spec when it has the label (OdhControllerRulesTest names the lines).
     */
    Map<String, Object> route() {
        return map("apiVersion", "route.openshift.io/v1", "kind", "Route",
                "metadata", map("name", routeName(), "namespace", m.targetNamespace(),
                        // the value the controller gives its own Routes for a predictor without timeoutSeconds
                        // (internal/controller/utils/utils.go SetOpenshiftRouteTimeoutForIsvc, DefaultOpenshiftRouteTimeout)
                        "annotations", map("haproxy.router.openshift.io/timeout", "30s")),
                "spec", map(
                        "port", map("targetPort", m.expose().auth() ? "https" : "http"),
                        "tls", map("insecureEdgeTerminationPolicy", "Redirect", "termination", m.expose().auth() ? "reencrypt" : "edge"),
                        "to", map("kind", "Service", "name", m.name() + "-predictor", "weight", 100),
                        "wildcardPolicy", "None"));
    }

    /** The Git-managed Route's name: any name but the InferenceService's, which the controller owns. */
    String routeName() {
        return m.name() + "-route";
    }

    /**
     * Token authentication as the dashboard sets it up (odh-dashboard v3.3.0,
     * packages/model-serving/src/concepts/auth.ts getTokenNames; frontend/src/api/k8s/secrets.ts
     * assembleSecretSA): a ServiceAccount {@code <name>-sa} allowed to get this model, and a token
     * Secret named {@code <token name>-<service account>} carrying {@code opendatahub.io/dashboard: "true"}
     * (the dashboard lists tokens by that label and the service-account annotation) and the token's
     * display name; the wizard's default token is "default-name".
     */
    List<Map<String, Object>> authObjects() {
        String sa = m.name() + "-sa";
        return List.of(
                map("apiVersion", "v1", "kind", "ServiceAccount", "metadata", map("name", sa, "namespace", m.targetNamespace())),
                map("apiVersion", "rbac.authorization.k8s.io/v1", "kind", "Role",
                        "metadata", map("name", m.name() + "-view-role", "namespace", m.targetNamespace()),
                        "rules", List.of(map("apiGroups", List.of("serving.kserve.io"), "resourceNames", List.of(m.name()),
                                "resources", List.of("inferenceservices"), "verbs", List.of("get")))),
                map("apiVersion", "rbac.authorization.k8s.io/v1", "kind", "RoleBinding",
                        "metadata", map("name", m.name() + "-view", "namespace", m.targetNamespace()),
                        "roleRef", map("apiGroup", "rbac.authorization.k8s.io", "kind", "Role", "name", m.name() + "-view-role"),
                        "subjects", List.of(map("kind", "ServiceAccount", "name", sa, "namespace", m.targetNamespace()))),
                tokenSecret(sa));
    }

    private Map<String, Object> tokenSecret(String sa) {
        Map<String, Object> secret = map("apiVersion", "v1", "kind", "Secret",
                "metadata", map("name", TOKEN_NAME + "-" + sa, "namespace", m.targetNamespace(),
                        "annotations", map("kubernetes.io/service-account.name", sa, "openshift.io/display-name", TOKEN_NAME)),
                "type", "kubernetes.io/service-account-token");
        if (m.dashboard()) {
            labels(secret).put("opendatahub.io/dashboard", "true");
        }
        return secret;
    }

    static Map<String, Object> labels(Map<String, Object> object) {
        return Manifests.labelsOf(object);
    }
}
