package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.testsupport.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Functions} is the one list of functions. What is generated from it (the native binary's
 * links, bin/make-plugin-home's plugins) must not name a function itself; every other place that
 * has to name them (poms, launchers, scripts, the Containerfile) must name exactly the registered
 * ones. A new function that is registered but missing somewhere, or a place that names one that is
 * not, fails here with the file to fix.
 */
class FunctionListTest {
    private static final Path ROOT = Golden.projectRoot();
    /** Modules that are not functions: the core, shared data, build tools, tests, the executable. */
    private static final Set<String> NOT_FUNCTIONS = Set.of("krm-core", "platform-catalog", "intent-processor", "test-support", "rhoai-krm");
    /** bin/ files that are not per-function launchers. */
    private static final Set<String> NOT_LAUNCHERS = Set.of("rhoai-krm", "rhoai-krm-post-render", "launch.sh", "make-plugin-home", "build-aot-cache");

    private static List<String> names() {
        return Functions.registered().stream().map(Functions.Registration::name).toList();
    }

    @Test
    void eachRegistrationBuildsTheFunctionItNames() {
        for (Functions.Registration r : Functions.registered()) {
            KrmFunction f = r.create();
            assertThat(f.name()).isEqualTo(r.name());
            assertThat(f.schema().kind()).as(r.name()).isEqualTo(r.kind());
            assertThat(Functions.named(r.name())).containsSame(r);
        }
        assertThat(Functions.named("rhoai-krm")).isEmpty();
        assertThat(Functions.importers()).extracting(i -> i.function().name()).containsExactlyElementsOf(names());
        for (FunctionImporter i : Functions.importers()) {
            assertThat(i.importer()).as(i.function().name()).isNotNull();
        }
    }

    @Test
    void theListingIsTheRegistrations() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(FunctionList.commandLine(io).execute()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("", Functions.registered().stream()
                .map(r -> r.name() + " " + r.kind() + "\n").toList()));
    }

    @Test
    void theRootPomHasOneModulePerFunction() throws IOException {
        List<String> modules = all("<module>functions/([^<]+)</module>", read("pom.xml"));
        assertThat(modules.stream().filter(m -> !NOT_FUNCTIONS.contains(m)).toList()).as("pom.xml <modules> besides " + NOT_FUNCTIONS)
                .containsExactlyInAnyOrderElementsOf(names());
        for (String name : names()) {
            assertThat(ROOT.resolve("functions/" + name + "/README.md")).as("every function has its README").isRegularFile();
        }
    }

    @Test
    void theExecutableDependsOnEveryFunction() throws IOException {
        List<String> dependencies = all("<artifactId>([^<]+)</artifactId>", read("functions/rhoai-krm/pom.xml"));
        assertThat(dependencies).as("functions/rhoai-krm/pom.xml dependencies").containsAll(names());
    }

    @Test
    void binHasOneLauncherPerFunctionAndNoOther() throws IOException {
        String template = read("bin/rhoai-krm");
        List<String> launchers;
        try (Stream<Path> files = Files.list(ROOT.resolve("bin"))) {
            launchers = files.map(p -> p.getFileName().toString()).filter(n -> !NOT_LAUNCHERS.contains(n)).sorted().toList();
        }
        assertThat(launchers).as("bin/ launchers").containsExactlyInAnyOrderElementsOf(names());
        for (String name : names()) {
            assertThat(read("bin/" + name)).as("bin/" + name + " is bin/rhoai-krm under its name")
                    .isEqualTo(template.replace("rhoai-krm: see README.md. Runs target/dist/rhoai-krm.jar (or its native binary).",
                            name + ": see README.md. Runs target/dist/rhoai-krm.jar as " + name + " (or its native binary).")
                            .replace("rhoai_krm_launch rhoai-krm ", "rhoai_krm_launch " + name + " "));
            assertThat(Files.isExecutable(ROOT.resolve("bin/" + name))).as("bin/" + name + " is executable").isTrue();
        }
    }

    @Test
    void theStartUpCachesAndTheBenchmarkCoverEveryFunction() throws IOException {
        assertThat(all("(?m)^train ([a-z-]+) ", read("bin/build-aot-cache"))).as("bin/build-aot-cache trains")
                .containsExactlyInAnyOrderElementsOf(plus(names(), "rhoai-krm"));
        String bench = read("bench/run");
        String table = bench.substring(bench.indexOf("FUNCTIONS = {"), bench.indexOf("}", bench.indexOf("FUNCTIONS = {")));
        assertThat(all("\"([a-z-]+)\":", table)).as("bench/run FUNCTIONS").containsExactlyInAnyOrderElementsOf(names());
    }

    @Test
    void theContainerfileHasOneImagePerFunction() throws IOException {
        String containerfile = read("Containerfile");
        assertThat(all("(?m)^FROM function-base AS ([a-z-]+)$", containerfile)).as("Containerfile function targets")
                .containsExactlyInAnyOrderElementsOf(plus(names(), "runtime"));
        for (String name : names()) {
            assertThat(containerfile).as("Containerfile target " + name)
                    .contains("FROM function-base AS " + name + "\nENTRYPOINT [\"/usr/local/bin/" + name + "\"]\n");
        }
    }

    /** The launchers start the jar by its class path and main class (no -jar: see bin/launch.sh): the manifest's. */
    @Test
    void theLaunchersStartTheJarsMainClass() throws IOException {
        List<String> mainClasses = all("<mainClass>([^<]+)</mainClass>", read("functions/rhoai-krm/pom.xml"));
        assertThat(mainClasses).as("functions/rhoai-krm/pom.xml's main classes").isNotEmpty().allMatch(mainClasses.get(0)::equals);
        assertThat(all("(?m)^rhoai_krm_main=(\\S+)", read("bin/launch.sh"))).as("bin/launch.sh's main class").containsExactly(mainClasses.get(0));
        List<String> code = (read("bin/launch.sh") + read("bin/build-aot-cache")).lines()
                .filter(line -> !line.strip().startsWith("#")).toList();
        assertThat(code).as("bin/ starts the jar without -jar").noneMatch(line -> line.matches(".*-jar\\s.*"));
        List<String> runs = code.stream().filter(line -> line.contains("set --") && line.contains("\"$jar\"")).toList();
        assertThat(runs).as("the JVM runs of bin/launch.sh and bin/build-aot-cache").hasSize(3)
                .allMatch(line -> line.contains("-cp \"$jar\" $rhoai_krm_main \"$@\""));
    }

    /** The native links and the kustomize plugin home are generated from the listing: they name no function. */
    @Test
    void whatIsGeneratedFromTheListingNamesNoFunction() throws IOException {
        for (String file : List.of("functions/rhoai-krm/pom.xml", "bin/make-plugin-home", "bin/launch.sh")) {
            String text = file.endsWith("pom.xml") ? read(file).substring(read(file).indexOf("<profiles>")) : read(file);
            for (String name : names()) {
                assertThat(text).as(file + " names " + name + " (derive it from rhoai-krm functions instead)").doesNotContain(name);
            }
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> plus(List<String> names, String extra) {
        Set<String> all = new LinkedHashSet<>(names);
        all.add(extra);
        return List.copyOf(all);
    }
}
