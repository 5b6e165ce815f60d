package dev.rhoaikrm.dsccomposer;

import static dev.rhoaikrm.core.yaml.CompiledData.list;
import static dev.rhoaikrm.core.yaml.CompiledData.map;

/**
 * GENERATED from profiles/base.yaml, profiles/dev.yaml, profiles/full.yaml, profiles/index.yaml, profiles/minimal.yaml, profiles/serving.yaml, profiles/training.yaml, releases/2.16.yaml, releases/2.17.yaml, releases/2.18.yaml, releases/2.19.yaml, releases/2.20.yaml, releases/2.21.yaml, releases/2.22.yaml, releases/2.23.yaml, releases/2.24.yaml, releases/2.25.yaml, releases/3.0.yaml, releases/3.2.yaml, releases/3.3.yaml, releases/3.4.yaml, releases/3.5.yaml, releases/index.yaml, tables/2.16.yaml, tables/2.17.yaml, tables/2.18.yaml, tables/2.19.yaml, tables/2.20.yaml, tables/2.21.yaml, tables/2.22.yaml, tables/2.23.yaml, tables/2.24.yaml, tables/2.25.yaml, tables/3.0.yaml, tables/3.2.yaml, tables/3.3.yaml, tables/3.4.yaml, tables/3.5.yaml, tables/union.yaml: do not edit. Edit the YAML, then run
 * mvn -q test -pl functions/dsc-overlay-composer -Dtest=ComposerDataTest -Drhoai.golden.update=true
 * (see dev.rhoaikrm.core.yaml.CompiledData for why this class exists).
 */
@SuppressWarnings("unchecked")
final class ComposerData {
    private ComposerData() {
    }

    /** The value of a shipped data file, as the YAML library reads it. */
    static Object document(String file) {
        return switch (file) {
            case "profiles/base.yaml" -> document0();
            case "profiles/dev.yaml" -> document1();
            case "profiles/full.yaml" -> document2();
            case "profiles/index.yaml" -> document3();
            case "profiles/minimal.yaml" -> document4();
            case "profiles/serving.yaml" -> document5();
            case "profiles/training.yaml" -> document6();
            case "releases/2.16.yaml" -> document7();
            case "releases/2.17.yaml" -> document8();
            case "releases/2.18.yaml" -> document9();
            case "releases/2.19.yaml" -> document10();
            case "releases/2.20.yaml" -> document11();
            case "releases/2.21.yaml" -> document12();
            case "releases/2.22.yaml" -> document13();
            case "releases/2.23.yaml" -> document14();
            case "releases/2.24.yaml" -> document15();
            case "releases/2.25.yaml" -> document16();
            case "releases/3.0.yaml" -> document17();
            case "releases/3.2.yaml" -> document18();
            case "releases/3.3.yaml" -> document19();
            case "releases/3.4.yaml" -> document20();
            case "releases/3.5.yaml" -> document21();
            case "releases/index.yaml" -> document22();
            case "tables/2.16.yaml" -> document23();
            case "tables/2.17.yaml" -> document24();
            case "tables/2.18.yaml" -> document25();
            case "tables/2.19.yaml" -> document26();
            case "tables/2.20.yaml" -> document27();
            case "tables/2.21.yaml" -> document28();
            case "tables/2.22.yaml" -> document29();
            case "tables/2.23.yaml" -> document30();
            case "tables/2.24.yaml" -> document31();
            case "tables/2.25.yaml" -> document32();
            case "tables/3.0.yaml" -> document33();
            case "tables/3.2.yaml" -> document34();
            case "tables/3.3.yaml" -> document35();
            case "tables/3.4.yaml" -> document36();
            case "tables/3.5.yaml" -> document37();
            case "tables/union.yaml" -> document38();
            default -> throw new IllegalArgumentException("no compiled data for " + file);
        };
    }

    private static Object document0() {
        return map(
            "description", "the dashboard, and Kueue left to the Red Hat build of Kueue operator",
            "components", map(
                "dashboard", map("managementState", "Managed"),
                "kueue", map("managementState", "Unmanaged"),
                "aipipelines", map("argoWorkflowsControllers", map("managementState", "Removed")),
                "datasciencepipelines", map("argoWorkflowsControllers", map("managementState", "Removed")),
                "kserve", map(
                    "nim", map("managementState", "Removed"),
                    "serving", map("managementState", "Removed"),
                    "defaultDeploymentMode", "RawDeployment")));
    }

    private static Object document1() {
        return map(
            "description", "base plus pipelines, KServe with NIM, Llama Stack, MLflow, model registry, Ray, Training Operator, TrustyAI and workbenches",
            "includes", list("base"),
            "components", map(
                "aipipelines", map("managementState", "Managed", "argoWorkflowsControllers", map("managementState", "Managed")),
                "datasciencepipelines", map("managementState", "Managed", "argoWorkflowsControllers", map("managementState", "Managed")),
                "kserve", map("managementState", "Managed", "nim", map("managementState", "Managed")),
                "llamastackoperator", map("managementState", "Managed"),
                "mlflowoperator", map("managementState", "Managed"),
                "modelregistry", map("managementState", "Managed"),
                "ray", map("managementState", "Managed"),
                "trainingoperator", map("managementState", "Managed"),
                "trustyai", map("managementState", "Managed"),
                "workbenches", map("managementState", "Managed"),
                "codeflare", map("managementState", "Managed")));
    }

    private static Object document2() {
        return map(
            "description", "every component, with Models-as-a-Service and NIM; Kueue Unmanaged",
            "includes", list("base"),
            "components", map(
                "aigateway", map("managementState", "Managed"),
                "aipipelines", map("managementState", "Managed", "argoWorkflowsControllers", map("managementState", "Managed")),
                "datasciencepipelines", map("managementState", "Managed", "argoWorkflowsControllers", map("managementState", "Managed")),
                "feastoperator", map("managementState", "Managed"),
                "kserve", map(
                    "managementState", "Managed",
                    "modelsAsService", map("managementState", "Managed"),
                    "nim", map("managementState", "Managed")),
                "llamastackoperator", map("managementState", "Managed"),
                "mcplifecycleoperator", map("managementState", "Managed"),
                "mlflowoperator", map("managementState", "Managed"),
                "modelregistry", map("managementState", "Managed"),
                "ray", map("managementState", "Managed"),
                "sparkoperator", map("managementState", "Managed"),
                "trainer", map("managementState", "Managed"),
                "trainingoperator", map("managementState", "Managed"),
                "trustyai", map("managementState", "Managed"),
                "workbenches", map("managementState", "Managed"),
                "codeflare", map("managementState", "Managed")));
    }

    private static Object document3() {
        return map("profiles", list("base", "minimal", "serving", "training", "dev", "full"));
    }

    private static Object document4() {
        return map(
            "description", "the same as base (the reference's minimal overlay is its base)",
            "includes", list("base"),
            "components", map());
    }

    private static Object document5() {
        return map(
            "description", "base plus KServe (RawDeployment) and NVIDIA NIM",
            "includes", list("base"),
            "components", map("kserve", map("managementState", "Managed", "nim", map("managementState", "Managed"))));
    }

    private static Object document6() {
        return map(
            "description", "base plus Ray, Kubeflow Trainer and the Kubeflow Training Operator",
            "includes", list("base"),
            "components", map(
                "ray", map("managementState", "Managed"),
                "trainer", map("managementState", "Managed"),
                "trainingoperator", map("managementState", "Managed"),
                "codeflare", map("managementState", "Managed")));
    }

