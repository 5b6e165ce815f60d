package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ```sh} block of every README runs in a fresh copy of the repository (issue #22
 * item 4): the tracked files only, as a clone has them, committed to a new git repository, with the
 * jar of this build in target/dist as if the reader had run the README's build command.
 *
 * <p>How a block runs: with bash -e -o pipefail, from the repository's top folder (or from its
 * README's folder when it names {@code ../bin/} without a {@code cd} of its own), after the
 * {@code export} lines of the README's earlier blocks; {@code /tmp/} in a block is a temporary
 * folder of this test and HOME an empty one, so nothing outside is written. {@code mvn} stands for
 * the build already made (running the whole build inside the build would take as long again).
 * After each README the copy is reset ({@code git checkout . && git clean -fd}).
 *
 * <p>{@code helm} is the real Helm of ../shared/tools/real-tools ({@link RealTools}: HELM3, else its
 * cache), first on the block's PATH: Helm 3, or Helm 4 for a block whose first line is a
 * {@code # Helm 4} comment (a post-renderer plugin is Helm 4's only). Under CI=true it is required;
 * elsewhere a helm already on PATH stands in when it is not installed.
 *
 * <p>Skipped, with the reason shown: a block that needs a cluster or a registry ({@code oc},
 * {@code helm install}, {@code podman push}), a tool that is not on PATH, or the reader's own
 * repository (the import walkthrough).
 */
class ReadmeCommandsIT {
    static final Path ROOT = Golden.projectRoot();
    private static final Pattern BLOCK = Pattern.compile("(?m)^```(?:sh|bash|shell)\\n(.*?)^```$", Pattern.DOTALL);
    /** What a block needs beyond this machine, and the reason shown when it is skipped. */
    private static final Map<Pattern, String> NEEDS = new LinkedHashMap<>();
    private static final List<String> TOOLS = List.of("helm", "podman", "oc", "kpt", "kubectl", "kustomize", "git");
    private static final Pattern HELM4_BLOCK = Pattern.compile("\\A# Helm 4\\b");
    private static final boolean CI = "true".equals(System.getenv("CI"));

    static {
        NEEDS.put(Pattern.compile("(?m)(^|[\\s|;&(])(oc|helm install|kubectl apply|podman push)\\s"), "needs an OpenShift cluster or a registry");
        NEEDS.put(Pattern.compile("~/src/"), "a walkthrough for the reader's own repository");
    }

    static Path copy;
    static Path scratch;

    @BeforeAll
    static void freshCopy() throws Exception {
        Path jar = ROOT.resolve("target/dist/rhoai-krm.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no target/dist/rhoai-krm.jar: run mvn package first");
        Assumptions.assumeTrue(onPath("git"), "no git on PATH: the fresh copy is a git repository");
        scratch = Files.createTempDirectory("readme-commands-");
        copy = Files.createDirectories(scratch.resolve("rhoai-krm"));
        Processes.Result files = git(ROOT, "ls-files", "-z");
        for (String file : files.stdout().split("\0")) {
            Path from = ROOT.resolve(file);
            if (file.isEmpty() || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                continue; // deleted in the working tree
            }
            Path to = copy.resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(from, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        }
        git(copy, "init", "-q");
        git(copy, "add", "-A");
        git(copy, "-c", "user.name=readme", "-c", "user.email=readme@example.com", "commit", "-qm", "fresh clone");
        Files.createDirectories(copy.resolve("target/dist"));
        Files.copy(jar, copy.resolve("target/dist/rhoai-krm.jar"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (scratch != null) {
            try (Stream<Path> walk = Files.walk(scratch)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @TestFactory
    List<DynamicNode> everyReadmeShellBlockRunsInAFreshClone() throws Exception {
        List<DynamicNode> readmes = new ArrayList<>();
        for (String readme : git(copy, "ls-files", "*README.md").stdout().lines().sorted().toList()) {
            List<String> blocks = blocks(Files.readString(copy.resolve(readme)));
            if (blocks.isEmpty()) {
                continue;
            }
            List<DynamicTest> tests = new ArrayList<>();
            List<String> exports = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                String block = blocks.get(i);
                List<String> earlier = List.copyOf(exports);
                boolean last = i == blocks.size() - 1;
                tests.add(DynamicTest.dynamicTest("block " + (i + 1) + ": " + block.lines().filter(l -> !l.startsWith("#")).findFirst().orElse(""),
                        () -> {
                            try {
                                run(readme, block, earlier);
                            } finally {
                                if (last) {
                                    reset();
                                }
                            }
                        }));
                block.lines().filter(l -> l.startsWith("export ")).forEach(exports::add);
            }
            readmes.add(DynamicContainer.dynamicContainer(readme, tests));
        }
        assertThat(readmes).as("READMEs with shell blocks").isNotEmpty();
        return readmes;
    }

    static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static void run(String readme, String block, List<String> exports) throws Exception {
        for (Map.Entry<Pattern, String> need : NEEDS.entrySet()) {
            Assumptions.assumeFalse(need.getKey().matcher(block.replaceAll("(?m)(^|\\s)#.*$", "")).find(), need.getValue());
        }
        // the commands, without comments (which name tools in passing) and kubectl's own kustomize
        String commands = block.replaceAll("(?m)(^|\\s)#.*$", "").replace("kubectl kustomize", "kubectl");
        String path = System.getenv().getOrDefault("PATH", "");
        if (uses(commands, "helm")) {
            path = realHelmFirst(block, path);
        }
        for (String tool : TOOLS) {
            Assumptions.assumeFalse(uses(commands, tool) && !onPath(tool, path), "needs " + tool + ", not on PATH");
        }
        Path readmeDir = copy.resolve(readme).getParent();
        boolean inItsFolder = block.contains("../bin/") && !Pattern.compile("(?m)^cd ").matcher(block).find();
        Path tmp = Files.createTempDirectory(scratch, "tmp-");
        Path home = Files.createTempDirectory(scratch, "home-");
        Files.createDirectories(home.resolve(".local/bin"));
        String script = "unset KUSTOMIZE_PLUGIN_HOME\nmvn() { echo \"[readme test] mvn $*: stands for the build already made (target/dist)\" >&2; }\n"
                + String.join("\n", exports) + "\n" + block.replace("/tmp/", tmp + "/");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", home.toString());
        env.put("TMPDIR", tmp.toString());
        env.put("PATH", home.resolve(".local/bin") + ":" + path);
        Processes.Result result = Processes.run(List.of("bash", "-e", "-o", "pipefail", "-c", script),
                inItsFolder ? readmeDir : copy, env, new byte[0]);
        assertThat(result.exitCode()).as("%s, in %s:\n%s\n%s", readme, inItsFolder ? "its folder" : "the top folder", block,
                result.describe()).isZero();
    }

    private static boolean uses(String commands, String tool) {
        return Pattern.compile("(?m)(^|[\\s|;&(])" + tool + "\\s").matcher(commands).find();
    }

    /** {@code path} with the real Helm (see the class comment) first as {@code helm}; skips or fails (CI) without one. */
    private static String realHelmFirst(String block, String path) throws IOException {
        RealTools helm = HELM4_BLOCK.matcher(block).lookingAt() ? RealTools.HELM4 : RealTools.HELM3;
        if (!helm.installed() && !CI && onPath("helm", path)) {
            return path;
        }
        Path bin = Files.createDirectories(scratch.resolve("real-" + helm.name().toLowerCase()));
        if (!Files.exists(bin.resolve("helm"), LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(bin.resolve("helm"), Path.of(helm.path()));
        }
        return bin + ":" + path;
    }

    private static void reset() {
        git(copy, "checkout", "-q", ".");
        git(copy, "clean", "-fdq");
    }

    private static Processes.Result git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Processes.Result r = Processes.run(command, dir, System.getenv(), new byte[0]);
        assertThat(r.exitCode()).as(r.describe()).isZero();
        return r;
    }

    static boolean onPath(String tool) {
        return onPath(tool, System.getenv().getOrDefault("PATH", ""));
    }

    private static boolean onPath(String tool, String path) {
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
