package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API around the schemas: lookup, labels, documents that are not objects, Java-built input. */
class SchemaValidatorTest {
    private final SchemaValidator v = SchemaValidator.shipped();

    @Test
    void knownKindsListsEveryVendoredSchema() {
        assertThat(v.knownKinds()).contains("v1 namespace", "apps/v1 deployment", "batch/v1 job",
                "serving.kserve.io/v1beta1 inferenceservice", "datasciencecluster.opendatahub.io/v2 datasciencecluster",
                "argoproj.io/v1alpha1 applicationset", "kueue.x-k8s.io/v1beta1 clusterqueue", "kueue.x-k8s.io/v1beta2 clusterqueue", "operators.coreos.com/v1alpha1 subscription",
                "rbac.authorization.k8s.io/v1 role", "rbac.authorization.k8s.io/v1 rolebinding",
                "rbac.authorization.k8s.io/v1 clusterrolebinding", "argoproj.io/v1beta1 argocd").hasSize(37);
        assertThat(v.hasSchema("v1", "Namespace")).isTrue();
        assertThat(v.hasSchema("v1", "Pod")).isFalse();
    }

    @Test
    void aKindWithoutSchemaIsAProblem() {
        assertThat(v.validate(object("example.com/v1", "Widget", "w")))
                .containsExactly("Widget/w: no schema for apiVersion example.com/v1 kind Widget");
        assertThat(v.validate(object("v1", "Pod", "p"))).containsExactly("Pod/p: no schema for apiVersion v1 kind Pod");
    }

    @Test
    void versionsAreSchemasOfTheirOwn() {
        String dsc = """
                apiVersion: datasciencecluster.opendatahub.io/%s
                kind: DataScienceCluster
                metadata: {name: dsc}
                spec: {components: {modelmeshserving: {managementState: Removed}}}
                """;
        assertThat(v.validateYaml(dsc.formatted("v1"))).isEmpty();
        assertThat(v.validateYaml(dsc.formatted("v2"))).singleElement().asString()
                .startsWith("DataScienceCluster/dsc: spec.components: ");
    }

    @Test
    void aReleaseIsCheckedAgainstItsOwnShippedCrd() {
        String dsc = """
                apiVersion: datasciencecluster.opendatahub.io/v1
                kind: DataScienceCluster
                metadata: {name: dsc}
                spec: {components: {feastoperator: {managementState: Removed}}}
                """;
        // feastoperator first shipped in 2.20: the 2.19 CRD does not know it, the 2.20 one does
        assertThat(v.forRelease("2.19").validateYaml(dsc)).singleElement().asString()
                .startsWith("DataScienceCluster/dsc: spec.components: ").contains("feastoperator");
        assertThat(v.forRelease("2.20").validateYaml(dsc)).isEmpty();
        assertThat(v.forRelease("2.20")).isSameAs(v.forRelease("2.20"));
        // other kinds are checked as without a release; the DSCInitialization is the release's own too
        assertThat(v.forRelease("2.16").validate(object("v1", "Pod", "p"))).containsExactly("Pod/p: no schema for apiVersion v1 kind Pod");
        assertThat(v.forRelease("2.16").hasSchema("dscinitialization.opendatahub.io/v1", "DSCInitialization")).isTrue();
        assertThat(v.hasSchema("dscinitialization.opendatahub.io/v1", "DSCInitialization")).isFalse();
        assertThat(v.forRelease("3.5").hasSchema("datasciencecluster.opendatahub.io/v2", "DataScienceCluster")).isTrue();
        assertThat(v.forRelease("2.25").hasSchema("datasciencecluster.opendatahub.io/v2", "DataScienceCluster")).isFalse();
        assertThatThrownBy(() -> v.forRelease("3.1")).hasMessageContaining("no vendored schemas of RHOAI 3.1");
    }

    @Test
    void javaBuiltObjectsWithIntOrStringAndNulls() {
        Map<String, Object> spec = new HashMap<>();
        spec.put("ports", List.of(Map.of("port", 80, "targetPort", 8080L), Map.of("port", 443, "targetPort", "https")));
        spec.put("type", null); // a null map entry is dropped, as the API server prunes it
        Map<String, Object> svc = object("v1", "Service", "s");
        svc.put("spec", spec);
        assertThat(v.validate(svc)).isEmpty();

        spec.put("ports", List.of(Map.of("port", "80")));
        assertThat(v.validate(svc)).containsExactly("Service/s: spec.ports[0].port: string found, integer expected");
    }

