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
        assertThat(Files.readString(out.resolve("gpt-oss-120b/generated/gpt-oss-120b/inferenceservice_gpt-oss-120b.yaml")))
                .contains("networking.kserve.io/visibility: exposed"); // odh-model-controller makes the Route

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

    /** RHOAI_KRM_TRACE (docs/PERFORMANCE.md) reports the phases on stderr and changes nothing on stdout. */
    @Test
    void theStartUpTraceGoesToStderrOnly() {
        String model = ROOT.resolve("examples/model-serving/gpt-oss-120b/model.yaml").toString();
        List<String> command = List.of(Processes.launcher("model-serving-generator"), model);
        Processes.Result plain = Processes.run(command, ROOT);
        Processes.Result traced = Processes.run(command, ROOT, Map.of("RHOAI_KRM_TRACE", "1"), new byte[0]);
        assertThat(traced.exitCode()).as(traced.describe()).isZero();
        assertThat(traced.stdout()).isEqualTo(plain.stdout());
        assertThat(traced.stderr()).contains("rhoai-krm trace:", " main\n", "bound ModelServing/gpt-oss-120b", "model catalog built",
                "manifests written", "JVM start to the first mark");
        assertThat(plain.stderr()).isEmpty();
    }

    /**
     * bin/build-aot-cache leaves a cache beside each jar, made for that jar by that JDK build. Two
     * ways it goes stale, with every JDK this machine has:
     * <ul>
     * <li>the jar is rebuilt (it is newer than the cache): the launcher must not use the cache. Its
     *     age check ("cache not older than the jar", bin/launch.sh) is what protects here: JDK 25 does
     *     not check which jar an AOT cache was made from (Temurin 25.0.3 takes one made for a jar of
     *     another size and time, also under {@code -XX:AOTMode=on}, and runs the cache's classes).
     *     The rebuilt jar has the same size (so that not even JDK 17, which checks the jar's size and
     *     time, could tell by its size) and one changed constant, and its output must be the new one;</li>
     * <li>the cache is newer than a jar it was not made from (a copied file): the launcher uses it.
     *     JDK 17 refuses the archive (the jar's size and time differ from those it recorded), and its
     *     warning (printed on stdout by default) must reach neither stdout nor stderr; JDK 25 takes the
     *     cache and runs its classes, the jar's own here, so the output is right either way. Which of
     *     the two the JVM does is asserted, so that a JDK that starts or stops checking the jar shows
     *     up here, not in a user's render.</li>
     * </ul>
     */
    @Test
    void aStaleCacheIsNeverUsedAndNothingOfTheJvmReachesStdout(@TempDir Path dist) throws Exception {
        String fn = "model-serving-generator";
        Path jar = dist.resolve("rhoai-krm.jar");
        String model = ROOT.resolve("examples/model-serving/gpt-oss-120b/model.yaml").toString();
        List<Path> jdks = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Path jdk25 = Path.of(System.getenv().getOrDefault("RHOAI_KRM_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (Files.isExecutable(jdk25.resolve("bin/java")) && !jdks.contains(jdk25)) {
            jdks.add(jdk25);
        }
        for (Path jdk : jdks) {
            Map<String, String> env = Map.of("JAVA_HOME", jdk.toString(), "RHOAI_KRM_DIST", dist.toString());
            writeStoredJar(jar, "rhoai-krm.dev/generated-by");
            Processes.Result cache = Processes.run(List.of(ROOT.resolve("bin/build-aot-cache").toString()), ROOT, env, new byte[0]);
            assertThat(cache.exitCode()).as(cache.describe()).isZero();
            Path cacheFile = dist.resolve(fn + (jdk.equals(jdk25) ? ".aot" : ".jsa"));
            long built = Files.getLastModifiedTime(cacheFile).toMillis();
            long size = Files.size(jar);

            writeStoredJar(jar, "rhoai-krm.dev/generated-XY"); // rebuilt: same size, another constant
            assertThat(Files.size(jar)).isEqualTo(size);
            Files.setLastModifiedTime(jar, FileTime.fromMillis(built + 60_000));
            Processes.Result rebuilt = Processes.run(List.of(Processes.launcher(fn), model), ROOT, env, new byte[0]);
            assertThat(rebuilt.exitCode()).as(jdk + ": " + rebuilt.describe()).isZero();
            assertThat(rebuilt.stdout()).as(jdk + ": the rebuilt jar's output").contains("rhoai-krm.dev/generated-XY: ")
                    .isEqualTo(Processes.run(List.of(jdk.resolve("bin/java").toString(), "-Drhoai.krm.function=" + fn, "-jar", jar.toString(), model), ROOT).stdout());
            assertThat(rebuilt.stderr()).as(jdk + ": stderr").isEmpty();

            writeStoredJar(jar, "rhoai-krm.dev/generated-by", "padding"); // a jar the cache does not fit, older than it
            Files.setLastModifiedTime(jar, FileTime.fromMillis(built - 60_000));
            Processes.Result foreign = Processes.run(List.of(Processes.launcher(fn), model), ROOT, env, new byte[0]);
            assertThat(foreign.exitCode()).as(jdk + ": " + foreign.describe()).isZero();
            assertThat(foreign.stdout()).as(jdk + ": stdout").startsWith("apiVersion: ").contains("rhoai-krm.dev/generated-by: ");
            assertThat(foreign.stderr()).as(jdk + ": stderr").isEmpty();
            Path log = dist.resolve("class-load.log"); // a file: the log outgrows a pipe nobody drains yet
            Processes.Result direct = Processes.run(List.of(jdk.resolve("bin/java").toString(),
                    (jdk.equals(jdk25) ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cacheFile, "-Xlog:class+load=info:file=" + log,
                    "-Drhoai.krm.function=" + fn, "-jar", jar.toString(), model), ROOT);
            assertThat(direct.exitCode()).as(jdk + ": " + direct.describe()).isZero();
            assertThat(Files.readString(log).contains("dev.rhoaikrm.cli.Main source: shared objects file"))
                    .as(jdk + ": the JVM runs the cache's classes for a jar it was not made from (JDK 25 does, JDK 17 refuses)")
                    .isEqualTo(jdk.equals(jdk25));
            Files.delete(log);
        }
    }

    /**
     * The built jar with every entry stored (so that a same-length change keeps its size), Pipeline's
     * generated-by annotation constant replaced by {@code generatedBy}, and optionally one more entry.
     */
    private static void writeStoredJar(Path target, String generatedBy, String... extraEntry) throws Exception {
        byte[] from = "rhoai-krm.dev/generated-by".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] to = generatedBy.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var in = new java.util.zip.ZipFile(ROOT.resolve("target/dist/rhoai-krm.jar").toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (var e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("dev/rhoaikrm/core/fn/Pipeline.class")) {
                    bytes = replaceAll(bytes, from, to);
                }
                putStored(out, e.getName(), bytes);
            }
            for (String name : extraEntry) {
                putStored(out, name, new byte[] {1});
            }
        }
    }

    private static void putStored(java.util.zip.ZipOutputStream out, String name, byte[] bytes) throws Exception {
        var entry = new java.util.zip.ZipEntry(name);
        entry.setMethod(java.util.zip.ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        var crc = new java.util.zip.CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        entry.setTime(0);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    private static byte[] replaceAll(byte[] bytes, byte[] from, byte[] to) {
        int replaced = 0;
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                replaced++;
            }
        }
        assertThat(replaced).as("the constant in Pipeline.class").isPositive();
        return bytes;
    }
}