    private static Object document7() {
        return map(
            "release", "2.16",
            "equivalents", map(
                "aipipelines", map(
                    "use", "datasciencepipelines",
                    "why", "the v1 API calls Data Science Pipelines datasciencepipelines"),
                "trainer", map(
                    "use", "trainingoperator",
                    "why", "Kubeflow Trainer v2 is a 3.x component; 2.x has the Kubeflow Training Operator (v1)"),
                "mlflowoperator", map("why", "the MLflow operator is a 3.x component"),
                "sparkoperator", map("why", "the Spark operator is a 3.x component"),
                "ogx", map("why", "OGX is a 3.x component (RHOAI 3.5)"),
                "aigateway", map("why", "the AI gateway is a 3.x component"),
                "mcplifecycleoperator", map("why", "the MCP lifecycle operator is a 3.x component"),
                "kserve.modelsAsService", map("why", "Models-as-a-Service is a 3.x field")),
            "refused", map(),
            "operators", map(
                "servicemeshoperator", map(
                    "name", "Red Hat OpenShift Service Mesh 2",
                    "subscriptionName", "servicemeshoperator",
                    "csvPrefix", "servicemeshoperator",
                    "packages", list("servicemeshoperator"),
                    "source", "RO rhoai-2.16 components/kserve/kserve.go L28; pkg/feature/servicemesh/conditions.go L39"),
                "serverless-operator", map(
                    "name", "Red Hat OpenShift Serverless",
                    "csvPrefix", "serverless-operator",
                    "packages", list("serverless-operator"),
                    "source", "RO rhoai-2.16 components/kserve/kserve.go L29"),
                "authorino-operator", map(
                    "name", "Authorino",
                    "subscriptionName", "authorino-operator",
                    "packages", list("authorino-operator"),
                    "source", "RO rhoai-2.16 controllers/dscinitialization/servicemesh_setup.go L101"),
                "codeflare-operator", map(
                    "name", "the community CodeFlare operator",
                    "csvPrefix", "codeflare-operator",
                    "packages", list("codeflare-operator"),
                    "source", "RO rhoai-2.16 components/codeflare/codeflare.go L25")),
            "checks", map(
                "kserve-serverless-with-serving-removed", map(
                    "when", map(
                        "kserve.managementState", "Managed",
                        "kserve.serving.managementState", "Removed",
                        "kserve.defaultDeploymentMode", "Serverless"),
                    "at", "kserve.defaultDeploymentMode",
                    "effect", "stops",
                    "message", "setting defaultdeployment mode as Serverless is incompatible with having Serving 'Removed'",
                    "fix", "for Serverless set kserve.serving.managementState: Managed; for RawDeployment only set defaultDeploymentMode: RawDeployment",
                    "source", "RO rhoai-2.16 components/kserve/kserve_config_handler.go L42-45"),
                "kserve-serverless-needs-service-mesh", map(
                    "when", map("kserve.managementState", "Managed", "kserve.serving.managementState", "Managed"),
                    "at", "kserve.serving.managementState",
                    "needs", map("operator", "servicemeshoperator"),
                    "effect", "stops",
                    "message", "operator servicemeshoperator not found. Please install the operator before enabling kserve component",
                    "source", "RO rhoai-2.16 components/kserve/kserve_config_handler.go L146-149, L166-174"),
                "kserve-serverless-needs-serverless", map(
                    "when", map("kserve.managementState", "Managed", "kserve.serving.managementState", "Managed"),
                    "at", "kserve.serving.managementState",
                    "needs", map("operator", "serverless-operator"),
                    "effect", "stops",
                    "message", "operator serverless-operator not found. Please install the operator before enabling kserve component",
                    "source", "RO rhoai-2.16 components/kserve/kserve_config_handler.go L146-149, L176-182"),
                "service-mesh-authorization", map(
                    "when", map("dsci.serviceMesh.managementState", "Managed"),
                    "needs", map("operator", "authorino-operator"),
                    "effect", "info",
                    "message", "Authorino operator is not installed on the cluster, skipping authorization capability",
                    "source", "RO rhoai-2.16 controllers/dscinitialization/servicemesh_setup.go L100-113"),
                "service-mesh-operator-subscription", map(
                    "when", map("dsci.serviceMesh.managementState", "Managed"),
                    "needs", map("operator", "servicemeshoperator"),
                    "effect", "stops",
                    "message", "failed to find the pre-requisite Service Mesh Operator subscription, please ensure Service Mesh Operator is installed",
                    "source", "RO rhoai-2.16 pkg/feature/servicemesh/conditions.go L38-41; pkg/feature/conditions.go L42-50"),
                "pipelines-with-external-argo", map(
                    "when", map("datasciencepipelines.managementState", "Managed"),
                    "at", "datasciencepipelines.managementState",
                    "needs", map("noCrd", "workflows.argoproj.io"),
                    "effect", "stops",
                    "message", "workflows.argoproj.io CRD already exists but not deployed by this operator. Remove existing Argo workflows or set `spec.components.datasciencepipelines.managementState` to Removed to proceed",
                    "source", "RO rhoai-2.16 components/datasciencepipelines/datasciencepipelines.go L144-160"),
                "codeflare-with-standalone-operator", map(
                    "when", map("codeflare.managementState", "Managed"),
                    "at", "codeflare.managementState",
                    "needs", map("noOperator", "codeflare-operator"),
                    "effect", "stops",
                    "message", "operator codeflare-operator is found. Please uninstall the operator before enabling codeflare component",
                    "source", "RO rhoai-2.16 components/codeflare/codeflare.go L82-90")),
            "dscInitialization", map(
                "apiVersion", "dscinitialization.opendatahub.io/v1",
                "name", "default-dsci",
                "source", "RO rhoai-2.16 pkg/upgrade/upgrade.go L118-139 (CreateDefaultDSCI)",
                "spec", map(
                    "applicationsNamespace", "redhat-ods-applications",
                    "monitoring", map("managementState", "Managed", "namespace", "redhat-ods-monitoring"),
                    "serviceMesh", map(
                        "controlPlane", map("metricsCollection", "Istio", "name", "data-science-smcp", "namespace", "istio-system"),
                        "managementState", "Removed"),
                    "trustedCABundle", map("customCABundle", "", "managementState", "Managed")),
                "serviceMeshFor", map(
                    "kserve-serving", map(
                        "when", map("kserve.managementState", "Managed", "kserve.serving.managementState", "Managed"),
                        "message", "ServiceMesh is currently set to 'Removed'. It needs to be set to 'Managed' in DSCI CR, as it is required by the KServe serving field",
                        "source", "RO rhoai-2.16 components/kserve/kserve_config_handler.go L133-143"),
                    "modelregistry", map(
                        "when", map("modelregistry.managementState", "Managed"),
                        "message", "ServiceMesh needs to be set to 'Managed' in DSCI CR, it is required by Model Registry",
                        "source", "RO rhoai-2.16 components/modelregistry/modelregistry.go L94-98"))),
            "writtenBack", list(
                map(
                    "component", "modelregistry",
                    "field", "registriesNamespace",
                    "when", list("Managed"),
                    "immutable", true)));
    }

    private static Object document8() {
        return map(
            "release", "2.17",
            "extends", "2.16",
            "checks", map(
                "kserve-serverless-with-serving-removed", map("source", "RO rhoai-2.17 controllers/components/kserve/kserve_controller_actions.go L228-231"),
                "kserve-serverless-needs-service-mesh", map(
                    "message", "ServiceMesh operator must be installed for this component's configuration",
                    "source", "RO rhoai-2.17 controllers/components/kserve/kserve_controller_actions.go L52-69; controllers/status/status.go L97"),
                "kserve-serverless-needs-serverless", map(
                    "message", "Serverless operator must be installed for this component's configuration",
                    "source", "RO rhoai-2.17 controllers/components/kserve/kserve_controller_actions.go L71-88; controllers/status/status.go L100"),
                "service-mesh-authorization", map("source", "RO rhoai-2.17 controllers/dscinitialization/servicemesh_setup.go L103-116"),
                "pipelines-with-external-argo", map(
                    "message", "Failed upgrade: workflows.argoproj.io CRD already exists but not deployed by this operator remove existing Argo workflows or set `spec.components.datasciencepipelines.managementState` to Removed to proceed",
                    "source", "RO rhoai-2.17 controllers/components/datasciencepipelines/datasciencepipelines_controller_actions.go L37-67; controllers/status/status.go L105"),
                "codeflare-with-standalone-operator", (Object) null),
            "dscInitialization", map(
                "source", "RO rhoai-2.17 pkg/upgrade/upgrade.go L111-133 (CreateDefaultDSCI)",
                "serviceMeshFor", map(
                    "kserve-serving", map(
                        "message", "ServiceMesh needs to be set to 'Managed' in DSCI CR",
                        "source", "RO rhoai-2.17 controllers/components/kserve/kserve_controller_actions.go L33-50; controllers/status/status.go L94"),
                    "modelregistry", map(
                        "message", "ServiceMesh needs to be set to 'Managed' in DSCI CR",
                        "source", "RO rhoai-2.17 controllers/components/modelregistry/modelregistry_controller_actions.go L26-49"))),
            "writtenBack", list(
                map(
                    "component", "modelregistry",
                    "field", "registriesNamespace",
                    "when", list("Managed"),
                    "immutable", true)));
    }

    private static Object document9() {
        return map(
            "release", "2.18",
            "extends", "2.17",
            "checks", map(
                "kserve-serverless-with-serving-removed", map("source", "RO rhoai-2.18 controllers/components/kserve/kserve_controller_actions.go L258-261"),
                "kserve-serverless-needs-service-mesh", map("source", "RO rhoai-2.18 controllers/components/kserve/kserve_controller_actions.go L56-73"),
                "kserve-serverless-needs-serverless", map("source", "RO rhoai-2.18 controllers/components/kserve/kserve_controller_actions.go L75-92")),
            "dscInitialization", map(
                "source", "RO rhoai-2.18 pkg/upgrade/upgrade.go L109-130 (CreateDefaultDSCI); applicationsNamespace from the CRD default"));
    }

