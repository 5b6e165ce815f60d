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
}
