package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A fleet's ApplicationSets held to what Argo CD's ApplicationSet controller accepts, encoded from
 * argoproj/argo-cd v3.5 (commit 37ee0097) independently of the code under test:
 * <ul>
 * <li>applicationset/generators/matrix.go GenerateParams: exactly two child generators
 *     (ErrLessThanTwoGenerators, ErrMoreThanTwoGenerators);</li>
 * <li>matrix.go getParams: one generator per child (ErrMoreThenOneInnerGenerators);</li>
 * <li>docs/operator-manual/applicationset/Generators-Matrix.md "Restrictions": no template in a
 *     child (not processed), combination generators nested at most once, and a child that consumes
 *     another's parameters comes after it (generator_spec_processor.go InterpolateGenerator renders
 *     only the second child with the first one's parameters);</li>
 * <li>with goTemplate and missingkey=error every parameter the template reads must be one a child
 *     produces: cluster.go getClusterParameters (name, nameNormalized, server, project, metadata) and
 *     git.go's directory parameters (path.path, path.basename, path.segments...).</li>
 * </ul>
 * And every object validates against the vendored ApplicationSet CRD (test-support).
 */
class FleetMatrixRulesTest {
    private static final Path CASES = GoldenCasesTest.CASES;
    private static final Set<String> GENERATORS = Set.of("list", "clusters", "git", "scmProvider", "clusterDecisionResource",
            "pullRequest", "plugin", "matrix", "merge");
    private static final Set<String> CLUSTER_PARAMETERS = Set.of("name", "nameNormalized", "server", "project", "metadata");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\{\\s*(?:index\\s+)?\\.([A-Za-z]+)");

    @ParameterizedTest
    @ValueSource(strings = {"fleet-by-name", "fleet-by-label"})
    void everyFleetSetIsAMatrixArgoCdAccepts(String name) throws IOException {
        InProcess.Run run = InProcess.stdin(Files.readString(CASES.resolve(name).resolve("input.yaml")), (KrmFunction) new AppSetDiscoveryFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(SchemaValidator.withModels().validateYaml(run.stdout())).isEmpty();
        List<Map<String, Object>> sets = objects(run.stdout()).stream().filter(o -> "ApplicationSet".equals(o.get("kind"))).toList();
        assertThat(sets).isNotEmpty();
        for (Map<String, Object> set : sets) {
            Map<String, Object> spec = map(set, "spec");
            assertThat(spec.get("goTemplate")).isEqualTo(true);
            assertThat(list(spec.get("goTemplateOptions"))).contains("missingkey=error");
            List<Object> top = list(spec.get("generators"));
            assertThat(top).hasSize(1);
            Map<String, Object> matrix = map(asMap(top.get(0)), "matrix");
            List<Object> children = list(matrix.get("generators"));
            assertThat(children).as("matrix.go: exactly two child generators").hasSize(2);
            List<String> kinds = new ArrayList<>();
            for (Object c : children) {
                Map<String, Object> child = asMap(c);
                List<String> generators = child.keySet().stream().filter(GENERATORS::contains).toList();
                assertThat(generators).as("matrix.go getParams: one generator per child").hasSize(1);
                assertThat(child).as("Generators-Matrix.md: a child's template is not processed").doesNotContainKey("template");
                assertThat(generators.get(0)).as("no nested combination generator").isNotIn("matrix", "merge");
                kinds.add(generators.get(0));
            }
            assertThat(kinds).as("the producer of {{ .name }} (clusters) before its consumer (git)").containsExactly("clusters", "git");
            assertThat(parametersRead(children.get(0))).as("the first child reads no parameter: nothing is interpolated into it").isEmpty();
            assertThat(parametersRead(children.get(1))).isSubsetOf(CLUSTER_PARAMETERS);
            Set<String> produced = new java.util.HashSet<>(CLUSTER_PARAMETERS);
            produced.add("path");
            assertThat(parametersRead(spec.get("template"))).as("missingkey=error: only parameters the children produce").isSubsetOf(produced);
            Map<String, Object> destination = map(map(map(spec, "template"), "spec"), "destination");
            assertThat(destination.get("server")).isEqualTo("{{ .server }}");
            assertThat(destination).doesNotContainKey("name");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fleet-by-name"})
    void theValidatorKnowsApplicationSets(String name) {
        // the negative control: without it an unvalidated kind would pass everything above
        Map<String, Object> bad = new LinkedHashMap<>(Map.of("apiVersion", "argoproj.io/v1alpha1", "kind", "ApplicationSet",
                "metadata", Map.of("name", name, "namespace", "openshift-gitops"),
                "spec", Map.of("generators", List.of(Map.of("matrix", Map.of("generators", "not-a-list"))), "template", Map.of())));
        assertThat(SchemaValidator.withModels().validate(bad)).isNotEmpty();
    }

    private static Set<String> parametersRead(Object value) {
        Set<String> read = new java.util.TreeSet<>();
        collect(value, read);
        return read;
    }

    private static void collect(Object value, Set<String> read) {
        if (value instanceof String s) {
            Matcher m = PARAMETER.matcher(s);
            while (m.find()) {
                read.add(m.group(1));
            }
        } else if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, read));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, read));
        }
    }

    static List<Map<String, Object>> objects(String yaml) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object o : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            if (o != null) {
                out.add(asMap(o));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    static Map<String, Object> map(Map<String, Object> m, String key) {
        return asMap(m.get(key));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return (List<Object>) o;
    }
}