    private static Object document10() {
        return map(
            "release", "2.19",
            "extends", "2.18",
            "checks", map(
                "kserve-serverless-with-serving-removed", map("source", "RO rhoai-2.19 controllers/components/kserve/kserve_controller_actions.go L373-376"),
                "kserve-serverless-needs-service-mesh", map(
                    "source", "RO rhoai-2.19 controllers/components/kserve/kserve_controller_actions.go L63-69, L79-87; controllers/status/status.go L111"),
                "kserve-serverless-needs-serverless", map(
                    "source", "RO rhoai-2.19 controllers/components/kserve/kserve_controller_actions.go L71-87; controllers/status/status.go L114"),
                "service-mesh-authorization", map("source", "RO rhoai-2.19 controllers/dscinitialization/servicemesh_setup.go L104-117"),
                "service-mesh-operator-subscription", map(
                    "source", "RO rhoai-2.19 pkg/feature/servicemesh/conditions.go L38-41; pkg/feature/conditions.go L42-50"),
                "pipelines-with-external-argo", map(
                    "source", "RO rhoai-2.19 controllers/components/datasciencepipelines/datasciencepipelines_controller_actions.go L35-67; controllers/status/status.go L120"),
                "trustyai-needs-serving", map(
                    "when", map("trustyai.managementState", "Managed"),
                    "at", "trustyai.managementState",
                    "needs", map("anyComponent", list("kserve", "modelmeshserving")),
                    "effect", "stops",
                    "message", "InferenceServices CRD does not exist, please enable serving component first",
                    "fix", "enable kserve (or turn trustyai off)",
                    "source", "RO rhoai-2.19 controllers/components/trustyai/trustyai_controller_actions.go L32-43; controllers/status/status.go L133")),
            "dscInitialization", map(
                "source", "RO rhoai-2.19 pkg/upgrade/upgrade.go L216-237 (CreateDefaultDSCI); applicationsNamespace from the CRD default",
                "serviceMeshFor", map(
                    "kserve-serving", map(
                        "source", "RO rhoai-2.19 controllers/components/kserve/kserve_controller_actions.go L50-61; controllers/status/status.go L108"),
                    "modelregistry", map(
                        "source", "RO rhoai-2.19 controllers/components/modelregistry/modelregistry_controller_actions.go L23-35; controllers/status/status.go L108"))));
    }

    private static Object document11() {
        return map(
            "release", "2.20",
            "extends", "2.19",
            "checks", map(
                "kserve-serverless-with-serving-removed", map(
                    "source", "RO rhoai-2.20 internal/controller/components/kserve/kserve_controller_actions.go L366-369"),
                "kserve-serverless-needs-service-mesh", map(
                    "source", "RO rhoai-2.20 internal/controller/components/kserve/kserve_controller_actions.go L63-87; internal/controller/status/status.go L111"),
                "kserve-serverless-needs-serverless", map(
                    "source", "RO rhoai-2.20 internal/controller/components/kserve/kserve_controller_actions.go L71-87; internal/controller/status/status.go L114"),
                "service-mesh-authorization", map("source", "RO rhoai-2.20 internal/controller/dscinitialization/servicemesh_setup.go L104-117"),
                "service-mesh-operator-subscription", map(
                    "source", "RO rhoai-2.20 pkg/feature/servicemesh/conditions.go L38-41; pkg/feature/conditions.go L42-50"),
                "pipelines-with-external-argo", map(
                    "source", "RO rhoai-2.20 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L35-67; internal/controller/status/status.go L120"),
                "trustyai-needs-serving", map(
                    "source", "RO rhoai-2.20 internal/controller/components/trustyai/trustyai_controller_actions.go L32-43; internal/controller/status/status.go L133")),
            "dscInitialization", map(
                "source", "RO rhoai-2.20 pkg/upgrade/upgrade.go L219-240 (CreateDefaultDSCI); applicationsNamespace from the CRD default",
                "serviceMeshFor", map(
                    "kserve-serving", map(
                        "source", "RO rhoai-2.20 internal/controller/components/kserve/kserve_controller_actions.go L50-61; internal/controller/status/status.go L108"),
                    "modelregistry", map(
                        "source", "RO rhoai-2.20 internal/controller/components/modelregistry/modelregistry_controller_actions.go L23-35; internal/controller/status/status.go L108"))),
            "writtenBack", list(
                map(
                    "component", "modelregistry",
                    "field", "registriesNamespace",
                    "when", list("Managed"),
                    "immutable", true)));
    }

    private static Object document12() {
        return map(
            "release", "2.21",
            "extends", "2.20",
            "checks", map(
                "kserve-serverless-with-serving-removed", map(
                    "source", "RO rhoai-2.21 internal/controller/components/kserve/kserve_controller_actions.go L370-373"),
                "kserve-serverless-needs-service-mesh", map(
                    "source", "RO rhoai-2.21 internal/controller/components/kserve/kserve_controller_actions.go L63-87; internal/controller/status/status.go L137"),
                "kserve-serverless-needs-serverless", map(
                    "source", "RO rhoai-2.21 internal/controller/components/kserve/kserve_controller_actions.go L71-87; internal/controller/status/status.go L140"),
                "service-mesh-authorization", map("source", "RO rhoai-2.21 internal/controller/dscinitialization/servicemesh_setup.go L105-118"),
                "pipelines-with-external-argo", map(
                    "source", "RO rhoai-2.21 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L35-67; internal/controller/status/status.go L149"),
                "trustyai-needs-serving", map(
                    "source", "RO rhoai-2.21 internal/controller/components/trustyai/trustyai_controller_actions.go L32-43; internal/controller/status/status.go L162")),
            "dscInitialization", map(
                "source", "RO rhoai-2.21 pkg/upgrade/upgrade.go L219-240 (CreateDefaultDSCI); applicationsNamespace from the CRD default",
                "serviceMeshFor", map(
                    "kserve-serving", map(
                        "source", "RO rhoai-2.21 internal/controller/components/kserve/kserve_controller_actions.go L50-61; internal/controller/status/status.go L133"),
                    "modelregistry", (Object) null)));
    }

    private static Object document13() {
        return map(
            "release", "2.22",
            "extends", "2.21",
            "equivalents", map(
                "ogx", map(
                    "use", "llamastackoperator",
                    "why", "OGX is a 3.x component; 2.x has its predecessor, the Llama Stack operator")),
            "checks", map(
                "kserve-serverless-with-serving-removed", map(
                    "source", "RO rhoai-2.22 internal/controller/components/kserve/kserve_controller_actions.go L381-384"),
                "kserve-serverless-needs-service-mesh", map(
                    "source", "RO rhoai-2.22 internal/controller/components/kserve/kserve_controller_actions.go L63-87"),
                "kserve-serverless-needs-serverless", map(
                    "source", "RO rhoai-2.22 internal/controller/components/kserve/kserve_controller_actions.go L71-87"),
                "service-mesh-authorization", map("source", "RO rhoai-2.22 internal/controller/dscinitialization/servicemesh_setup.go L105-118"),
                "pipelines-with-external-argo", map(
                    "source", "RO rhoai-2.22 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L35-67"),
                "trustyai-needs-serving", map(
                    "source", "RO rhoai-2.22 internal/controller/components/trustyai/trustyai_controller_actions.go L32-43")),
            "dscInitialization", map(
                "source", "RO rhoai-2.22 pkg/upgrade/upgrade.go L222-243 (CreateDefaultDSCI); applicationsNamespace from the CRD default",
                "serviceMeshFor", map(
                    "kserve-serving", map(
                        "source", "RO rhoai-2.22 internal/controller/components/kserve/kserve_controller_actions.go L50-61"))),
            "writtenBack", list(
                map(
                    "component", "modelregistry",
                    "field", "registriesNamespace",
                    "when", list("Managed"),
                    "immutable", true)));
    }

