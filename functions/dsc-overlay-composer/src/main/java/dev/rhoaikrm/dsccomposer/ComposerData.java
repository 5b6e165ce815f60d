package dev.rhoaikrm.dsccomposer;

import static dev.rhoaikrm.core.yaml.CompiledData.list;
import static dev.rhoaikrm.core.yaml.CompiledData.map;

/**
 * GENERATED from profiles/base.yaml, profiles/dev.yaml, profiles/full.yaml, profiles/index.yaml, profiles/minimal.yaml, profiles/serving.yaml, profiles/training.yaml, releases/2.16.yaml, releases/2.17.yaml, releases/2.18.yaml, releases/2.19.yaml, releases/2.20.yaml, releases/2.21.yaml, releases/2.22.yaml, releases/2.23.yaml, releases/2.24.yaml, releases/2.25.yaml, releases/3.3.yaml, releases/index.yaml: do not edit. Edit the YAML, then run
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
            case "releases/3.3.yaml" -> document17();
            case "releases/index.yaml" -> document18();
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
                "kserve", map("nim", map("managementState", "Removed"))));
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
                "aipipelines", map("managementState", "Managed", "argoWorkflowsControllers", map("managementState", "Managed")),
                "datasciencepipelines", map("managementState", "Managed", "argoWorkflowsControllers", map("managementState", "Managed")),
                "feastoperator", map("managementState", "Managed"),
                "kserve", map(
                    "managementState", "Managed",
                    "modelsAsService", map("managementState", "Managed"),
                    "nim", map("managementState", "Managed")),
                "llamastackoperator", map("managementState", "Managed"),
                "mlflowoperator", map("managementState", "Managed"),
                "modelregistry", map("managementState", "Managed"),
                "ray", map("managementState", "Managed"),
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
            "apiVersion", "datasciencecluster.opendatahub.io/v1",
            "verified", "inferred",
            "provenance", "inferred: component list from the rhods-operator v1 Go types (commit 83e3e399); field shapes from the v1 version of the RHOAI 3.3 CRD",
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
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
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
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "maxLength", 63))),
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
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$")))),
            "equivalents", map(
                "aipipelines", map(
                    "use", "datasciencepipelines",
                    "why", "the v1 API calls Data Science Pipelines datasciencepipelines"),
                "trainer", map(
                    "use", "trainingoperator",
                    "why", "Kubeflow Trainer v2 is a 3.x component; 2.x has the Kubeflow Training Operator (v1)"),
                "mlflowoperator", map("why", "the MLflow operator is a 3.x component"),
                "kserve.modelsAsService", map("why", "Models-as-a-Service is a 3.x field"),
                "kserve.serving", map(
                    "shape", map(
                        "type", "object",
                        "properties", map("managementState", map("type", "string"), "name", map("type", "string"))),
                    "why", "Knative Serverless serving is not composed by this function: the vendored v1 schema (RHOAI 3.3's) no longer has it, so its 2.x shape is unverified, and 2.x clusters are made RawDeployment only"),
                "kserve.defaultDeploymentMode", map(
                    "shape", map("type", "string"),
                    "why", "not composed by this function (Knative Serverless, see kserve.serving); an InferenceService chooses RawDeployment with its serving.kserve.io/deploymentMode annotation"),
                "kserve.nim.airGapped", map("shape", map("type", "boolean"), "why", "first in RHOAI 3.4 (opendatahub-operator #3115)")),
            "refused", map(),
            "prerequisites", list(),
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
            "verified", "inferred",
            "provenance", "inferred: RHOAI 2.16 plus feastoperator and kserve.nim",
            "components", map(
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
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "default", "Managed",
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$")))))));
    }

    private static Object document9() {
        return map(
            "release", "2.18",
            "extends", "2.17",
            "verified", "inferred",
            "provenance", "inferred: as RHOAI 2.17",
            "components", map());
    }

    private static Object document10() {
        return map(
            "release", "2.19",
            "extends", "2.18",
            "verified", "inferred",
            "provenance", "inferred: RHOAI 2.18 plus datasciencepipelines.argoWorkflowsControllers, kserve.rawDeploymentServiceConfig, workbenches.workbenchNamespace",
            "components", map(
                "datasciencepipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "default", "Managed",
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))))),
                "kserve", map(
                    "type", "object",
                    "properties", map(
                        "rawDeploymentServiceConfig", map("type", "string", "enum", list("Headless", "Headed"), "default", "Headless"))),
                "workbenches", map(
                    "type", "object",
                    "properties", map(
                        "workbenchNamespace", map(
                            "type", "string",
                            "default", "rhods-notebooks",
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "maxLength", 63)))));
    }

    private static Object document11() {
        return map(
            "release", "2.20",
            "extends", "2.19",
            "verified", "inferred",
            "provenance", "inferred: RHOAI 2.19 plus trustyai.eval.lmeval",
            "components", map(
                "trustyai", map(
                    "type", "object",
                    "properties", map(
                        "eval", map(
                            "type", "object",
                            "required", list("lmeval"),
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "enum", list("allow", "deny"), "default", "deny"),
                                        "permitOnline", map("type", "string", "enum", list("allow", "deny"), "default", "deny")))))))));
    }

    private static Object document12() {
        return map(
            "release", "2.21",
            "extends", "2.20",
            "verified", "inferred",
            "provenance", "inferred: as RHOAI 2.20",
            "components", map());
    }

    private static Object document13() {
        return map(
            "release", "2.22",
            "extends", "2.21",
            "verified", "inferred",
            "provenance", "inferred: RHOAI 2.21 plus llamastackoperator",
            "components", map(
                "llamastackoperator", map(
                    "type", "object",
                    "properties", map(
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$")))));
    }

    private static Object document14() {
        return map(
            "release", "2.23",
            "extends", "2.22",
            "verified", "inferred",
            "provenance", "inferred: as RHOAI 2.22",
            "components", map());
    }

    private static Object document15() {
        return map(
            "release", "2.24",
            "extends", "2.23",
            "verified", "inferred",
            "provenance", "inferred: RHOAI 2.23 plus kueue Unmanaged (the Red Hat build of Kueue operator) and its default queue names",
            "components", map(
                "kueue", map(
                    "type", "object",
                    "properties", map(
                        "defaultClusterQueueName", map("type", "string", "default", "default"),
                        "defaultLocalQueueName", map("type", "string", "default", "default"),
                        "managementState", map(
                            "type", "string",
                            "enum", list("Managed", "Unmanaged", "Removed"),
                            "pattern", "^(Managed|Unmanaged|Force|Removed)$")))),
            "prerequisites", list(
                map(
                    "component", "kueue",
                    "when", list("Unmanaged"),
                    "operator", "Red Hat build of Kueue",
                    "packages", list("kueue-operator"))));
    }

    private static Object document16() {
        return map(
            "release", "2.25",
            "extends", "2.24",
            "verified", "inferred",
            "provenance", "inferred: as RHOAI 2.24",
            "components", map());
    }

    private static Object document17() {
        return map(
            "release", "3.3",
            "apiVersion", "datasciencecluster.opendatahub.io/v2",
            "verified", "schema",
            "provenance", "spec.components of the DataScienceCluster CRD v2 shipped by RHOAI 3.3.0-3.3.5 (RHOAI-Build-Config rhoai-3.3, bundle/manifests/datasciencecluster.opendatahub.io_datascienceclusters.yaml, blob 3e2ba6ab)",
            "components", map(
                "aipipelines", map(
                    "type", "object",
                    "properties", map(
                        "argoWorkflowsControllers", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "default", "Managed",
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
                                    "enum", list("Managed", "Removed"),
                                    "default", "Removed",
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "nim", map(
                            "type", "object",
                            "properties", map(
                                "managementState", map(
                                    "type", "string",
                                    "enum", list("Managed", "Removed"),
                                    "default", "Managed",
                                    "pattern", "^(Managed|Unmanaged|Force|Removed)$"))),
                        "rawDeploymentServiceConfig", map("type", "string", "enum", list("Headless", "Headed"), "default", "Headless"))),
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
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "maxLength", 63))),
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
                            "required", list("lmeval"),
                            "properties", map(
                                "lmeval", map(
                                    "type", "object",
                                    "properties", map(
                                        "permitCodeExecution", map("type", "string", "enum", list("allow", "deny"), "default", "deny"),
                                        "permitOnline", map("type", "string", "enum", list("allow", "deny"), "default", "deny"))))),
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
                            "pattern", "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$",
                            "maxLength", 63)))),
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
                "kserve.nim.airGapped", map(
                    "shape", map("type", "boolean"),
                    "why", "first in RHOAI 3.4 (opendatahub-operator #3115); the 3.3 API server prunes it, so ArgoCD would show the DSC OutOfSync for ever")),
            "refused", map(
                "kueue.managementState", map(
                    "Managed", "the operator stops with KueueStateManagedNotSupported (the enum keeps Managed only for OLM upgrades, rhods-operator #3133): the Red Hat build of Kueue operator owns Kueue, so use Unmanaged")),
            "prerequisites", list(
                map(
                    "component", "kserve",
                    "when", list("Managed"),
                    "operator", "cert-manager Operator for Red Hat OpenShift",
                    "packages", list("openshift-cert-manager-operator")),
                map(
                    "component", "llamastackoperator",
                    "when", list("Managed"),
                    "operator", "Red Hat OpenShift Service Mesh 3",
                    "packages", list("servicemeshoperator3")),
                map(
                    "component", "kueue",
                    "when", list("Unmanaged"),
                    "operator", "Red Hat build of Kueue",
                    "packages", list("kueue-operator")),
                map(
                    "component", "trainer",
                    "when", list("Managed"),
                    "operator", "JobSet Operator",
                    "packages", list("job-set"))),
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

    private static Object document18() {
        return map(
            "releases", list("2.16", "2.17", "2.18", "2.19", "2.20", "2.21", "2.22", "2.23", "2.24", "2.25", "3.3"));
    }
}
