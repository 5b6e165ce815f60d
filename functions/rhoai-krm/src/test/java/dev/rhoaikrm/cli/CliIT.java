package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as documented in README.md: help, version, schema, render, validate, exit codes. */
class CliIT {
    static final Path ROOT = Golden.projectRoot();

    static Processes.Result run(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Processes.launcher(args[0])));
        command.addAll(List.of(args).subList(1, args.length));
        return Processes.run(command, ROOT);
    }

    @Test
    void helpVersionAndSchema() throws Exception {
        assertThat(run("rhoai-krm", "--help").stdout()).contains("render", "validate", "post-render", "cmp-generate", "model-serving-generator");
        assertThat(run("model-serving-generator", "--help").stdout()).contains("--schema", "Exit codes:", "kubectl kustomize");
        assertThat(run("model-serving-generator", "--version").stdout()).startsWith("rhoai-krm 0.1.0");
        Processes.Result schema = run("model-serving-generator", "--schema");
        assertThat(schema.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(schema.stdout());
        assertThat(json.at("/properties/spec/properties/gpu/properties/count/type").asText()).isEqualTo("integer");
        assertThat(json.at("/properties/spec/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void aFunctionNameAsSubcommandOrAsArgv0() {
        Processes.Result sub = Processes.run(List.of(Processes.launcher("rhoai-krm"), "model-serving-generator",
                ROOT.resolve("examples/model-serving/gpt-oss-120b/model.yaml").toString()), ROOT);
        assertThat(sub.exitCode()).as(sub.describe()).isZero();
        assertThat(sub.stdout()).contains("kind: InferenceService");
        Processes.Result named = Processes.run(List.of("java", "-Drhoai.krm.function=model-serving-generator", "-jar",
                ROOT.resolve("target/dist/rhoai-krm.jar").toString(), "--help"), ROOT);
        assertThat(named.stdout()).contains("Usage: model-serving-generator");
    }

    @Test
    void renderAndValidateADirectory(@TempDir Path out) throws Exception {
        Processes.Result render = run("rhoai-krm", "render", "examples/model-serving");
        assertThat(render.exitCode()).as(render.describe()).isZero();
        assertThat(render.stdout().split("\nkind: InferenceService\n", -1)).hasSize(4);

        Processes.Result written = run("rhoai-krm", "render", "examples/model-serving", "--output", out.toString());
        assertThat(written.exitCode()).as(written.describe()).isZero();
        assertThat(out.resolve("gpt-oss-120b/generated/gpt-oss-120b/inferenceservice_gpt-oss-120b.yaml")).exists();
        assertThat(Files.readString(out.resolve("gpt-oss-120b/generated/gpt-oss-120b/route_gpt-oss-120b.yaml"))).contains("kind: Route");

        Processes.Result valid = run("rhoai-krm", "validate", "examples/model-serving");
        assertThat(valid.exitCode()).as(valid.describe()).isZero();
        assertThat(valid.stderr()).contains("3 intent(s) valid");
    }

    @Test
    void exitCodes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "apiVersion: rhoai-krm.dev/v1alpha1\nkind: ModelServng\nmetadata: {name: x}\n");
        Processes.Result unknownKind = run("rhoai-krm", "validate", dir.toString());
        assertThat(unknownKind.exitCode()).isEqualTo(1);
        assertThat(unknownKind.stderr()).contains("bad.yaml: ModelServng/x: kind: no rhoai-krm function handles kind \"ModelServng\"");
        assertThat(run("rhoai-krm", "render").exitCode()).isEqualTo(2);
        assertThat(run("rhoai-krm", "--no-such-option").exitCode()).isEqualTo(2);
    }

    /**
     * bin/build-aot-cache leaves a cache beside each jar that only the JDK build and the jar that made
     * it can use. After the next build of the jar the launcher must run as if there were none: the
     * JVM's warning about it (printed on stdout by default) must not reach the ResourceList or the
     * manifests, nor clutter stderr.
     */
    @Test
    void aStaleCacheIsIgnoredAndNothingOfTheJvmReachesStdout(@TempDir Path dist) throws Exception {
        String fn = "model-serving-generator";
        Path jar = dist.resolve(fn + ".jar");
        Files.copy(ROOT.resolve("target/dist/" + fn + ".jar"), jar);
        String model = ROOT.resolve("examples/model-serving/gpt-oss-120b/model.yaml").toString();
        Processes.Result plain = Processes.run(List.of("java", "-jar", jar.toString(), model), ROOT);
        assertThat(plain.exitCode()).as(plain.describe()).isZero();
        List<Path> jdks = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Path jdk25 = Path.of(System.getenv().getOrDefault("RHOAI_KRM_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (Files.isExecutable(jdk25.resolve("bin/java")) && !jdks.contains(jdk25)) {
            jdks.add(jdk25);
        }
        for (Path jdk : jdks) {
            Map<String, String> env = Map.of("JAVA_HOME", jdk.toString(), "RHOAI_KRM_DIST", dist.toString());
            Processes.Result cache = Processes.run(List.of(ROOT.resolve("bin/build-aot-cache").toString()), ROOT, env, new byte[0]);
            assertThat(cache.exitCode()).as(cache.describe()).isZero();
            Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000)); // "rebuilt"
            Processes.Result run = Processes.run(List.of(Processes.launcher(fn), model), ROOT, env, new byte[0]);
            assertThat(run.exitCode()).as(jdk + ": " + run.describe()).isZero();
            assertThat(run.stdout()).as(jdk + ": stdout").isEqualTo(plain.stdout());
            assertThat(run.stderr()).as(jdk + ": stderr").isEmpty();
        }
    }
}
