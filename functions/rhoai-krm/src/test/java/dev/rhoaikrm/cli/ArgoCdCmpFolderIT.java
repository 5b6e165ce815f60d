package dev.rhoaikrm.cli;

import static dev.rhoaikrm.cli.CmpApplications.CMP;
import static dev.rhoaikrm.cli.CmpApplications.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * kustomize-examples/argocd-cmp's own files: every object against the vendored schemas where one
 * exists (the OpenShift GitOps ArgoCD CR too, since test-support vendors its schema), both variants
 * built with kubectl kustomize, and the sidecar patch equal to the one deploy/argocd-cmp/README.md documents.
 */
class ArgoCdCmpFolderIT {
    /** Kinds in the folder with no vendored schema: kustomize's own files. */
    static final Set<String> UNSCHEMATIZED = Set.of("kustomize.config.k8s.io/v1beta1 Kustomization");

    @Test
    void everyObjectOfTheFolderValidatesWhereASchemaIsVendored() {
        Set<String> unschematized = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(CMP)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(Yamls.read(file))) {
                    if (doc instanceof Map<?, ?> m && m.containsKey("apiVersion")) {
                        unschematized.addAll(Yamls.validateKnownKinds(List.of(Yamls.asMap(m)), CMP.relativize(file).toString()));
                    } // else a JSON patch or a kustomize configuration file: no object
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(unschematized).as("kinds without a vendored schema").isEqualTo(UNSCHEMATIZED);
    }

    @Test
    void bothVariantsBuildAndTheConfigMapVariantMountsPluginYaml() {
        String kubectl = Processes.requireTool("kubectl");
        for (Path variant : List.of(CMP, CMP.resolve("plugin-configmap"))) {
            Processes.Result build = Processes.run(List.of(kubectl, "kustomize", variant.toString()), ROOT);
            assertThat(build.exitCode()).as(build.describe()).isZero();
            List<Map<String, Object>> objects = Yamls.load(build.stdout());
            assertThat(Yamls.validateKnownKinds(objects, CMP.relativize(variant) + " built")).as("every kind has a schema").isEmpty();
            Map<String, Object> repo = Yamls.map(Yamls.map(only(objects, "ArgoCD"), "spec"), "repo");
            Map<String, Object> sidecar = Yamls.asMap(((List<?>) repo.get("sidecarContainers")).get(0));
            assertThat(sidecar).containsEntry("name", "rhoai-krm").containsEntry("command", List.of("/var/run/argocd/argocd-cmp-server"));
            if (variant.endsWith("plugin-configmap")) {
                Map<String, Object> configMap = only(objects, "ConfigMap");
                assertThat(Yamls.map(configMap, "data")).containsEntry("plugin.yaml", Yamls.read(CmpServer.PLUGIN_YAML));
                String name = String.valueOf(Yamls.map(configMap, "metadata").get("name"));
                assertThat(name).as("a content hash: editing plugin.yaml rolls the repo-server").matches("rhoai-krm-cmp-plugin-[a-z0-9]{10}");
                assertThat(build.stdout()).contains("mountPath: /home/argocd/cmp-server/config/plugin.yaml\n        name: rhoai-krm-plugin-config\n"
                        + "        readOnly: true\n        subPath: plugin.yaml\n", "configMap:\n        name: " + name + "\n");
            }
        }
    }

    @Test
    void theSidecarIsTheOneTheDeployReadmeDocuments() {
        String readme = Yamls.read(ROOT.resolve("deploy/argocd-cmp/README.md"));
        String section = readme.substring(readme.indexOf("## Register the sidecar"));
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        Map<String, Object> documented = Yamls.load(section.substring(start, section.indexOf("```\n", start))).get(0);
        assertThat(Yamls.load(Yamls.read(CMP.resolve("sidecar/sidecar.yaml"))).get(0)).isEqualTo(documented);
    }

    private static Map<String, Object> only(List<Map<String, Object>> objects, String kind) {
        List<Map<String, Object>> found = objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
