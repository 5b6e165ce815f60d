package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's build command leaves the fast path (issue #22, "Start fast without a second step"):
 * {@code mvn package} runs bin/build-aot-cache with the JDK Maven runs on, which is the JDK these
 * tests run on (failsafe forks Maven's {@code java.home}). Evidence without timing: the cache of
 * every name is there and not older than the jar; the JVM loads the function's own classes from
 * it; and the launcher, told to require the cache ({@code RHOAI_KRM_STARTUP_CACHE=require}: the
 * JVM's {@code -Xshare:on} / {@code -XX:AOTMode=on}, which stop the JVM when it cannot use the
 * cache), renders what the jar renders without one, with nothing on stderr.
 */
class StartupCacheIT {
    static final Path ROOT = Golden.projectRoot();
    static final Path JDK = Path.of(System.getProperty("java.home"));
    /** What bin/build-aot-cache makes on this JDK: an AOT cache from JDK 25 on, else a CDS archive. */
    static final String EXT = Runtime.version().feature() >= 25 ? "aot" : "jsa";
    /** `train NAME ARGS < INPUT` in bin/build-aot-cache: the training run of each name (its arguments; stdin aside). */
    private static final Pattern TRAIN = Pattern.compile("(?m)^train ([a-z-]+) (.*?) < \\S+$");

    static Path dist;
    static Path jar;
    /** Each name the jar is started under, with the arguments of its training run (its shipped example). */
    static Map<String, List<String>> trainingRuns;

    @BeforeAll
    static void theBuildsCache() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("rhoai.startupCache.skip"),
                "the build was run with -Drhoai.startupCache.skip=true: it made no start-up cache to check");
        dist = Path.of(System.getProperty("rhoai.dist", ROOT.resolve("target/dist").toString()));
        jar = dist.resolve("rhoai-krm.jar");
        Processes.launcher("rhoai-krm"); // fails when the jar was not built
        trainingRuns = new LinkedHashMap<>();
        Matcher m = TRAIN.matcher(Files.readString(ROOT.resolve("bin/build-aot-cache")));
        while (m.find()) {
            List<String> args = new ArrayList<>();
            for (String arg : m.group(2).split(" ")) {
                args.add(arg.replace("\"", "").replace("$examples", ROOT.resolve("examples").toString()));
            }
            trainingRuns.put(m.group(1), args);
        }
    }

    @Test
    void everyNameHasACacheNoOlderThanTheJar() throws Exception {
        List<String> names = new ArrayList<>(List.of("rhoai-krm"));
        Functions.registered().forEach(r -> names.add(r.name()));
        assertThat(trainingRuns.keySet()).as("bin/build-aot-cache trains every name").containsExactlyInAnyOrderElementsOf(names);
        for (String name : names) {
            Path cache = dist.resolve(name + "." + EXT);
            assertThat(cache).as("the build's start-up cache of %s for JDK %s", name, Runtime.version()).isRegularFile();
            assertThat(Files.getLastModifiedTime(cache)).as("%s is not older than the jar", cache)
                    .isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar));
            assertThat(Files.readString(dist.resolve(name + "." + EXT + ".jdk"))).as("the JDK build that made %s", cache)
                    .isEqualTo("jdk " + runtimeVersion() + "\n");
        }
        try (var leftovers = Files.list(dist)) {
            assertThat(leftovers.map(p -> p.getFileName().toString()).filter(f -> f.startsWith(".")))
                    .as("no temporary file of bin/build-aot-cache is left").isEmpty();
        }
    }

    /** The JVM itself says where the function's classes came from: the cache, not the jar. */
    @Test
    void theJvmLoadsTheFunctionsClassesFromTheCache(@TempDir Path tmp) throws Exception {
        String name = "model-serving-generator";
        Path log = tmp.resolve("class-load.log"); // a file: the log outgrows a pipe nobody drains yet
        List<String> command = new ArrayList<>(List.of(JDK.resolve("bin/java").toString(),
                (EXT.equals("aot") ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + dist.resolve(name + "." + EXT),
                "-Xlog:class+load=info:file=" + log, "-Drhoai.krm.function=" + name, "-jar", jar.toString()));
        command.addAll(trainingRuns.get(name));
        Processes.Result run = Processes.run(command, ROOT);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(Files.readString(log)).contains("dev.rhoaikrm.cli.Main source: shared objects file",
                "dev.rhoaikrm.modelserving.ModelServingSchema source: shared objects file");
    }

    @Test
    void theLauncherUsesTheCacheAndRendersWhatTheJarRenders() {
        trainingRuns.forEach((name, args) -> {
            Processes.Result required = launch(name, args, "require", dist);
            assertThat(required.exitCode()).as("%s with the cache required: %s", name, required.describe()).isZero();
            Processes.Result without = launch(name, args, "off", dist);
            assertThat(without.exitCode()).as(without.describe()).isZero();
            assertThat(required.stderr()).as("%s: stderr, nothing of the JVM added", name).isEqualTo(without.stderr());
            assertThat(required.stdout()).as("%s: the same output with and without the cache", name).isEqualTo(without.stdout())
                    .isNotEmpty();
        });
    }

    /** "require" really requires: no cache, or one older than the jar (a rebuild without it), is exit 3 with the fix. */
    @Test
    void requireRefusesAMissingOrStaleCache(@TempDir Path other) throws Exception {
        String name = "model-serving-generator";
        Path copy = Files.copy(jar, other.resolve("rhoai-krm.jar"));
        Processes.Result none = launch(name, trainingRuns.get(name), "require", other);
        assertThat(none.exitCode()).as(none.describe()).isEqualTo(3);
        assertThat(none.stdout()).isEmpty();
        assertThat(none.stderr()).contains(name + ".", "missing, older than the jar, or made by another JDK build", "bin/build-aot-cache");

        Path cache = Files.copy(dist.resolve(name + "." + EXT), other.resolve(name + "." + EXT), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(cache).toMillis() + 60_000));
        Processes.Result stale = launch(name, trainingRuns.get(name), "require", other);
        assertThat(stale.exitCode()).as(stale.describe()).isEqualTo(3);
        Processes.Result auto = launch(name, trainingRuns.get(name), "auto", other);
        assertThat(auto.exitCode()).as(auto.describe()).isZero();
        assertThat(auto.stderr()).isEmpty();
        assertThat(auto.stdout()).startsWith("apiVersion: ");
    }

    /**
     * A cache another build of the JDK made (a JDK updated in place since the build) is stale too:
     * the JVM would refuse it, and JDK 17 would then run with no class sharing at all (a static
     * archive replaces the JDK's own). The launcher reads which build made it from {@code <name>.<ext>.jdk}.
     */
    @Test
    void aCacheAnotherJdkBuildMadeIsStale(@TempDir Path other) throws Exception {
        String name = "model-serving-generator";
        Files.copy(jar, other.resolve("rhoai-krm.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(dist.resolve(name + "." + EXT), other.resolve(name + "." + EXT), StandardCopyOption.COPY_ATTRIBUTES);
        Processes.Result plain = launch(name, trainingRuns.get(name), "off", other);
        assertThat(plain.exitCode()).as(plain.describe()).isZero();
        // (that the build's own stamp lets the cache be used, required, is theLauncherUsesTheCacheAndRendersWhatTheJarRenders)
        Files.writeString(other.resolve(name + "." + EXT + ".jdk"), "jdk 17.0.1+12-an-older-build\n");
        Processes.Result required = launch(name, trainingRuns.get(name), "require", other);
        assertThat(required.exitCode()).as(required.describe()).isEqualTo(3);
        assertThat(required.stderr()).contains("made by another JDK build than " + runtimeVersion(), "bin/build-aot-cache");
        Processes.Result auto = launch(name, trainingRuns.get(name), "auto", other);
        assertThat(auto.exitCode()).as(auto.describe()).isZero();
        assertThat(auto.stderr()).isEmpty();
        assertThat(auto.stdout()).isEqualTo(plain.stdout());
    }

    /** JAVA_RUNTIME_VERSION from the release file of the JDK the tests run on, as bin/launch.sh reads it. */
    private static String runtimeVersion() throws java.io.IOException {
        return Files.readAllLines(JDK.resolve("release")).stream().filter(l -> l.startsWith("JAVA_RUNTIME_VERSION="))
                .map(l -> l.substring("JAVA_RUNTIME_VERSION=".length()).replace("\"", "")).findFirst().orElse("");
    }

    private static Processes.Result launch(String name, List<String> args, String cacheMode, Path distDir) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/" + name).toString()));
        command.addAll(args);
        return Processes.run(command, ROOT, Map.of("JAVA_HOME", JDK.toString(), "RHOAI_KRM_DIST", distDir.toString(),
                "RHOAI_KRM_STARTUP_CACHE", cacheMode), new byte[0]);
    }
}
