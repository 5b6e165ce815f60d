package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Determinism across locales, time zones and JDKs; no network; nothing written outside the output directory. */
class SafetyIT {
    static final Path ROOT = Golden.projectRoot();

    static Processes.Result render(Map<String, String> env, String... extra) {
        List<String> command = new ArrayList<>(List.of(Processes.launcher("rhoai-krm"), "render", "examples/model-serving"));
        command.addAll(List.of(extra));
        Processes.Result run = Processes.run(command, ROOT, env, new byte[0]);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        return run;
    }

    @Test
    void outputIsByteIdenticalAcrossLocalesTimeZonesAndJdks() {
        String reference = render(Map.of()).stdout();
        Map<String, String> turkish = new HashMap<>();
        turkish.put("JAVA_TOOL_OPTIONS", "-Duser.language=tr -Duser.country=TR -Duser.timezone=Pacific/Kiritimati -Dfile.encoding=ISO-8859-1");
        turkish.put("LANG", "tr_TR.ISO-8859-9");
        turkish.put("TZ", "Asia/Kathmandu");
        assertThat(render(turkish).stdout()).isEqualTo(reference);
        Path jdk25 = Path.of(System.getenv().getOrDefault("RHOAI_KRM_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (Files.isDirectory(jdk25)) {
            assertThat(render(Map.of("JAVA_HOME", jdk25.toString())).stdout()).as("JDK 25").isEqualTo(reference);
        }
    }

    @Test
    void noHttpClientIsShipped() throws IOException {
        for (String jar : List.of("rhoai-krm.jar")) {
            try (JarFile file = new JarFile(ROOT.resolve("target/dist").resolve(jar).toFile())) {
                assertThat(file.stream().map(e -> e.getName()))
                        .noneMatch(n -> n.startsWith("okhttp3/") || n.startsWith("org/apache/http") || n.startsWith("io/vertx/")
                                || n.startsWith("io/netty/") || n.startsWith("org/eclipse/jetty/") || n.startsWith("io/fabric8/kubernetes/client/"));
            }
        }
    }

    @Test
    void noSocketIsConnectedOrBound(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed: the socket trace is skipped");
        Path trace = tmp.resolve("trace.txt");
        Processes.Result run = Processes.run(List.of("/usr/bin/strace", "-f", "-qq", "-e", "trace=connect,bind,sendto,sendmsg",
                "-o", trace.toString(), Processes.launcher("rhoai-krm"), "render", "examples/model-serving"), ROOT);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        // the C library asks nscd over a Unix socket for the user name; no internet socket is ever used
        assertThat(Files.readAllLines(trace)).noneMatch(l -> l.contains("AF_INET"));
    }

    @Test
    void itWorksWithoutANetwork() {
        Processes.Result check = Processes.run(List.of("unshare", "--net", "true"), ROOT);
        assumeTrue(check.exitCode() == 0, "unshare --net is not permitted here: skipped");
        Processes.Result run = Processes.run(List.of("unshare", "--net", Processes.launcher("rhoai-krm"), "render", "examples/model-serving"), ROOT);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).isEqualTo(render(Map.of()).stdout());
    }

    @Test
    void nothingIsWrittenOutsideTheOutputDirectory(@TempDir Path tmp) throws IOException {
        Path pkg = tmp.resolve("pkg");
        E2e.copyTree(ROOT.resolve("examples/model-serving/gpt-oss-120b"), pkg);
        Path out = tmp.resolve("out");
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "render", pkg.toString(), "-o", out.toString()), tmp);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pkg", "out");
        }
        // an intent asking for files outside the package is refused, and nothing is written
        Files.writeString(pkg.resolve("model.yaml"), Files.readString(pkg.resolve("model.yaml"))
                .replace("config.kubernetes.io/local-config: \"true\"", "config.kubernetes.io/local-config: \"true\"\n    rhoai-krm.dev/output-dir: ../../escape"));
        Path out2 = tmp.resolve("out2");
        Processes.Result escape = Processes.run(List.of(Processes.launcher("rhoai-krm"), "render", pkg.toString(), "-o", out2.toString()), tmp);
        assertThat(escape.exitCode()).isEqualTo(1);
        assertThat(escape.stderr()).contains("rhoai-krm.dev/output-dir", "relative path inside the package");
        assertThat(out2).doesNotExist();
        assertThat(tmp.resolve("escape")).doesNotExist();
    }

    /**
     * Every file the process and its launcher open for writing, create, rename or delete is under
     * the output directory, as strace sees it: nothing in /tmp (the JVM's hsperfdata is off), the
     * home directory or the package.
     */
    @Test
    void theProcessWritesOnlyUnderTheOutputDirectory(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed: the file trace is skipped");
        Path pkg = tmp.resolve("pkg");
        E2e.copyTree(ROOT.resolve("examples/model-serving/gpt-oss-120b"), pkg);
        Path out = tmp.resolve("out");
        Path trace = tmp.resolve("trace.txt");
        Processes.Result run = Processes.run(List.of("/usr/bin/strace", "-f", "-qq", "-e",
                "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,link,symlink",
                "-o", trace.toString(), Processes.launcher("rhoai-krm"), "render", pkg.toString(), "-o", out.toString()), ROOT);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        List<String> writes = Files.readAllLines(trace).stream()
                .filter(l -> !l.contains("= -1 "))
                .filter(l -> l.contains("O_WRONLY") || l.contains("O_RDWR") || l.contains("O_CREAT")
                        || l.matches("^\\d+ +(creat|mkdir|rename|unlink|rmdir|link|symlink).*"))
                .toList();
        assertThat(writes).as("the trace saw the files written").anyMatch(l -> l.contains(out.toString()));
        assertThat(writes).allMatch(l -> l.contains("\"" + out) || l.contains("\"/dev/null\"") || l.contains("\"/proc/self/"),
                "a write under " + out + ", /dev/null or /proc/self");
    }
}