    @Test
    void plainScalarsAreTypedAsYaml11LikeKubectlAndValidatePy() {
        String sr = """
                apiVersion: serving.kserve.io/v1alpha1
                kind: ServingRuntime
                metadata: {name: sr}
                spec:
                  multiModel: %s
                  containers: [{name: %s, image: i}]
                """;
        assertThat(v.validateYaml(sr.formatted("yes", "'on'"))).isEmpty();
        assertThat(v.validateYaml(sr.formatted("off", "on")))
                .containsExactly("ServingRuntime/sr: spec.containers[0].name: boolean found, string expected");
        // 0755 is octal (an integer either way); ~ is null, and a null map entry is dropped.
        assertThat(v.validateYaml("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: 0755\n"))
                .containsExactly("Secret/s: type: integer found, [string, null] expected");
        assertThat(v.validateYaml("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: ~\n")).isEmpty();
        assertThat(Yaml11Schema.integer("0755")).isEqualTo(493);
        assertThat(Yaml11Schema.integer("-0x1F")).isEqualTo(-31);
        assertThat(Yaml11Schema.integer("1_000")).isEqualTo(1000);
        assertThat(Yaml11Schema.integer("1:30")).isEqualTo(90);
        assertThat(Yaml11Schema.integer("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(Yaml11Schema.floating("-.5")).isEqualTo(-0.5);
        assertThat(Yaml11Schema.floating(".Inf")).isInfinite();
    }

    @Test
    void duplicateKeysAreAParseError() {
        assertThat(v.validateYaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: x, a: y}\n"))
                .singleElement().asString().startsWith("?/?: (root): cannot parse YAML: ").contains("duplicate key a");
    }

    @Test
    void formatIsNotChecked() {
        // backoffLimit is format int32, completionTime format date-time: validate.py checks neither.
        assertThat(v.validateYaml("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: j}
                spec:
                  backoffLimit: 1099511627776
                  template: {spec: {containers: [{name: c, image: busybox}]}}
                status: {completionTime: yesterday}
                """)).isEmpty();
    }

    @Test
    void documentsThatAreNotObjects() {
        assertThat(v.validateYaml("---\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n")).isEmpty();
        assertThat(v.validateYaml("- op: add\n  path: /x\n"))
                .containsExactly("?/?: (root): document is not a mapping (not a Kubernetes object)");
        assertThat(v.validateYaml("kind: Namespace\nmetadata: {generateName: ns-}\n"))
                .containsExactly("Namespace/ns-: (root): missing apiVersion or kind");
        assertThat(v.validateYaml("apiVersion: v1\nkind: Namespace\nspec: {x: 1}\n"))
                .singleElement().asString().startsWith("Namespace/<no name>: spec: ");
        assertThat(v.validateYaml("a: [")).singleElement().asString().startsWith("?/?: (root): cannot parse YAML: ");
    }

    @Test
    void aListIsExpandedAlsoWhenPassedAsAnObject() {
        Map<String, Object> list = new HashMap<>(Map.of("apiVersion", "v1", "kind", "List",
                "items", List.of(object("v1", "Namespace", "a"), object("v1", "Widget", "b"))));
        assertThat(v.validate(list)).containsExactly("Widget/b: no schema for apiVersion v1 kind Widget");
    }

    @Test
    void problemsAreSortedByPath() {
        assertThat(v.validateYaml("""
                apiVersion: v1
                kind: Namespace
                metadata: {name: n}
                zeta: 1
                spec: {finalizers: x}
                """)).extracting(p -> p.split(": ")[1]).containsExactly("(root)", "spec.finalizers");
    }

    private static Map<String, Object> object(String apiVersion, String kind, String name) {
        return new HashMap<>(Map.of("apiVersion", apiVersion, "kind", kind, "metadata", Map.of("name", name)));
    }
}