    private static Object document14() {
        return map(
            "release", "2.23",
            "extends", "2.22",
            "operators", map(
                "kueue-operator", map(
                    "name", "Red Hat build of Kueue",
                    "csvPrefix", "kueue-operator",
                    "packages", list("kueue-operator"),
                    "source", "RO rhoai-2.23 internal/controller/components/kueue/kueue.go L26")),
            "checks", map(
                "kserve-serverless-with-serving-removed", map(
                    "source", "RO rhoai-2.23 internal/controller/components/kserve/kserve_controller_actions.go L381-384"),
                "kserve-serverless-needs-service-mesh", map(
                    "source", "RO rhoai-2.23 internal/controller/components/kserve/kserve_controller_actions.go L63-87"),
                "kserve-serverless-needs-serverless", map(
                    "source", "RO rhoai-2.23 internal/controller/components/kserve/kserve_controller_actions.go L71-87"),
                "pipelines-with-external-argo", map(
                    "when", map(
                        "datasciencepipelines.managementState", "Managed",
                        "datasciencepipelines.argoWorkflowsControllers.managementState", "Managed"),
                    "at", "datasciencepipelines.argoWorkflowsControllers.managementState",
                    "fix", "remove the other Argo Workflows, or set datasciencepipelines.argoWorkflowsControllers.managementState: Removed to use it",
                    "source", "RO rhoai-2.23 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L38-98"),
                "pipelines-without-argo", map(
                    "when", map(
                        "datasciencepipelines.managementState", "Managed",
                        "datasciencepipelines.argoWorkflowsControllers.managementState", "Removed"),
                    "at", "datasciencepipelines.argoWorkflowsControllers.managementState",
                    "needs", map("crd", "workflows.argoproj.io"),
                    "effect", "stops",
                    "message", "Argo Workflows controllers are not managed by this operator, but the CRD is missing",
                    "fix", "set datasciencepipelines.argoWorkflowsControllers.managementState: Managed, or install Argo Workflows (its workflows.argoproj.io CRD) yourself",
                    "source", "RO rhoai-2.23 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L44-61"),
                "trustyai-needs-serving", map(
                    "source", "RO rhoai-2.23 internal/controller/components/trustyai/trustyai_controller_actions.go L32-43"),
                "kueue-managed-with-rhbok", map(
                    "when", map("kueue.managementState", "Managed"),
                    "at", "kueue.managementState",
                    "needs", map("noOperator", "kueue-operator"),
                    "effect", "stops",
                    "message", "Kueue operator already installed, uninstall it or change kueue component state to Unmanaged",
                    "fix", "set kueue.managementState: Unmanaged",
                    "source", "RO rhoai-2.23 internal/controller/components/kueue/kueue_controller_actions.go L44-52; internal/controller/status/status.go L168"),
                "kueue-unmanaged-needs-rhbok", map(
                    "when", map("kueue.managementState", "Unmanaged"),
                    "at", "kueue.managementState",
                    "needs", map("operator", "kueue-operator"),
                    "effect", "stops",
                    "message", "Kueue operator not installed, install it or change kueue component state to Managed",
                    "source", "RO rhoai-2.23 internal/controller/components/kueue/kueue_controller_actions.go L53-60; internal/controller/status/status.go L170")),
            "dscInitialization", map(
                "source", "RO rhoai-2.23 pkg/upgrade/upgrade.go L223-245 (CreateDefaultDSCI); applicationsNamespace from the CRD default",
                "spec", map(
                    "monitoring", map("managementState", "Managed", "namespace", "redhat-ods-monitoring", "metrics", map())),
                "serviceMeshFor", map(
                    "kserve-serving", map(
                        "source", "RO rhoai-2.23 internal/controller/components/kserve/kserve_controller_actions.go L50-61"))));
    }

    private static Object document15() {
        return map(
            "release", "2.24",
            "extends", "2.23",
            "dscInitialization", map(
                "source", "RO rhoai-2.24 pkg/upgrade/upgrade.go L223-245 (CreateDefaultDSCI); applicationsNamespace from the CRD default"));
    }

    private static Object document16() {
        return map(
            "release", "2.25",
            "extends", "2.24",
            "checks", map(
                "service-mesh-authorization", map(
                    "source", "RO rhoai-2.25 internal/controller/services/servicemesh/servicemesh_controller_actions.go L225-243"),
                "service-mesh-operator-subscription", map(
                    "message", "failed to find the pre-requisite operator subscription \"servicemeshoperator\", please ensure operator is installed",
                    "source", "RO rhoai-2.25 internal/controller/services/servicemesh/servicemesh_support.go L151-158"),
                "kueue-managed-with-rhbok", map(
                    "source", "RO rhoai-2.25 internal/controller/components/kueue/kueue_controller_actions.go L44-52; internal/controller/status/status.go L172"),
                "kueue-unmanaged-needs-rhbok", map(
                    "source", "RO rhoai-2.25 internal/controller/components/kueue/kueue_controller_actions.go L53-60; internal/controller/status/status.go L174"),
                "trustyai-needs-serving", map(
                    "source", "RO rhoai-2.25 internal/controller/components/trustyai/trustyai_controller_actions.go L36-47; internal/controller/status/status.go L180")),
            "dscInitialization", map(
                "source", "RO rhoai-2.25 pkg/upgrade/upgrade.go L223-245 (CreateDefaultDSCI); applicationsNamespace from the CRD default"));
    }

    private static Object document17() {
        return map(
            "release", "3.0",
            "equivalents", map(
                "datasciencepipelines", map("use", "aipipelines", "why", "the v2 API renamed Data Science Pipelines to aipipelines"),
                "modelmeshserving", map(
                    "use", "kserve",
                    "why", "ModelMesh serving was removed in RHOAI 3.0; serve models with KServe (RawDeployment)"),
                "codeflare", map(
                    "use", "ray",
                    "why", "the CodeFlare operator was removed in RHOAI 3.0; the ray component manages Ray clusters"),
                "kserve.serving", map(
                    "use", "kserve.rawDeploymentServiceConfig",
                    "why", "Serverless (Knative) serving was removed in RHOAI 3.0; KServe runs RawDeployment only"),
                "kserve.defaultDeploymentMode", map(
                    "use", "kserve.rawDeploymentServiceConfig",
                    "why", "RawDeployment is the only deployment mode in RHOAI 3.x"),
                "trainer", map(
                    "use", "trainingoperator",
                    "why", "Kubeflow Trainer v2 comes in RHOAI 3.2; 3.0 has the Kubeflow Training Operator (v1)"),
                "mlflowoperator", map("why", "the MLflow operator comes in RHOAI 3.2"),
                "kserve.modelsAsService", map("why", "Models-as-a-Service comes in RHOAI 3.3"),
                "kserve.nim.airGapped", map(
                    "why", "first in RHOAI 3.4 (opendatahub-operator #3115); an older API server prunes it, so ArgoCD would show the DSC OutOfSync for ever"),
                "ogx", map(
                    "use", "llamastackoperator",
                    "why", "OGX comes in RHOAI 3.5 and replaces the Llama Stack operator there")),
            "refused", map(),
            "operators", map(
                "kueue-operator", map(
                    "name", "Red Hat build of Kueue",
                    "csvPrefix", "kueue-operator",
                    "packages", list("kueue-operator"),
                    "source", "RO rhoai-3.0 internal/controller/components/kueue/kueue.go L25")),
            "checks", map(
                "kueue-unmanaged-needs-rhbok", map(
                    "when", map("kueue.managementState", "Unmanaged"),
                    "at", "kueue.managementState",
                    "needs", map("operator", "kueue-operator"),
                    "effect", "stops",
                    "message", "Kueue operator not installed, install it or change kueue component state to Managed",
                    "source", "RO rhoai-3.0 internal/controller/components/kueue/kueue_controller_actions.go L31-38; internal/controller/status/status.go L154"),
                "pipelines-with-external-argo", map(
                    "when", map(
                        "aipipelines.managementState", "Managed",
                        "aipipelines.argoWorkflowsControllers.managementState", "Managed"),
                    "at", "aipipelines.argoWorkflowsControllers.managementState",
                    "needs", map("noCrd", "workflows.argoproj.io"),
                    "effect", "stops",
                    "message", "Failed upgrade: workflows.argoproj.io CRD already exists but not deployed by this operator remove existing Argo workflows or set `spec.components.aipipelines.managementState` to Removed to proceed",
                    "fix", "remove the other Argo Workflows, or set aipipelines.argoWorkflowsControllers.managementState: Removed to use it",
                    "source", "RO rhoai-3.0 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L38-98; internal/controller/status/status.go L140"),
                "pipelines-without-argo", map(
                    "when", map(
                        "aipipelines.managementState", "Managed",
                        "aipipelines.argoWorkflowsControllers.managementState", "Removed"),
                    "at", "aipipelines.argoWorkflowsControllers.managementState",
                    "needs", map("crd", "workflows.argoproj.io"),
                    "effect", "stops",
                    "message", "Argo Workflows controllers are not managed by this operator, but the CRD is missing",
                    "fix", "set aipipelines.argoWorkflowsControllers.managementState: Managed, or install Argo Workflows (its workflows.argoproj.io CRD) yourself",
                    "source", "RO rhoai-3.0 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L44-61; internal/controller/status/status.go L143"),
                "trustyai-needs-serving", map(
                    "when", map("trustyai.managementState", "Managed"),
                    "at", "trustyai.managementState",
                    "needs", map("anyComponent", list("kserve")),
                    "effect", "stops",
                    "message", "InferenceServices CRD does not exist, please enable serving component first",
                    "fix", "enable kserve (or turn trustyai off)",
                    "source", "RO rhoai-3.0 internal/controller/components/trustyai/trustyai_controller_actions.go L35-43; internal/controller/status/status.go L160")),
            "writtenBack", list(
                map(
                    "component", "modelregistry",
                    "field", "registriesNamespace",
                    "when", list("Managed"),
                    "immutable", true)));
    }

