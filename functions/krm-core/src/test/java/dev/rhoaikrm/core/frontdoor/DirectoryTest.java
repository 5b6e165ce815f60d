package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory renders as kpt groups it: each folder with a Kptfile is a package of its own. */
class DirectoryTest {
    static final String INTENT = "apiVersion: rhoai-krm.dev/v1alpha1\nkind: Echo\nmetadata: {name: hi}\nspec: {}\n";

    static KrmFrontDoorTest.Run render(Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), true), "echo", new Environment(Map.of(), dir));
        int code = new Directory(doors).render(dir, Optional.empty(), io);
        return new KrmFrontDoorTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void subpackagesRenderApartSoTheirIntentsMayShareNames(@TempDir Path dir) throws Exception {
        for (String pkg : List.of("a", "b")) {
            Files.createDirectories(dir.resolve(pkg));
            Files.writeString(dir.resolve(pkg).resolve("intent.yaml"), INTENT.replace("spec: {}", "spec: {message: " + pkg + "}"));
        }
        KrmFrontDoorTest.Run together = render(dir);
        assertThat(together.code()).isEqualTo(1);
        assertThat(together.err()).contains("two Echo intents are named \"hi\"");

        Files.writeString(dir.resolve("a/Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata: {name: a}\n");
        Files.writeString(dir.resolve("b/Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata: {name: b}\n");
        KrmFrontDoorTest.Run apart = render(dir);
        assertThat(apart.code()).as(apart.err()).isZero();
        assertThat(apart.out()).contains("message: a", "message: b");
    }

    static KrmFrontDoorTest.Run render(Input input, Path workingDirectory, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(stdin.getBytes(StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), true), "echo", new Environment(Map.of(), workingDirectory));
        int code = new Directory(doors).render(input, Optional.empty(), io);
        return new KrmFrontDoorTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneFileAndStandardInputRenderLikeTheirFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("intent.yaml"), INTENT);
        Files.writeString(dir.resolve("other.yaml"), INTENT.replace("name: hi", "name: other"));
        KrmFrontDoorTest.Run file = render(new Input(dir.resolve("intent.yaml")), dir, "");
        assertThat(file.code()).as(file.err()).isZero();
        assertThat(file.out()).contains("name: hi").doesNotContain("name: other");

        KrmFrontDoorTest.Run stdin = render(Input.stdin(), dir, INTENT);
        assertThat(stdin.code()).as(stdin.err()).isZero();
        assertThat(stdin.out()).isEqualTo(file.out());
        assertThat(Input.of("-")).contains(Input.stdin());
        assertThat(Input.of(dir.resolve("missing.yaml").toString())).isEmpty();
    }

    @Test
    void documentsThatAreNoKubernetesObjectsAreLeftOutAndSaidSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("intent.yaml"), INTENT);
        Files.writeString(dir.resolve("patch.yaml"), "- op: replace\n  path: /spec/replicas\n  value: 3\n");
        Files.writeString(dir.resolve("values.yaml"), "replicas: 3\n");
        KrmFrontDoorTest.Run run = render(dir);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("op: replace", "replicas: 3");
        assertThat(run.err()).contains(
                "info: patch.yaml: line 1: left out: a document that is not a mapping (a JSON6902 patch, a list or a scalar)",
                "info: values.yaml: left out: a document with neither apiVersion nor kind is no Kubernetes object");
    }
}
