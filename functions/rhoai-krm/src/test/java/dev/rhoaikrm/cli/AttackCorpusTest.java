package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.CmpGenerate;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every attack of src/test/resources/attacks/ through cmp-generate, in-process: it must exit 1
 * naming the file and field, before any process starts. The kustomize command is a script that
 * would leave a mark, so a check that let kustomize start fails here even when kustomize itself
 * would have refused the input.
 */
class AttackCorpusTest {
    static List<AttackCase> cases() {
        return AttackCase.all();
    }

    /** A stand-in for kustomize: records that it was started. */
    static Path fakeKustomize(Path dir) throws IOException {
        Path script = dir.resolve("fake-kustomize");
        Files.writeString(script, "#!/bin/sh\ntouch \"$(dirname \"$0\")/kustomize-started\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedBeforeAnyProcessRuns(AttackCase attack, @TempDir Path tmp) throws IOException {
        Path repo = attack.layOut(tmp);
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        Map<String, String> env = new HashMap<>(CmpGenerateIT.argocdEnvironment());
        env.put("ARGOCD_APP_SOURCE_PATH", attack.app());
        env.put(CmpGenerate.KUSTOMIZE_COMMAND, fakeKustomize(tools) + " build");
        env.put("KUSTOMIZE_PLUGIN_HOME", tools.toString());
        Path app = repo.resolve(attack.app());
        FrontDoors doors = new FrontDoors(new Pipeline(Functions.all(), true), "rhoai-krm", new Environment(env, app));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CmpGenerate(doors).run(app, new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(tools.resolve("kustomize-started")).as("kustomize was started").doesNotExist();
        assertThat(AttackCase.marks(tmp)).isEmpty();
        for (AttackCase.Expected e : attack.errors()) {
            assertThat(stderr).as(attack.about()).contains("rhoai-krm: " + e.line());
            assertThat(stderr.lines().filter(l -> l.startsWith("rhoai-krm: " + e.line())))
                    .as(stderr).anyMatch(l -> l.contains(e.message()));
        }
        assertThat(stderr).contains("kustomize was not run and nothing was generated").doesNotContain("\tat ");
    }
}
