package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Helm and kustomize doors name an intent by in messages: the chart template (Helm 4's
 * postrender-filename annotation, Helm 3's "# Source:" line), and for kustomize's exec plugin the
 * intent's file from kustomize's origin annotation or else the kustomization that lists it, never
 * stdin or kustomize's temporary config copy. Helm3IT, Helm4PluginIT and KubectlKustomizeIT run
 * the real tools.
 */
class DoorNamesTest {
    private static final String FAILING = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Echo
            metadata:
              name: hi
            %sspec: {fail: true}
            """;

    private record Run(int code, String stderr) {
    }

    private static Run run(String stdin, Environment env, Door door) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(stdin.getBytes(StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), false), "echo", env);
        return new Run(door.run(doors, io), err.toString(StandardCharsets.UTF_8));
    }

    private interface Door {
        int run(FrontDoors doors, Io io);
    }

    private static Run postRender(String stream) {
        return run(stream, new Environment(Map.of(), Path.of(".")), FrontDoors::stream);
    }

    @Test
    void helm3NamesTheTemplateOfItsSourceLine() {
        Run run = postRender("---\n# Source: models/templates/configmap.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"
                + "---\n# Source: models/templates/echo.yaml\n" + FAILING.formatted(""));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.stderr()).contains("error: models/templates/echo.yaml: Echo/hi: spec.fail: asked to fail")
                .doesNotContain(FrontDoors.STDIN);
    }

    @Test
    void helm4NamesTheTemplateOfItsAnnotation() {
        Run run = postRender(FAILING.formatted("  annotations:\n    postrenderer.helm.sh/postrender-filename: 'models/templates/echo.yaml'\n"));
        assertThat(run.stderr()).contains("error: models/templates/echo.yaml: Echo/hi: spec.fail: asked to fail");
    }

    @Test
    void aStreamFromElsewhereIsStillStdin() {
        assertThat(postRender(FAILING.formatted("")).stderr()).contains("error: <stdin>: Echo/hi: spec.fail: asked to fail");
    }

    @Test
    void anUnreadableHelm3StreamNamesTheTemplateOfTheLine() {
        Run run = postRender("---\n# Source: models/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"
                + "---\n# Source: models/templates/b.yaml\napiVersion: v1\nkind: ConfigMap\nkind: Secret\n");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.stderr()).contains("line 10", "duplicate key \"kind\" (in the template models/templates/b.yaml)");
    }

    @Test
    void theTemplateOfALineIsTheLastSourceLineBeforeIt() {
        String stream = "---\n# Source: c/templates/a.yaml\nx: 1\n---\n# Source: c/templates/b.yaml\ny: 2\n";
        assertThat(HelmTemplates.templateAtLine(stream, 1)).isNull();
        assertThat(HelmTemplates.templateAtLine(stream, 3)).isEqualTo("c/templates/a.yaml");
        assertThat(HelmTemplates.templateAtLine(stream, 6)).isEqualTo("c/templates/b.yaml");
    }

    /** kustomize writes the config to a temporary file; with buildMetadata: [originAnnotations] it says where it came from. */
    @Test
    void kustomizeNamesTheOriginOfTheConfig(@TempDir Path tmp) throws IOException {
        Path config = Files.writeString(tmp.resolve("kust-plugin-config-123"), FAILING.formatted(
                "  annotations:\n    config.kubernetes.io/origin: |\n      path: models/echo.yaml\n"));
        Run run = run("", new Environment(Map.of(), tmp), (doors, io) -> doors.legacyPlugin(config, io));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.stderr()).contains("error: models/echo.yaml: Echo/hi: spec.fail: asked to fail").doesNotContain("kust-plugin-config");
    }

    @Test
    void aRemoteOriginNamesTheRepositoryAndRef(@TempDir Path tmp) throws IOException {
        Path config = Files.writeString(tmp.resolve("kust-plugin-config-123"), FAILING.formatted(
                "  annotations:\n    config.kubernetes.io/origin: |\n      path: models/echo.yaml\n"
                        + "      repo: https://github.com/example/fleet\n      ref: v1\n"));
        Run run = run("", new Environment(Map.of(), tmp), (doors, io) -> doors.legacyPlugin(config, io));
        assertThat(run.stderr()).contains("error: https://github.com/example/fleet//models/echo.yaml?ref=v1: Echo/hi:");
    }

    /** Without the origin annotation, the kustomization in KUSTOMIZE_PLUGIN_CONFIG_ROOT (execplugin.go getEnv) lists the intent. */
    @Test
    void withoutAnOriginKustomizeNamesTheKustomization(@TempDir Path tmp) throws IOException {
        Path app = Files.createDirectories(tmp.resolve("app"));
        Files.writeString(app.resolve("kustomization.yml"), "generators: [echo.yaml]\n");
        Path config = Files.writeString(tmp.resolve("kust-plugin-config-123"), FAILING.formatted(""));
        Run run = run("", new Environment(Map.of(PluginConfigs.CONFIG_ROOT, app.toString()), tmp),
                (doors, io) -> doors.legacyPlugin(config, io));
        assertThat(run.stderr()).contains("error: " + app.resolve("kustomization.yml") + ": Echo/hi: spec.fail: asked to fail");
        Run inWorkingDirectory = run("", new Environment(Map.of(), app), (doors, io) -> doors.legacyPlugin(config, io));
        assertThat(inWorkingDirectory.stderr()).contains("error: " + app.resolve("kustomization.yml") + ": Echo/hi:");
    }

    /** A config given by hand (model-serving-generator model.yaml) is no temporary copy: its own name stays. */
    @Test
    void aConfigFileGivenByHandKeepsItsName(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("kustomization.yaml"), "generators: [echo.yaml]\n");
        Path config = Files.writeString(tmp.resolve("echo.yaml"), FAILING.formatted(""));
        Run run = run("", new Environment(Map.of(), tmp), (doors, io) -> doors.legacyPlugin(config, io));
        assertThat(run.stderr()).contains("error: " + config + ": Echo/hi: spec.fail: asked to fail");
    }

    /** A transformer's resources come on stdin: an intent among them is named by its origin when kustomize gave one. */
    @Test
    void kustomizeResourcesOnStdinAreNamedByTheirOrigin(@TempDir Path tmp) throws IOException {
        Path config = Files.writeString(tmp.resolve("kust-plugin-config-123"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: Echo
                metadata: {name: fine}
                spec: {}
                """);
        Run run = run(FAILING.formatted("  annotations:\n    config.kubernetes.io/origin: |\n      path: base/echo.yaml\n"),
                new Environment(Map.of(), tmp), (doors, io) -> doors.legacyPlugin(config, io));
        assertThat(run.stderr()).contains("error: base/echo.yaml: Echo/hi: spec.fail: asked to fail");
    }
}
