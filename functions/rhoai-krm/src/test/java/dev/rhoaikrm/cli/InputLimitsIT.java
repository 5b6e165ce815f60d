package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits that need a process of their own (issue 15 items 2 and weak): input is read within its
 * bound (an endless stdin is refused after the limit, not read until memory runs out), the files of
 * a directory count together, and input problems are exit 1, not "a bug" (exit 3): a file over the
 * limit, a file name the locale cannot decode.
 */
class InputLimitsIT {
    static final String LIMIT = "-Drhoai.krm.maxInputBytes=1048576";

    record Run(int code, String stderr) {
    }

    /** The launcher with a clean environment (PATH, JAVA_HOME and {@code env}), stdin from {@code stdin}. */
    static Run run(List<String> command, Path dir, Map<String, String> env, File stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(stdin)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv("PATH"));
        if (System.getenv("JAVA_HOME") != null) {
            pb.environment().put("JAVA_HOME", System.getenv("JAVA_HOME"));
        }
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Run(p.exitValue(), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void anEndlessStandardInputIsRefusedAfterTheLimit(@TempDir Path tmp) throws Exception {
        Run run = run(List.of(Processes.launcher("rhoai-krm"), "post-render"), tmp, Map.of("JAVA_TOOL_OPTIONS", LIMIT), new File("/dev/zero"));
        assertThat(run.code()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).contains("<stdin>: input is more than 1048576 bytes, more than the limit").doesNotContain("internal error");
    }

    @Test
    void theFilesOfADirectoryCountTogetherAndAFileOverTheLimitIsAnInputError(@TempDir Path tmp) throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        String padding = "# " + "x".repeat(98) + "\n";
        for (String f : List.of("a.yaml", "b.yaml")) {
            Files.writeString(pkg.resolve(f), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: " + f.charAt(0) + "}\n" + padding.repeat(6000));
        }
        Run together = run(List.of(Processes.launcher("rhoai-krm"), "render", "pkg"), tmp, Map.of("JAVA_TOOL_OPTIONS", LIMIT),
                new File("/dev/null"));
        assertThat(together.code()).as(together.stderr()).isEqualTo(1);
        assertThat(together.stderr()).contains("b.yaml: the YAML files under pkg hold more than the input limit of 1048576 bytes together");

        Files.writeString(pkg.resolve("a.yaml"), padding.repeat(12000));
        Files.delete(pkg.resolve("b.yaml"));
        Run single = run(List.of(Processes.launcher("rhoai-krm"), "render", "pkg"), tmp, Map.of("JAVA_TOOL_OPTIONS", LIMIT),
                new File("/dev/null"));
        assertThat(single.code()).as(single.stderr()).isEqualTo(1);
        assertThat(single.stderr()).contains("a.yaml: the YAML files under pkg hold more than the input limit").doesNotContain("internal error");
    }

    @Test
    void aNonAsciiFileNameUnderLangC(@TempDir Path tmp) throws Exception {
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkg.resolve("café.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        // the launchers choose a UTF-8 locale when the environment has none (the ArgoCD plugin image sets no LANG)
        Run launched = run(List.of(Processes.launcher("rhoai-krm"), "render", "pkg"), tmp, Map.of("LANG", "C"), new File("/dev/null"));
        assertThat(launched.code()).as(launched.stderr()).isZero();
        // a JVM started by hand under LANG=C cannot decode the name: an input problem with the fix, not a bug
        String java = System.getenv("JAVA_HOME") != null ? System.getenv("JAVA_HOME") + "/bin/java" : "java";
        Run plain = run(List.of(java, "-jar", Golden.projectRoot().resolve("target/dist/rhoai-krm.jar").toString(), "render", "pkg"), tmp,
                Map.of("LANG", "C"), new File("/dev/null"));
        assertThat(plain.code()).as(plain.stderr()).isEqualTo(1);
        assertThat(plain.stderr()).contains("a file name cannot be decoded in this locale", "run with LANG=C.UTF-8").doesNotContain("internal error");
    }
}
