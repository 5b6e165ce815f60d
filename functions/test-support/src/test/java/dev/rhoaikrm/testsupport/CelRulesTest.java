package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CRDs' CEL rules: every rule of every vendored schema compiles in {@link KubernetesCel}'s
 * environment, and each family of rules accepts what the API server accepts and refuses what it
 * refuses, with its message. Objects go through {@link SchemaValidator} (schema, then rules) where
 * the kind's schema is the one it uses; a release's own schema is read directly.
 */
class CelRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRuleOfEveryVendoredSchemaCompiles() {
        List<String> failures = new ArrayList<>();
        int rules = 0;
        int transition = 0;
        int files = 0;
        for (String file : ShippedSchemas.files()) {
            List<CelRules.Rule> all = CelRules.all(raw(file));
            files += all.isEmpty() ? 0 : 1;
            for (CelRules.Rule rule : all) {
                rules++;
                transition += rule.transition() ? 1 : 0;
                String error = KubernetesCel.compile(rule.rule()).error();
                if (error != null) {
                    failures.add(file + " " + rule.at() + ": " + error);
                }
            }
        }
        assertThat(failures).isEmpty();
        // 54 schema files hold 251 rules; 83 of them read oldSelf (skipped when a generated object is checked)
        assertThat(files).isEqualTo(54);
        assertThat(rules).isEqualTo(251);
        assertThat(transition).isEqualTo(83);
    }

    @Test
    void resourceFlavorTolerationsAndTaints() {
        String flavor = """
                apiVersion: kueue.x-k8s.io/v1beta1
                kind: ResourceFlavor
                metadata: {name: gpu}
                spec:
                  nodeLabels: {nvidia.com/gpu.product: NVIDIA-L4}
                  nodeTaints: [{key: nvidia.com/gpu, value: "true", effect: NoSchedule}]
                  tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]
                """;
        assertThat(problems(flavor)).isEmpty();
        assertThat(problems(flavor.replace("operator: Exists, effect: NoSchedule", "operator: Equal, effect: NoSchedule")))
                .isEmpty();
        assertThat(problems(flavor.replace("{key: nvidia.com/gpu, operator: Exists", "{operator: Equal")))
                .containsExactly("ResourceFlavor/gpu: spec.tolerations: operator must be Exists when 'key' is empty, which means"
                        + " 'match all values and all keys' (rule: self.all(x, !has(x.key) ? x.operator == 'Exists' : true))");
        assertThat(problems(flavor.replace("operator: Exists, effect: NoSchedule}]", "operator: Exists, effect: NoSchedule, tolerationSeconds: 30}]")))
                .singleElement().asString().contains("spec.tolerations: effect must be 'NoExecute' when 'tolerationSeconds' is set");
        assertThat(problems(flavor.replace("operator: Exists,", "operator: Exists, value: x,")))
                .singleElement().asString().contains("a value must be empty when 'operator' is 'Exists'");
        assertThat(problems(flavor.replace("operator: Exists", "operator: Within")))
                .singleElement().asString().contains("supported toleration values: 'Equal'(default), 'Exists'");
        assertThat(problems(flavor.replace("tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]",
                "tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedul}]")))
                .singleElement().asString().contains("spec.tolerations: supported taint effect values");
        assertThat(problems(flavor.replace("value: \"true\", effect: NoSchedule", "value: \"true\", effect: Never")))
                .singleElement().asString().contains("spec.nodeTaints: supported taint effect values");
        // at most 8 tolerations: the schema's maxItems, before any rule
        String nine = "tolerations: [" + String.join(", ", java.util.Collections.nCopies(9, "{key: a, operator: Exists}")) + "]";
        assertThat(problems(flavor.replace("tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}]", nine)))
                .singleElement().asString().startsWith("ResourceFlavor/gpu: spec.tolerations: ").contains("8");
    }

    @Test
    void resourceFlavorTopologyNeedsNodeLabels() {
        String flavor = """
                apiVersion: kueue.x-k8s.io/v1beta2
                kind: ResourceFlavor
                metadata: {name: gpu}
                spec: {topologyName: default, nodeLabels: {a: b}}
                """;
        assertThat(problems(flavor)).isEmpty();
        assertThat(problems(flavor.replace("nodeLabels: {a: b}", "nodeLabels: {}"))).singleElement().asString()
                .contains("spec: at least one nodeLabel is required when topology is set");
        // no nodeLabels at all: reading the field that is not there is an error, which the API server reports too
        assertThat(problems(flavor.replace(", nodeLabels: {a: b}", ""))).singleElement().asString()
                .contains("spec: rule evaluation error", "nodeLabels");
    }

    @Test
    void clusterQueueQuotasCohortAndPreemption() {
        String queue = """
                apiVersion: kueue.x-k8s.io/v1beta1
                kind: ClusterQueue
                metadata: {name: q}
                spec:
                  namespaceSelector: {}
                  preemption: {reclaimWithinCohort: Never, borrowWithinCohort: {policy: Never}}
                  resourceGroups:
                  - coveredResources: [cpu, nvidia.com/gpu]
                    flavors:
                    - name: gpu-l4
                      resources: [{name: cpu, nominalQuota: 8}, {name: nvidia.com/gpu, nominalQuota: 2}]
                """;
        assertThat(problems(queue)).isEmpty();
        assertThat(problems(queue.replace(", {name: nvidia.com/gpu, nominalQuota: 2}", ""))).singleElement().asString()
                .contains("spec.resourceGroups[0]: flavors must have the same number of resources as the coveredResources");
        assertThat(problems(queue.replace("nominalQuota: 2}", "nominalQuota: 2, borrowingLimit: 1}"))).singleElement().asString()
                .contains("spec: borrowingLimit must be nil when cohort is empty");
        assertThat(problems(queue.replace("nominalQuota: 2}", "nominalQuota: 2, borrowingLimit: 1}")
                .replace("namespaceSelector: {}", "namespaceSelector: {}\n  cohort: all"))).isEmpty();
        assertThat(problems(queue.replace("borrowWithinCohort: {policy: Never}", "borrowWithinCohort: {policy: LowerPriority}")))
                .singleElement().asString().contains("spec.preemption: reclaimWithinCohort=Never and borrowWithinCohort.Policy!=Never");
        assertThat(problems(queue.replace("namespaceSelector: {}", "namespaceSelector: {}\n  flavorFungibility: {preference: BorrowingOverPreemption}")))
                .singleElement().asString().contains("spec.flavorFungibility: preference can only be set when both");
        // the rule reads the schema's defaults where a field is left out: v1beta2 defaults whenCanPreempt to
        // TryNextFlavor, whenCanBorrow to MayStopSearch
        String v1beta2 = queue.replace("apiVersion: kueue.x-k8s.io/v1beta1", "apiVersion: kueue.x-k8s.io/v1beta2");
        assertThat(problems(v1beta2.replace("namespaceSelector: {}",
                "namespaceSelector: {}\n  flavorFungibility: {preference: BorrowingOverPreemption, whenCanBorrow: TryNextFlavor}"))).isEmpty();
        assertThat(problems(v1beta2.replace("namespaceSelector: {}",
                "namespaceSelector: {}\n  flavorFungibility: {preference: BorrowingOverPreemption, whenCanPreempt: TryNextFlavor}")))
                .singleElement().asString().contains("preference can only be set when both");
    }

    @Test
    void cohortQuotas() {
        String cohort = """
                apiVersion: kueue.x-k8s.io/v1beta2
                kind: Cohort
                metadata: {name: all}
                spec:
                  resourceGroups:
                  - coveredResources: [cpu]
                    flavors: [{name: default, resources: [{name: cpu, nominalQuota: 8}]}]
                """;
        assertThat(problems(cohort)).isEmpty();
        assertThat(problems(cohort.replace("coveredResources: [cpu]", "coveredResources: [cpu, memory]"))).singleElement().asString()
                .contains("flavors must have the same number of resources as the coveredResources");
    }

    @Test
    void localQueueHasOnlyATransitionRule() {
        String queue = """
                apiVersion: kueue.x-k8s.io/v1beta1
                kind: LocalQueue
                metadata: {name: q, namespace: team}
                spec: {clusterQueue: training}
                """;
        assertThat(problems(queue)).isEmpty();
        assertThat(CelRules.all(raw("kueue.x-k8s.io/localqueue_v1beta1.json"))).singleElement()
                .satisfies(rule -> assertThat(rule.transition()).as(rule.rule()).isTrue());
    }

    @Test
    void routeTlsAndHeaderActions() {
        String route = """
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata: {name: m, namespace: m}
                spec:
                  to: {kind: Service, name: m-predictor}
                  tls: {termination: edge, insecureEdgeTerminationPolicy: Redirect}
                  httpHeaders:
                    actions:
                      request:
                      - {name: X-Model, action: {type: Set, set: {value: "%[req.hdr(Host),lower]"}}}
                      response:
                      - {name: X-Served-By, action: {type: Delete}}
                """;
        assertThat(problems(route)).isEmpty();
        assertThat(problems(route.replace("termination: edge, insecureEdgeTerminationPolicy: Redirect",
                "termination: passthrough, insecureEdgeTerminationPolicy: Allow"))).anySatisfy(p -> assertThat(p)
                .contains("spec.tls: cannot have both spec.tls.termination: passthrough and spec.tls.insecureEdgeTerminationPolicy: Allow"))
                .anySatisfy(p -> assertThat(p).contains("spec: header actions are not permitted when tls termination is passthrough"));
        assertThat(problems(route.replace("name: X-Model", "name: Cookie"))).singleElement().asString()
                .contains("spec.httpHeaders.actions.request[0].name: cookie header may not be modified via header actions");
        assertThat(problems(route.replace("action: {type: Set, set: {value: \"%[req.hdr(Host),lower]\"}}", "action: {type: Set}")))
                .anySatisfy(p -> assertThat(p).contains("request[0].action: set is required when type is Set, and forbidden otherwise"));
        assertThat(problems(route.replace("%[req.hdr(Host),lower]", "%[req.cook(session)]"))).singleElement().asString()
                .contains("spec.httpHeaders.actions.request: Either the header value provided is not in correct format");
    }

    @Test
    void singletonsAreNamedCluster() {
        for (String kind : List.of("JobSetOperator", "LeaderWorkerSetOperator")) {
            String operator = "apiVersion: operator.openshift.io/v1\nkind: " + kind + "\nmetadata: {name: cluster}\nspec: {}\n";
            assertThat(problems(operator)).as(kind).isEmpty();
            assertThat(problems(operator.replace("name: cluster", "name: mine"))).as(kind).singleElement().asString()
                    .contains(kind + " is a singleton, .metadata.name must be 'cluster'");
        }
    }

    @Test
    void kueueOperatorConfiguration() {
        String kueue = """
                apiVersion: kueue.openshift.io/v1
                kind: Kueue
                metadata: {name: cluster}
                spec:
                  config:
                    integrations:
                      frameworks: [BatchJob, RayJob]
                      labelKeysToCopy: [{key: team.example.com/name}]
                    admissionFairSharing:
                      configuration: Custom
                      custom:
                        usageHalfLifeTimeSeconds: 600
                        resourceWeights: [{name: nvidia.com/gpu, weight: "2.5"}]
                """;
        List<String> valid = problems(kueue);
        assertThat(valid).isEmpty();
        assertThat(problems(kueue.replace("name: cluster", "name: kueue"))).singleElement().asString()
                .contains("Kueue is a singleton, .metadata.name must be 'cluster'");
        // the schema's list type (set) refuses a repeated framework too; the rule alone:
        assertThat(CelRules.problems(raw("kueue.openshift.io/kueue_v1.json"), load(kueue.replace("[BatchJob, RayJob]", "[BatchJob, BatchJob]"))))
                .singleElement().asString().contains("each item in frameworks must be unique");
        assertThat(problems(kueue.replace("name: nvidia.com/gpu", "name: nvidia.com/"))).singleElement().asString()
                .contains("must be a qualified name");
        assertThat(problems(kueue.replace("weight: \"2.5\"", "weight: \"-1\""))).singleElement().asString()
                .contains("must be a non-negative number");
        assertThat(problems(kueue.replace("configuration: Custom", "configuration: Default"))).singleElement().asString()
                .contains("custom is required when configuration is Custom, and forbidden otherwise");
    }

    @Test
    void dataScienceClusterReleaseRules() {
        // RHOAI 2.21-2.25: the workbench namespace is fixed
        JsonNode r221 = raw("datasciencecluster.opendatahub.io/releases/2.21/datasciencecluster_v1.json");
        String dsc = """
                apiVersion: datasciencecluster.opendatahub.io/v1
                kind: DataScienceCluster
                metadata: {name: default-dsc}
                spec: {components: {workbenches: {managementState: Managed, workbenchNamespace: rhods-notebooks}}}
                """;
        assertThat(CelRules.problems(r221, load(dsc))).isEmpty();
        assertThat(CelRules.problems(r221, load(dsc.replace("workbenchNamespace: rhods-notebooks", "workbenchNamespace: mine"))))
                .singleElement().asString().contains("WorkbenchNamespace must be empty or 'rhods-notebooks'");
        // RHOAI 3.5: the model cache
        JsonNode r35 = raw("datasciencecluster.opendatahub.io/releases/3.5/datasciencecluster_v2.json");
        String cache = """
                apiVersion: datasciencecluster.opendatahub.io/v2
                kind: DataScienceCluster
                metadata: {name: default-dsc}
                spec: {components: {kserve: {modelCache: {managementState: Managed, cacheSize: 100Gi, nodeNames: [gpu-1]}}}}
                """;
        assertThat(CelRules.problems(r35, load(cache))).isEmpty();
        assertThat(CelRules.problems(r35, load(cache.replace("cacheSize: 100Gi, ", "")))).singleElement().asString()
                .contains("cacheSize is required when managementState is Managed");
        assertThat(CelRules.problems(r35, load(cache.replace("nodeNames: [gpu-1]", "nodeSelector: {}")))).singleElement().asString()
                .contains("one non-empty nodeNames or nodeSelector is required when managementState is Managed");
        assertThat(CelRules.problems(r35, load(cache.replace("nodeNames: [gpu-1]", "nodeNames: [gpu-1], nodeSelector: {matchLabels: {a: b}}"))))
                .singleElement().asString().contains("nodeNames and nodeSelector are mutually exclusive");
    }

    @Test
    void dscInitializationMonitoringRules() {
        JsonNode r33 = raw("dscinitialization.opendatahub.io/releases/3.3/dscinitialization_v1.json");
        String dsci = """
                apiVersion: dscinitialization.opendatahub.io/v1
                kind: DSCInitialization
                metadata: {name: default-dsci}
                spec:
                  applicationsNamespace: redhat-ods-applications
                  monitoring:
                    managementState: Managed
                    namespace: redhat-ods-monitoring
                    metrics:
                      storage: {size: 5Gi, retention: 90d}
                      replicas: 2
                      exporters: {otlp/custom: {endpoint: "collector:4317"}}
                    traces:
                      storage: {backend: s3, secret: traces-s3}
                """;
        assertThat(CelRules.problems(r33, load(dsci))).isEmpty();
        assertThat(CelRules.problems(r33, load(dsci.replace("otlp/custom", "prometheus")))).singleElement().asString()
                .contains("exporter name 'prometheus' is reserved and cannot be used");
        assertThat(CelRules.problems(r33, load(dsci.replace("storage: {backend: s3, secret: traces-s3}", "storage: {backend: s3}"))))
                .singleElement().asString().contains("When backend is s3 or gcs, the 'secret' field must be specified and non-empty");
        assertThat(CelRules.problems(r33, load(dsci.replace("      storage: {size: 5Gi, retention: 90d}\n", ""))))
                .anySatisfy(p -> assertThat(p).contains("Non-zero replicas require metrics.storage to be configured"));
        StringBuilder eleven = new StringBuilder("exporters: {");
        for (int i = 0; i < 11; i++) {
            eleven.append(i == 0 ? "" : ", ").append("e").append(i).append(": {}");
        }
        assertThat(CelRules.problems(r33, load(dsci.replace("exporters: {otlp/custom: {endpoint: \"collector:4317\"}", eleven.toString()))))
                .anySatisfy(p -> assertThat(p).contains("maximum 10 exporters allowed"));
    }

    @Test
    void theFormatLibrary() {
        assertThat(KubernetesCel.dns1123Label("gpu-l4")).isEmpty();
        assertThat(KubernetesCel.dns1123Label("GPU")).hasSize(1);
        assertThat(KubernetesCel.dns1123Label("a".repeat(64))).hasSize(1);
        assertThat(KubernetesCel.dns1123Subdomain("nvidia.com")).isEmpty();
        assertThat(KubernetesCel.dns1123Subdomain("-nvidia.com")).hasSize(1);
        assertThat(KubernetesCel.qualifiedName("nvidia.com/gpu")).isEmpty();
        assertThat(KubernetesCel.qualifiedName("cpu")).isEmpty();
        assertThat(KubernetesCel.qualifiedName("/gpu")).containsExactly("prefix part must be non-empty");
        assertThat(KubernetesCel.qualifiedName("a/b/c")).hasSize(1);
        assertThat(KubernetesCel.qualifiedName("x/" + "a".repeat(64))).containsExactly("name part must be no more than 63 characters");
        assertThat(KubernetesCel.compile("format.dns1123Label().validate('Bad').hasValue()").program()).isNotNull();
    }

    private static List<String> problems(String yaml) {
        return SchemaValidator.shipped().validate(load(yaml));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    static JsonNode raw(String file) {
        try (InputStream in = ShippedSchemas.open(ShippedSchemas.BASE + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