    private static Object document18() {
        return map(
            "release", "3.2",
            "extends", "3.0",
            "equivalents", map("trainer", (Object) null, "mlflowoperator", (Object) null),
            "operators", map(
                "jobset-operator", map(
                    "name", "JobSet Operator",
                    "csvPrefix", "jobset-operator",
                    "packages", list("job-set"),
                    "source", "RO rhoai-3.2 internal/controller/components/trainer/trainer.go L27"),
                "rhcl-operator", map(
                    "name", "Red Hat Connectivity Link",
                    "subscriptionName", "rhcl-operator",
                    "packages", list("rhcl-operator"),
                    "source", "RO rhoai-3.2 internal/controller/components/kserve/kserve.go L38"),
                "leader-worker-set", map(
                    "name", "Red Hat build of LeaderWorkerSet",
                    "subscriptionName", "leader-worker-set",
                    "packages", list("leader-worker-set"),
                    "source", "RO rhoai-3.2 internal/controller/components/kserve/kserve.go L39")),
            "checks", map(
                "kueue-unmanaged-needs-rhbok", map(
                    "source", "RO rhoai-3.2 internal/controller/components/kueue/kueue_controller_actions.go L31-38; internal/controller/status/status.go L135"),
                "pipelines-with-external-argo", map(
                    "source", "RO rhoai-3.2 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L38-98; internal/controller/status/status.go L121"),
                "pipelines-without-argo", map(
                    "source", "RO rhoai-3.2 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L44-61; internal/controller/status/status.go L124"),
                "trustyai-needs-serving", map(
                    "source", "RO rhoai-3.2 internal/controller/components/trustyai/trustyai_controller_actions.go L35-43; internal/controller/status/status.go L141"),
                "trainer-needs-jobset", map(
                    "when", map("trainer.managementState", "Managed"),
                    "at", "trainer.managementState",
                    "needs", map("operator", "jobset-operator"),
                    "effect", "stops",
                    "message", "JobSet operator not installed, please install it first",
                    "source", "RO rhoai-3.2 internal/controller/components/trainer/trainer_controller_actions.go L29-36; internal/controller/status/status.go L183"),
                "trainer-needs-jobset-instance", map(
                    "when", map("trainer.managementState", "Managed"),
                    "at", "trainer.managementState",
                    "needs", map("instance", map("apiVersion", "operator.openshift.io/v1", "kind", "JobSetOperator")),
                    "effect", "stops",
                    "message", "JobSet CRD does not exist, please create JobSetOperator CR to proceed",
                    "source", "RO rhoai-3.2 internal/controller/components/trainer/trainer_controller_actions.go L38-45; internal/controller/status/status.go L184"),
                "kserve-llm-inference-service", map(
                    "when", map("kserve.managementState", "Managed"),
                    "at", "kserve.managementState",
                    "needs", map("operator", "rhcl-operator"),
                    "effect", "info",
                    "message", "Warning: Red Hat Connectivity Link is not installed, LLMInferenceService cannot be used",
                    "source", "RO rhoai-3.2 internal/controller/components/kserve/kserve_controller_actions.go L185-221"),
                "kserve-wide-expert-parallelism", map(
                    "when", map("kserve.managementState", "Managed"),
                    "at", "kserve.managementState",
                    "needs", map("operator", "leader-worker-set"),
                    "effect", "info",
                    "message", "Warning: LeaderWorkerSet not installed, Wide Expert Parallelism with LLMInferenceService cannot be used",
                    "source", "RO rhoai-3.2 internal/controller/components/kserve/kserve_controller_actions.go L222-247")));
    }

    private static Object document19() {
        return map(
            "release", "3.3",
            "extends", "3.2",
            "equivalents", map("kserve.modelsAsService", (Object) null),
            "refused", map(
                "kueue.managementState", map(
                    "Managed", map(
                        "reason", "the operator stops with KueueStateManagedNotSupported (\"Kueue managementState Managed is not supported, please use Removed or Unmanaged\"); the enum keeps Managed only for OLM upgrades (rhods-operator #3133). The Red Hat build of Kueue operator runs Kueue",
                        "fix", "use Unmanaged (with the Red Hat build of Kueue installed)",
                        "source", "RO rhoai-3.3 internal/controller/components/kueue/kueue_controller_actions.go L29-30; internal/controller/status/status.go L132-133"))),
            "checks", map(
                "kueue-unmanaged-needs-rhbok", map(
                    "message", "Kueue operator not installed, install it or change kueue component state to Removed",
                    "source", "RO rhoai-3.3 internal/controller/components/kueue/kueue_controller_actions.go L31-38; internal/controller/status/status.go L135"),
                "trainer-needs-jobset", map(
                    "source", "RO rhoai-3.3 internal/controller/components/trainer/trainer_controller_actions.go L38-45; internal/controller/status/status.go L183"),
                "trainer-needs-jobset-instance", map(
                    "needs", map(
                        "instance", map("apiVersion", "operator.openshift.io/v1", "kind", "JobSetOperator", "name", "cluster")),
                    "message", "JobSetOperator CR with name 'cluster' not found, please create it first",
                    "source", "RO rhoai-3.3 internal/controller/components/trainer/trainer_controller_actions.go L59-67; internal/controller/status/status.go L185"),
                "trainer-jobset-instance-named-otherwise", map(
                    "when", map("trainer.managementState", "Managed"),
                    "at", "trainer.managementState",
                    "needs", map(
                        "noInstanceNamedOtherwise", map("apiVersion", "operator.openshift.io/v1", "kind", "JobSetOperator", "name", "cluster")),
                    "effect", "stops",
                    "message", "JobSetOperator CR found with name '%s' (expected 'cluster'), please ensure the CR is named 'cluster'",
                    "fix", "name the JobSetOperator cluster",
                    "source", "RO rhoai-3.3 internal/controller/components/trainer/trainer_controller_actions.go L47-57; internal/controller/status/status.go L186")));
    }

    private static Object document20() {
        return map(
            "release", "3.4",
            "extends", "3.3",
            "equivalents", map("kserve.nim.airGapped", (Object) null),
            "refused", map(
                "kueue.managementState", map(
                    "Managed", map(
                        "reason", "the API server's admission webhook denies it (\"Managed is no longer supported as a managementState\"), and the operator would stop with KueueStateManagedNotSupported. The Red Hat build of Kueue operator runs Kueue",
                        "source", "RO rhoai-3.4 internal/webhook/datasciencecluster/v2/validating.go L101-111; internal/controller/components/kueue/kueue_controller_actions.go L29-30"))),
            "operators", map(
                "openshift-cert-manager-operator", map(
                    "name", "cert-manager Operator for Red Hat OpenShift",
                    "subscriptionName", "openshift-cert-manager-operator",
                    "packages", list("openshift-cert-manager-operator"),
                    "source", "RO rhoai-3.4 internal/controller/components/kserve/kserve.go L42"),
                "openshift-custom-metrics-autoscaler-operator", map(
                    "name", "Custom Metrics Autoscaler",
                    "subscriptionName", "openshift-custom-metrics-autoscaler-operator",
                    "packages", list("openshift-custom-metrics-autoscaler-operator"),
                    "source", "RO rhoai-3.4 internal/controller/components/modelcontroller/modelcontroller_support.go L21")),
            "checks", map(
                "kueue-unmanaged-needs-rhbok", map(
                    "source", "RO rhoai-3.4 internal/controller/components/kueue/kueue_controller_actions.go L31-38; internal/controller/status/status.go L136"),
                "trainer-needs-jobset", map(
                    "source", "RO rhoai-3.4 internal/controller/components/trainer/trainer_controller_actions.go L38-45; internal/controller/status/status.go L184"),
                "trainer-needs-jobset-instance", map(
                    "source", "RO rhoai-3.4 internal/controller/components/trainer/trainer_controller_actions.go L59-67; internal/controller/status/status.go L186"),
                "trainer-jobset-instance-named-otherwise", map(
                    "source", "RO rhoai-3.4 internal/controller/components/trainer/trainer_controller_actions.go L47-57; internal/controller/status/status.go L187"),
                "pipelines-with-external-argo", map(
                    "source", "RO rhoai-3.4 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L38-98; internal/controller/status/status.go L126"),
                "pipelines-without-argo", map(
                    "source", "RO rhoai-3.4 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L44-61; internal/controller/status/status.go L129"),
                "trustyai-needs-serving", map(
                    "source", "RO rhoai-3.4 internal/controller/components/trustyai/trustyai_controller_actions.go L35-43; internal/controller/status/status.go L142"),
                "kserve-llm-inference-service", map(
                    "message", "Warning: Red Hat Connectivity Link not installed, LLMInferenceService cannot be used",
                    "source", "RO rhoai-3.4 internal/controller/components/kserve/kserve_controller_actions.go L286-297"),
                "kserve-llm-inference-service-cert-manager", map(
                    "when", map("kserve.managementState", "Managed"),
                    "at", "kserve.managementState",
                    "needs", map("operator", "openshift-cert-manager-operator"),
                    "effect", "info",
                    "message", "Warning: cert-manager operator not installed, LLMInferenceService cannot be used",
                    "source", "RO rhoai-3.4 internal/controller/components/kserve/kserve_controller_actions.go L286-297"),
                "kserve-wide-expert-parallelism", map(
                    "source", "RO rhoai-3.4 internal/controller/components/kserve/kserve_controller_actions.go L298-310"),
                "kserve-wva-custom-metrics-autoscaler", map(
                    "when", map("kserve.managementState", "Managed", "kserve.wva.managementState", "Managed"),
                    "at", "kserve.wva.managementState",
                    "needs", map("operator", "openshift-custom-metrics-autoscaler-operator"),
                    "effect", "info",
                    "message", "Warning: Custom Metrics Autoscaler not installed, WorkloadVariantAutoscaler cannot be used in Keda mode, ensure UWM is enabled for HPA",
                    "source", "RO rhoai-3.4 internal/controller/components/modelcontroller/modelcontroller_actions.go L74-94")));
    }

