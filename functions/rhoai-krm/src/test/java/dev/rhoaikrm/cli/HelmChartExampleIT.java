package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * kustomize-examples/helm-post-renderer: the chart's rendered stream (rendered.yaml is what `helm
 * template demo ./chart` prints, and rendered-helm4.yaml what Helm 4 pipes to a post-renderer plugin;
 * Helm3IT and Helm4PluginIT hold both to the real Helm) through the Helm 3 executable, `rhoai-krm
 * post-render`, and the command deploy/helm-postrenderer/plugin.yaml runs; the output against golden
 * files and schemas. Runs where no Helm is installed.
 */
class HelmChartExampleIT {
    static final Path EXAMPLE = Golden.projectRoot().resolve("kustomize-examples/helm-post-renderer");
    static final String FILENAME = "postrenderer.helm.sh/postrender-filename";

    @Test
    void helm3ExecutableAndPostRenderPrintTheGoldenManifests() {
        String rendered = Yamls.read(EXAMPLE.resolve("rendered.yaml"));
        List<List<String>> commands = List.of(List.of(Golden.projectRoot().resolve("bin/rhoai-krm-post-render").toString()),
                List.of(Processes.launcher("rhoai-krm"), "post-render"));
        for (List<String> command : commands) {
            String out = postRender(command, Map.of(), rendered);
            Golden.assertMatches(EXAMPLE.resolve(".expected/post-rendered.yaml"), out);
            checkManifests(out);
            String configMap = rendered.substring("---\n".length(), rendered.indexOf("\n---\n") + 1);
            assertThat(out).as("the chart's own object passes through byte for byte").startsWith(configMap);
        }
    }

    @Test
    void helm4PluginCommandKeepsTheTemplateFileOnEveryObject() {
        Map<String, Object> plugin = Yamls.load(Yamls.read(Golden.projectRoot().resolve("deploy/helm-postrenderer/plugin.yaml"))).get(0);
        assertThat(plugin).containsEntry("type", "postrenderer/v1").containsEntry("runtime", "subprocess");
        Map<String, Object> platform = Yamls.asMap(((List<?>) Yamls.map(plugin, "runtimeConfig").get("platformCommand")).get(0));
        // Helm runs the command found on PATH, with bin/ first here (bin/rhoai-krm, the jar's launcher)
        String name = String.valueOf(platform.get("command"));
        assertThat(name).isEqualTo("rhoai-krm");
        List<String> command = new ArrayList<>(List.of(Processes.launcher(name)));
        command.addAll(Yamls.strings(platform.get("args")));

        String out = postRender(command, Map.of(), Yamls.read(EXAMPLE.resolve("rendered-helm4.yaml")));
        Golden.assertMatches(EXAMPLE.resolve(".expected/post-rendered-helm4.yaml"), out);
        checkManifests(out);
        for (Map<String, Object> o : Yamls.load(out)) {
            String file = "ConfigMap".equals(o.get("kind")) ? "configmap.yaml" : "model.yaml";
            assertThat(annotations(o)).as("Helm 4 regroups objects by it").containsEntry(FILENAME, "rhoai-models/templates/" + file);
        }
    }

    @Test
    void bothStreamsHoldTheSameDocumentsOneForEachTemplate() {
        List<Map<String, Object>> helm3 = Yamls.load(Yamls.read(EXAMPLE.resolve("rendered.yaml")));
        List<Map<String, Object>> helm4 = Yamls.load(Yamls.read(EXAMPLE.resolve("rendered-helm4.yaml"))).stream()
                .map(HelmChartExampleIT::withoutFilename).toList();
        assertThat(helm4).isEqualTo(helm3);
        String chart = String.valueOf(Yamls.load(Yamls.read(EXAMPLE.resolve("chart/Chart.yaml"))).get(0).get("name"));
        try (Stream<Path> templates = Files.list(EXAMPLE.resolve("chart/templates"))) {
            List<String> sources = templates.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_")).sorted()
                    .map(n -> "# Source: " + chart + "/templates/" + n).toList();
            assertThat(Yamls.read(EXAMPLE.resolve("rendered.yaml")).lines().filter(l -> l.startsWith("# Source: ")).toList())
                    .as("kinds the install order knows (ConfigMap) before the ones it does not (ModelServing)").isEqualTo(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String postRender(List<String> command, Map<String, String> env, String stream) {
        Processes.Result run = Processes.run(command, Golden.projectRoot(), env, stream.getBytes(StandardCharsets.UTF_8));
        assertThat(run.exitCode()).as(command + "\n" + run.describe()).isZero();
        assertThat(run.stderr()).as(command.toString()).isEmpty();
        return run.stdout();
    }

    private static void checkManifests(String out) {
        assertThat(SchemaValidator.shipped().validateYaml(out)).isEmpty();
        assertThat(Yamls.load(out)).extracting(o -> o.get("kind"))
                .containsExactly("ConfigMap", "Namespace", "ServingRuntime", "InferenceService");
    }

    private static Map<String, Object> annotations(Map<String, Object> o) {
        return Yamls.map(Yamls.map(o, "metadata"), "annotations");
    }

    static Map<String, Object> withoutFilename(Map<String, Object> o) {
        Map<String, Object> metadata = new LinkedHashMap<>(Yamls.map(o, "metadata"));
        Map<String, Object> annotations = new LinkedHashMap<>(annotations(o));
        annotations.remove(FILENAME);
        if (annotations.isEmpty()) {
            metadata.remove("annotations");
        } else {
            metadata.put("annotations", annotations);
        }
        Map<String, Object> copy = new LinkedHashMap<>(o);
        copy.put("metadata", metadata);
        return copy;
    }
}
