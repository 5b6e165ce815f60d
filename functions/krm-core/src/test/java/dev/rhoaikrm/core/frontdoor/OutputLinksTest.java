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
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * render -o never writes through a symbolic link (issue 15 item 3): OUT can be a checkout holding
 * links at generated paths. A refused path leaves OUT as it was, and exits 1 (not "a bug").
 */
class OutputLinksTest {
    static final String INTENT = "apiVersion: rhoai-krm.dev/v1alpha1\nkind: Echo\nmetadata: {name: hi}\nspec: {}\n";

    static KrmFrontDoorTest.Run render(Path dir, Path out) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), true), "echo", new Environment(Map.of(), dir));
        int code = new Directory(doors).render(dir, Optional.of(out), io);
        return new KrmFrontDoorTest.Run(code, stdout.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aLinkAtAGeneratedFileIsNotWrittenThroughAndNothingElseIsWritten(@TempDir Path tmp) throws IOException {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkg.resolve("a-hand-written.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Files.writeString(pkg.resolve("intent.yaml"), INTENT);
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious\n");
        Path out = Files.createDirectories(tmp.resolve("out/generated/hi"));
        Files.createSymbolicLink(out.resolve("configmap_hi-echo.yaml"), victim);
        KrmFrontDoorTest.Run run = render(pkg, tmp.resolve("out"));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("refusing to write \"generated/hi/configmap_hi-echo.yaml\": generated/hi/configmap_hi-echo.yaml"
                + " is a symbolic link in the output directory, and links are never written through", "nothing was written")
                .doesNotContain("internal error");
        assertThat(Files.readString(victim)).isEqualTo("precious\n");
        assertThat(files(tmp.resolve("out"))).containsExactly("", "generated", "generated/hi", "generated/hi/configmap_hi-echo.yaml");
    }

    @Test
    void aLinkedDirectoryIsNotWrittenThrough(@TempDir Path tmp) throws IOException {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkg.resolve("intent.yaml"), INTENT);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(tmp.resolve("out/generated"), elsewhere);
        KrmFrontDoorTest.Run run = render(pkg, tmp.resolve("out"));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("generated is a symbolic link in the output directory");
        assertThat(files(elsewhere)).containsExactly("");
        assertThat(tmp.resolve("out/intent.yaml")).doesNotExist();
    }

    @Test
    void withoutLinksEverythingIsWritten(@TempDir Path tmp) throws IOException {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkg.resolve("intent.yaml"), INTENT);
        KrmFrontDoorTest.Run run = render(pkg, tmp.resolve("out"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(files(tmp.resolve("out"))).containsExactly("", "generated", "generated/hi", "generated/hi/configmap_hi-echo.yaml");
    }
}