    private static Object document21() {
        return map(
            "release", "3.5",
            "extends", "3.4",
            "equivalents", map("ogx", (Object) null),
            "refused", map(
                "kueue.managementState", map(
                    "Managed", map(
                        "source", "RO rhoai-3.5 internal/webhook/datasciencecluster/v2/validating.go L106-116; internal/controller/components/kueue/kueue_controller_actions.go L29-30"))),
            "deprecated", map(
                "llamastackoperator.managementState", map(
                    "use", list("ogx.managementState"),
                    "why", "the Llama Stack operator is deprecated in RHOAI 3.5: use OGX instead",
                    "source", "RO rhoai-3.5 api/datasciencecluster/v2/datasciencecluster_types.go L62-67"),
                "kserve.modelsAsService.managementState", map(
                    "use", list("aigateway.managementState", "aigateway.modelsAsAService.managementState"),
                    "why", "kserve.modelsAsService is deprecated in RHOAI 3.5: Models-as-a-Service is part of the AI gateway (aigateway.modelsAsAService)",
                    "source", "RO rhoai-3.5 internal/webhook/datasciencecluster/modelsasservice_deprecation.go L10-16")),
            "checks", map(
                "kueue-unmanaged-needs-rhbok", map(
                    "source", "RO rhoai-3.5 internal/controller/components/kueue/kueue_controller_actions.go L31-39; internal/controller/status/status.go L155"),
                "trainer-needs-jobset", map(
                    "source", "RO rhoai-3.5 internal/controller/components/trainer/trainer_controller_actions.go L34-42; internal/controller/status/status.go L210"),
                "trainer-needs-jobset-instance", map(
                    "source", "RO rhoai-3.5 internal/controller/components/trainer/trainer_controller_actions.go L44-51; internal/controller/status/status.go L212"),
                "trainer-jobset-instance-named-otherwise", (Object) null,
                "pipelines-with-external-argo", map(
                    "source", "RO rhoai-3.5 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L38-98; internal/controller/status/status.go L145"),
                "pipelines-without-argo", map(
                    "source", "RO rhoai-3.5 internal/controller/components/datasciencepipelines/datasciencepipelines_controller_actions.go L44-62; internal/controller/status/status.go L148"),
                "trustyai-needs-serving", map(
                    "source", "RO rhoai-3.5 internal/controller/components/trustyai/trustyai_controller.go L66-70; internal/controller/status/status.go L161"),
                "kserve-llm-inference-service", map(
                    "message", "Red Hat Connectivity Link not installed",
                    "source", "KM rhoai-3.5 kserve-module/pkg/kservemodule/dependencies.go L38, L139, L260-274"),
                "kserve-llm-inference-service-cert-manager", map(
                    "message", "cert-manager operator not installed",
                    "source", "KM rhoai-3.5 kserve-module/pkg/kservemodule/dependencies.go L39, L141, L260-274"),
                "kserve-wide-expert-parallelism", map(
                    "message", "LeaderWorkerSet not installed",
                    "source", "KM rhoai-3.5 kserve-module/pkg/kservemodule/dependencies.go L40, L143, L260-274"),
                "kserve-wva-custom-metrics-autoscaler", map(
                    "message", "Custom Metrics Autoscaler not installed",
                    "source", "KM rhoai-3.5 kserve-module/pkg/kservemodule/dependencies.go L41, L150-160, L260-274"),
                "ogx-with-llama-stack", map(
                    "when", map("ogx.managementState", "Managed", "llamastackoperator.managementState", "Managed"),
                    "at", "llamastackoperator.managementState",
                    "effect", "stops",
                    "message", "LlamaStackOperator is set to Managed; it has been deprecated, set it to Removed before enabling OGX",
                    "fix", "set llamastackoperator.managementState: Removed",
                    "source", "RO rhoai-3.5 internal/controller/modules/ogx/handler.go L86-91"),
                "kserve-models-as-service-ignored", map(
                    "when", map("kserve.modelsAsService.managementState", "Managed"),
                    "at", "kserve.modelsAsService.managementState",
                    "effect", "stops",
                    "message", "spec.components.kserve.modelsAsService is deprecated; use spec.components.aigateway.modelsAsAService instead (while aigateway.managementState is set, the operator does not read it)",
                    "fix", "set aigateway: {managementState: Managed, modelsAsAService: {managementState: Managed}} and leave kserve.modelsAsService Removed",
                    "source", "RO rhoai-3.5 internal/controller/modules/aigateway/handler.go L96-106, L128-142; internal/webhook/datasciencecluster/modelsasservice_deprecation.go L10-16")),
            "writtenBack", list(
                map(
                    "component", "modelregistry",
                    "field", "registriesNamespace",
                    "when", list("Managed"),
                    "immutable", true),
                map(
                    "component", "kserve",
                    "field", "nim.managementState",
                    "when", list("Managed"),
                    "immutable", false)));
    }

    private static Object document22() {
        return map(
            "releases", list(
                "2.16",
                "2.17",
                "2.18",
                "2.19",
                "2.20",
                "2.21",
                "2.22",
                "2.23",
                "2.24",
                "2.25",
                "3.0",
                "3.2",
                "3.3",
                "3.4",
                "3.5"),
            "default", "3.5");
    }

