package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The example reproduces the reference repository's ArgoCD layer object for object and field for
 * field: the two AppProjects, four ApplicationSets, the bootstrap and two explicit Applications,
 * and bootstrap/'s ClusterRoleBinding. The only addition is the generated-by annotation (README,
 * "Differences from the reference"). Skipped with a message when ../shared is absent.
 */
class ReferenceParityTest {
    static final List<String> REFERENCE_FILES = List.of(
            "components/argocd/projects/base/platform-project.yaml",
            "components/argocd/projects/base/usecases-project.yaml",
            "components/argocd/apps/cluster-operators-appset.yaml",
            "components/argocd/apps/cluster-instances-appset.yaml",
            "components/argocd/apps/cluster-models-appset.yaml",
            "components/argocd/apps/cluster-services-appset.yaml",
            "clusters/overlays/dev/bootstrap-app.yaml",
            "clusters/overlays/dev/rhoai-instance-app.yaml",
            "clusters/overlays/dev/training-workloads-app.yaml",
            "bootstrap/argocd-clusterrolebinding.yaml");

    static Path reference() {
        return Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "reference parity not checked");
    }

    @TestFactory
    Stream<DynamicTest> theExampleReproducesEveryReferenceObject() {
        Path ref = reference();
        InProcess.Run run = InProcess.render(ExamplesGoldenTest.EXAMPLES.resolve("rhoai-deploy-gitops"), List.of(new AppSetDiscoveryFunction()));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Map<String, Map<String, Object>> ours = byKindAndName(load(run.stdout()));
        assertThat(ours).hasSize(REFERENCE_FILES.size());
        return REFERENCE_FILES.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            Map<String, Object> expected = load(Files.readString(ref.resolve(file))).get(0);
            String key = key(expected);
            assertThat(ours).containsKey(key);
            Map<String, Object> generated = withoutMachineSetIgnores(withoutGeneratedBy(ours.get(key)));
            assertThat(generated).as(file).isEqualTo(expected);
        }));
    }

    /** The setup.sh of the reference rewrites exactly these files; with the intent none needs rewriting. */
    @TestFactory
    Stream<DynamicTest> everyFileSetupShRewritesIsGenerated() throws IOException {
        String setup = Files.readString(reference().resolve("setup.sh"));
        return REFERENCE_FILES.stream().filter(f -> !f.startsWith("bootstrap/"))
                .map(f -> DynamicTest.dynamicTest(f, () -> assertThat(setup).contains("\"" + f + "\"")));
    }

    /**
     * Difference (README): the instances preset also ignores what the MachineAutoscaler and the
     * MachineSet controller write on GPU MachineSets; the reference's instances set had no MachineSets.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutMachineSetIgnores(Map<String, Object> object) {
        Object ignores = dev.rhoaikrm.core.importing.HandWritten.at(object, "spec", "template", "spec", "ignoreDifferences");
        if (ignores instanceof List<?> list) {
            ((List<Object>) list).removeIf(i -> i instanceof Map<?, ?> m && "MachineSet".equals(m.get("kind"))
                    && "machine.openshift.io".equals(m.get("group")));
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutGeneratedBy(Map<String, Object> object) {
        return dev.rhoaikrm.core.fn.Manifests.withoutGeneratedBy(object);
    }

    static Map<String, Map<String, Object>> byKindAndName(List<Map<String, Object>> objects) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        objects.forEach(o -> out.put(key(o), o));
        return out;
    }

    @SuppressWarnings("unchecked")
    static String key(Map<String, Object> o) {
        return o.get("kind") + "/" + ((Map<String, Object>) o.get("metadata")).get("name");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load(String yaml) {
        List<Map<String, Object>> docs = new ArrayList<>();
        new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(d -> {
            if (d != null) {
                docs.add((Map<String, Object>) d);
            }
        });
        return docs;
    }
}