    private static Object document23() {
        return map(
            "release", "2.16",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.16, commit 07ea18b16136, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob a97271771287), CSV rhods-operator.v2.16.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map(
                            "type", "string",
                            "enum", list("Serverless", "RawDeployment"),
                            "pattern", "^(Serverless|RawDeployment)$"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$")))));
    }

    private static Object document24() {
        return map(
            "release", "2.17",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.17, commit e2d77a515e7e, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob ba90957fa25b), CSV rhods-operator.v2.17.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map(
                            "type", "string",
                            "enum", list("Serverless", "RawDeployment"),
                            "pattern", "^(Serverless|RawDeployment)$"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$")))));
    }

    private static Object document25() {
        return map(
            "release", "2.18",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.18, commit f93f5f908243, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob 9a7d56978191), CSV rhods-operator.v2.18.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map(
                            "type", "string",
                            "enum", list("Serverless", "RawDeployment"),
                            "pattern", "^(Serverless|RawDeployment)$"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$")))));
    }

    private static Object document26() {
        return map(
            "release", "2.19",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.19, commit b3252434bf17, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob 62dcf3726235), CSV rhods-operator.v2.19.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map(
                            "type", "string",
                            "enum", list("Serverless", "RawDeployment"),
                            "pattern", "^(Serverless|RawDeployment)$"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map(
                            "type", "string",
                            "default", "Headless",
                            "enum", list("Headless", "Headed"),
                            "pattern", "^(Headless|Headed)$"),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$")))));
    }

    private static Object document27() {
        return map(
            "release", "2.20",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.20, commit 542cc1e28b4a, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob 448a2ddb924f), CSV rhods-operator.v2.20.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map(
                            "type", "string",
                            "enum", list("Serverless", "RawDeployment"),
                            "pattern", "^(Serverless|RawDeployment)$"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map(
                            "type", "string",
                            "default", "Headless",
                            "enum", list("Headless", "Headed"),
                            "pattern", "^(Headless|Headed)$"),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")))));
    }

    private static Object document28() {
        return map(
            "release", "2.21",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.21, commit a5f672b1bd04, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob 4c24eaac3a6a), CSV rhods-operator.v2.21.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map("type", "string", "enum", list("Serverless", "RawDeployment")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(
                                map(
                                    "message", "WorkbenchNamespace must be empty or 'rhods-notebooks'",
                                    "rule", "self == '' || self == 'rhods-notebooks'")))))));
    }

    private static Object document29() {
        return map(
            "release", "2.22",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.22, commit 3f3de5e3aec2, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob ec3ceff51563), CSV rhods-operator.v2.22.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map("type", "string", "enum", list("Serverless", "RawDeployment")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(
                                map(
                                    "message", "WorkbenchNamespace must be empty or 'rhods-notebooks'",
                                    "rule", "self == '' || self == 'rhods-notebooks'")))))));
    }

    private static Object document30() {
        return map(
            "release", "2.23",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.23, commit 65565ffd5cb9, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob 775423e42a20), CSV rhods-operator.v2.23.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map("type", "string", "enum", list("Serverless", "RawDeployment")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(map("message", "WorkbenchNamespace is immutable", "rule", "self == oldSelf")))))));
    }

    private static Object document31() {
        return map(
            "release", "2.24",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.24, commit 76f03d7f1b39, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob 775423e42a20), CSV rhods-operator.v2.24.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map("type", "string", "enum", list("Serverless", "RawDeployment")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(map("message", "WorkbenchNamespace is immutable", "rule", "self == oldSelf")))))));
    }

    private static Object document32() {
        return map(
            "release", "2.25",
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-2.25, commit 5b1b8566b19d, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob c721c20322d9), CSV rhods-operator.v2.25.0",
            "components", map(
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map("type", "string", "enum", list("Serverless", "RawDeployment")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map(
                                                    "type", "string",
                                                    "default", "OpenshiftDefaultIngress",
                                                    "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string", "default", "knative-serving"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "eval", map(
                            "type", "object",
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "default", "deny", "enum", list("allow", "deny")),
                                        "permitOnline", map("type", "string", "default", "deny", "enum", list("allow", "deny"))))),
                            "required", list("lmeval")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(map("message", "WorkbenchNamespace is immutable", "rule", "self == oldSelf")))))));
    }

    private static Object document33() {
        return map(
            "release", "3.0",
            "apiVersion", "datasciencecluster.opendatahub.io/v2",
            "source", "red-hat-data-services/rhods-operator, branch rhoai-3.0, commit 331819fa5c45, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob bffb8ad0d7be), CSV rhods-operator.v3.0.0",
            "components", map(
                "aipipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (oldSelf.managementState != 'Managed')|| (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "eval", map(
                            "type", "object",
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "default", "deny", "enum", list("allow", "deny")),
                                        "permitOnline", map("type", "string", "default", "deny", "enum", list("allow", "deny"))))),
                            "required", list("lmeval")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(map("message", "WorkbenchNamespace is immutable", "rule", "self == oldSelf")))))));
    }

    private static Object document34() {
        return map(
            "release", "3.2",
            "apiVersion", "datasciencecluster.opendatahub.io/v2",
            "source", "red-hat-data-services/RHOAI-Build-Config, branch rhoai-3.2, commit b4ff0774883e, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob b00b6dd25788), CSV rhods-operator.3.2.1",
            "components", map(
                "aipipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "mlflowoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(!has(self.managementState) || self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (!has(oldSelf.managementState) || oldSelf.managementState != 'Managed') || (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainer", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "eval", map(
                            "type", "object",
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "default", "deny", "enum", list("allow", "deny")),
                                        "permitOnline", map("type", "string", "default", "deny", "enum", list("allow", "deny"))))),
                            "required", list("lmeval")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(map("message", "WorkbenchNamespace is immutable", "rule", "self == oldSelf")))))));
    }

    private static Object document35() {
        return map(
            "release", "3.3",
            "apiVersion", "datasciencecluster.opendatahub.io/v2",
            "source", "red-hat-data-services/RHOAI-Build-Config, branch rhoai-3.3, commit f5fd3889e7b6, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob 3e2ba6ab1de9), CSV rhods-operator.3.3.5",
            "components", map(
                "aipipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "modelsAsService", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Removed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "mlflowoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(!has(self.managementState) || self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (!has(oldSelf.managementState) || oldSelf.managementState != 'Managed') || (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainer", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "eval", map(
                            "type", "object",
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "default", "deny", "enum", list("allow", "deny")),
                                        "permitOnline", map("type", "string", "default", "deny", "enum", list("allow", "deny"))))),
                            "required", list("lmeval")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(map("message", "WorkbenchNamespace is immutable", "rule", "self == oldSelf")))))));
    }

    private static Object document36() {
        return map(
            "release", "3.4",
            "apiVersion", "datasciencecluster.opendatahub.io/v2",
            "source", "red-hat-data-services/RHOAI-Build-Config, branch rhoai-3.4, commit c5f043366b01, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob d001c651a8eb), CSV rhods-operator.3.4.4",
            "components", map(
                "aipipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "modelsAsService", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Removed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "airGapped", map("type", "boolean", "default", false),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")),
                        "wva", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Removed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "mlflowoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(!has(self.managementState) || self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (!has(oldSelf.managementState) || oldSelf.managementState != 'Managed') || (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "sparkoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainer", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "eval", map(
                            "type", "object",
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "default", "deny", "enum", list("allow", "deny")),
                                        "permitOnline", map("type", "string", "default", "deny", "enum", list("allow", "deny"))))),
                            "required", list("lmeval")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "mcpGuardrailsMode", map("type", "boolean", "default", false))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(map("message", "WorkbenchNamespace is immutable", "rule", "self == oldSelf")))))));
    }

    private static Object document37() {
        return map(
            "release", "3.5",
            "apiVersion", "datasciencecluster.opendatahub.io/v2",
            "source", "red-hat-data-services/RHOAI-Build-Config, branch rhoai-3.5, commit 294d62e74337, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml (blob da95a6fecd96), CSV rhods-operator.3.5.0",
            "components", map(
                "aigateway", map(
                    "type", "object",
                    "properties", map(
                        "batchGateway", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "modelsAsAService", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Removed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))))),
                "aipipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "enableLLMInferenceServiceConsoleDashboards", map("type", "boolean"),
                        "enableLLMInferenceServiceTLS", map("type", "boolean"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "modelCache", map(
                            "type", "object",
                            "properties", map(
                                "cacheSize", map(
                                    "anyOf", list(map("type", "integer"), map("type", "string")),
                                    "pattern", "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                                    "x-kubernetes-int-or-string", true),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Removed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "nodeNames", map("type", "array", "items", map("type", "string"), "minItems", 1),
                                "nodeSelector", map(
                                    "type", "object",
                                    "properties", map(
                                        "matchExpressions", map(
                                            "type", "array",
                                            "items", map(
                                                "type", "object",
                                                "properties", map(
                                                    "key", map("type", "string"),
                                                    "operator", map("type", "string"),
                                                    "values", map("type", "array", "items", map("type", "string"), "x-kubernetes-list-type", "atomic")),
                                                "required", list("key", "operator")),
                                            "x-kubernetes-list-type", "atomic"),
                                        "matchLabels", map("type", "object", "additionalProperties", map("type", "string"))),
                                    "x-kubernetes-map-type", "atomic")),
                            "x-kubernetes-validations", list(
                                map(
                                    "message", "cacheSize is required when managementState is Managed",
                                    "rule", "self.managementState != 'Managed' || has(self.cacheSize)"),
                                map(
                                    "message", "one non-empty nodeNames or nodeSelector is required when managementState is Managed",
                                    "rule", "self.managementState != 'Managed' || (has(self.nodeNames) && size(self.nodeNames) > 0) || (has(self.nodeSelector) && ((has(self.nodeSelector.matchLabels) && size(self.nodeSelector.matchLabels) > 0) || (has(self.nodeSelector.matchExpressions) && size(self.nodeSelector.matchExpressions) > 0)))"),
                                map(
                                    "message", "nodeNames and nodeSelector are mutually exclusive",
                                    "rule", "!(has(self.nodeNames) && has(self.nodeSelector))"))),
                        "modelsAsService", map(
                            "type", "object",
                            "default", map("managementState", "Removed"),
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Removed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$")),
                            "x-kubernetes-validations", list(
                                map(
                                    "message", "modelsAsService is deprecated; cannot re-enable once Removed. Use spec.components.aigateway.modelsAsAService instead",
                                    "rule", "self.managementState != 'Managed' || (has(oldSelf.managementState) && oldSelf.managementState == 'Managed')"))),
                        "nim", map(
                            "type", "object",
                            "default", map(),
                            "properties", map(
                                "airGapped", map("type", "boolean", "default", false),
                                "managementState", map(
                                    "type", "string",
                                    "default", "Managed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "oauthProxy", map(
                            "type", "object",
                            "properties", map(
                                "resources", map(
                                    "type", "object",
                                    "properties", map(
                                        "limits", map(
                                            "type", "object",
                                            "additionalProperties", map(
                                                "anyOf", list(map("type", "integer"), map("type", "string")),
                                                "pattern", "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                                                "x-kubernetes-int-or-string", true)),
                                        "requests", map(
                                            "type", "object",
                                            "additionalProperties", map(
                                                "anyOf", list(map("type", "integer"), map("type", "string")),
                                                "pattern", "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                                                "x-kubernetes-int-or-string", true)))))),
                        "rawDeploymentServiceConfig", map("type", "string", "default", "Headless", "enum", list("Headless", "Headed")),
                        "wva", map(
                            "type", "object",
                            "default", map(),
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "default", "Removed",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "autoCreateQueues", map("type", "boolean", "default", false),
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "mcplifecycleoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "mlflowoperator", map(
                    "type", "object",
                    "properties", map(
                        "gateway", map(
                            "type", "object",
                            "properties", map(
                                "domain", map(
                                    "type", "string",
                                    "maxLength", 253,
                                    "pattern", "^([a-zA-Z0-9]([a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?\\.)*[a-zA-Z0-9]([a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?$")),
                            "required", list("domain")),
                        "gatewayName", map("type", "string"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "sectionTitle", map("type", "string"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map(
                            "type", "string",
                            "default", "rhoai-model-registries",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$")),
                    "x-kubernetes-validations", list(
                        map(
                            "message", "RegistriesNamespace is immutable when model registry is Managed",
                            "rule", "(!has(self.managementState) || self.managementState != 'Managed') || (oldSelf.registriesNamespace == '') || (!has(oldSelf.managementState) || oldSelf.managementState != 'Managed') || (self.registriesNamespace == oldSelf.registriesNamespace)"))),
                "ogx", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "sparkoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainer", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "eval", map(
                            "type", "object",
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "default", "deny", "enum", list("allow", "deny")),
                                        "permitOnline", map("type", "string", "default", "deny", "enum", list("allow", "deny"))))),
                            "required", list("lmeval")),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "mcpGuardrailsMode", map("type", "boolean", "default", false))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "maxLength", 63,
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "x-kubernetes-validations", list(map("message", "WorkbenchNamespace is immutable", "rule", "self == oldSelf")))))));
    }

    private static Object document38() {
        return map(
            "availability", map(
                "aigateway", "RHOAI 3.5",
                "aipipelines", "RHOAI 3.0\u20133.5",
                "codeflare", "RHOAI 2.16\u20132.25",
                "dashboard", "RHOAI 2.16\u20132.25 and 3.0\u20133.5",
                "datasciencepipelines", "RHOAI 2.16\u20132.25",
                "feastoperator", "RHOAI 2.20\u20132.25 and 3.0\u20133.5",
                "kserve", "RHOAI 2.16\u20132.25 and 3.0\u20133.5",
                "kueue", "RHOAI 2.16\u20132.25 and 3.0\u20133.5",
                "llamastackoperator", "RHOAI 2.22\u20132.25 and 3.0\u20133.5",
                "mcplifecycleoperator", "RHOAI 3.5",
                "mlflowoperator", "RHOAI 3.2\u20133.5",
                "modelmeshserving", "RHOAI 2.16\u20132.25",
                "modelregistry", "RHOAI 2.16\u20132.25 and 3.0\u20133.5",
                "ogx", "RHOAI 3.5",
                "ray", "RHOAI 2.16\u20132.25 and 3.0\u20133.5",
                "sparkoperator", "RHOAI 3.4\u20133.5",
                "trainer", "RHOAI 3.2\u20133.5",
                "trainingoperator", "RHOAI 2.16\u20132.25 and 3.0\u20133.5",
                "trustyai", "RHOAI 2.16\u20132.25 and 3.0\u20133.5",
                "workbenches", "RHOAI 2.16\u20132.25 and 3.0\u20133.5"),
            "components", map(
                "aigateway", map(
                    "type", "object",
                    "properties", map(
                        "batchGateway", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "modelsAsAService", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "default", "Removed",
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))))),
                "aipipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "codeflare", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "dashboard", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "feastoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "defaultDeploymentMode", map("type", "string", "enum", list("Serverless", "RawDeployment")),
                        "enableLLMInferenceServiceConsoleDashboards", map("type", "boolean"),
                        "enableLLMInferenceServiceTLS", map("type", "boolean"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "modelCache", map(
                            "type", "object",
                            "properties", map(
                                "cacheSize", map(
                                    "anyOf", list(map("type", "integer"), map("type", "string")),
                                    "x-kubernetes-int-or-string", true,
                                    "pattern", "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"),
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "default", "Removed",
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "nodeNames", map("type", "array", "items", map("type", "string"), "minItems", 1),
                                "nodeSelector", map(
                                    "type", "object",
                                    "properties", map(
                                        "matchExpressions", map(
                                            "type", "array",
                                            "items", map(
                                                "type", "object",
                                                "properties", map(
                                                    "key", map("type", "string"),
                                                    "operator", map("type", "string"),
                                                    "values", map("type", "array", "items", map("type", "string"), "x-kubernetes-list-type", "atomic")),
                                                "required", list("key", "operator")),
                                            "x-kubernetes-list-type", "atomic"),
                                        "matchLabels", map("type", "object", "additionalProperties", map("type", "string"))),
                                    "x-kubernetes-map-type", "atomic")),
                            "x-kubernetes-validations", list(
                                map(
                                    "message", "cacheSize is required when managementState is Managed",
                                    "rule", "self.managementState != 'Managed' || has(self.cacheSize)"),
                                map(
                                    "message", "one non-empty nodeNames or nodeSelector is required when managementState is Managed",
                                    "rule", "self.managementState != 'Managed' || (has(self.nodeNames) && size(self.nodeNames) > 0) || (has(self.nodeSelector) && ((has(self.nodeSelector.matchLabels) && size(self.nodeSelector.matchLabels) > 0) || (has(self.nodeSelector.matchExpressions) && size(self.nodeSelector.matchExpressions) > 0)))"),
                                map(
                                    "message", "nodeNames and nodeSelector are mutually exclusive",
                                    "rule", "!(has(self.nodeNames) && has(self.nodeSelector))"))),
                        "modelsAsService", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "airGapped", map("type", "boolean"),
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "oauthProxy", map(
                            "type", "object",
                            "properties", map(
                                "resources", map(
                                    "type", "object",
                                    "properties", map(
                                        "limits", map(
                                            "type", "object",
                                            "additionalProperties", map(
                                                "anyOf", list(map("type", "integer"), map("type", "string")),
                                                "x-kubernetes-int-or-string", true,
                                                "pattern", "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$")),
                                        "requests", map(
                                            "type", "object",
                                            "additionalProperties", map(
                                                "anyOf", list(map("type", "integer"), map("type", "string")),
                                                "x-kubernetes-int-or-string", true,
                                                "pattern", "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$")))))),
                        "rawDeploymentServiceConfig", map("type", "string", "enum", list("Headless", "Headed")),
                        "serving", map(
                            "type", "object",
                            "properties", map(
                                "ingressGateway", map(
                                    "type", "object",
                                    "properties", map(
                                        "certificate", map(
                                            "type", "object",
                                            "properties", map(
                                                "secretName", map("type", "string"),
                                                "type", map("type", "string", "enum", list("SelfSigned", "Provided", "OpenshiftDefaultIngress")))),
                                        "domain", map("type", "string"))),
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Unmanaged", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                                "name", map("type", "string"))),
                        "wva", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))))),
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "autoCreateQueues", map("type", "boolean", "default", false),
                        "defaultClusterQueueName", map("type", "string"),
                        "defaultLocalQueueName", map("type", "string"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed", "Unmanaged"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "mcplifecycleoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "mlflowoperator", map(
                    "type", "object",
                    "properties", map(
                        "gateway", map(
                            "type", "object",
                            "properties", map(
                                "domain", map(
                                    "type", "string",
                                    "pattern", "^([a-zA-Z0-9]([a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?\\.)*[a-zA-Z0-9]([a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?$",
                                    "maxLength", 253)),
                            "required", list("domain")),
                        "gatewayName", map("type", "string"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "sectionTitle", map("type", "string"))),
                "modelmeshserving", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "modelregistry", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "registriesNamespace", map("type", "string", "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$", "maxLength", 63))),
                "ogx", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "ray", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "sparkoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainer", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trainingoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "eval", map(
                            "type", "object",
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "enum", list("allow", "deny")),
                                        "permitOnline", map("type", "string", "enum", list("allow", "deny")))))),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "mcpGuardrailsMode", map("type", "boolean"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"),
                        "workbenchNamespace", map("type", "string", "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$", "maxLength", 63)))));
    }
}
