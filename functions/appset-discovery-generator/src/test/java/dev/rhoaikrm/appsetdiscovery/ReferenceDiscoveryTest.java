package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code rhoai-krm discover} on the reference repository lists exactly the Applications ArgoCD
 * would create from its hand-written ApplicationSets and Applications. The list is a golden file
 * (examples/appset-discovery/rhoai-deploy-gitops/.expected/applications.txt, with the Mermaid
 * graph beside it), and is checked against a second, independent reading of the reference: its
 * ApplicationSet files parsed, its tree walked with java.nio globs, its Application files read.
 * Skipped with a message when ../shared is absent.
 */
class ReferenceDiscoveryTest {
    static final Path EXAMPLE = ExamplesGoldenTest.EXAMPLES.resolve("rhoai-deploy-gitops");

    @Test
    void discoverListsWhatArgoCdWouldCreate() throws IOException {
        Path ref = ReferenceParityTest.reference();
        InProcess.Run run = Runs.discover(EXAMPLE.toString(), "--root", ref.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).as("the reference tree gives no warning").isEmpty();
        Golden.assertMatches(EXAMPLE.resolve(".expected/applications.txt"), run.stdout());

        Set<String> listed = new TreeSet<>();
        run.stdout().lines().skip(1).forEach(l -> {
            String[] cols = l.trim().split("\\s+");
            listed.add(cols[0] + " " + cols[3]);
        });
        assertThat(listed).hasSize(23).isEqualTo(independentReading(ref));
    }

    @Test
    void theGraphForTheDocs() {
        Path ref = ReferenceParityTest.reference();
        InProcess.Run run = Runs.discover(EXAMPLE.toString(), "--root", ref.toString(), "--graph");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Golden.assertMatches(EXAMPLE.resolve(".expected/graph.mmd"), run.stdout());
        assertThat(run.stdout()).startsWith("flowchart LR\n").contains("b0 --> s0", "s3 --> a");
    }

    @Test
    void asInfoResultsOfTheFunctionInTheReferenceTree() {
        Path ref = ReferenceParityTest.reference();
        String intent = readExample().replace("spec:\n", "spec:\n  discover: true\n");
        InProcess.Run run = Runs.stdin(intent, Map.of(), ref);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("spec.discover: 23 Application(s) would exist: 1 bootstrap, 2 explicit, 20 from 4 ApplicationSet(s)",
                "spec.appSets[2]: Application model-gpt-oss-120b (project usecases, path usecases/models/gpt-oss-120b/profiles/tier1-minimal)"
                        + " from ApplicationSet cluster-models");
        assertThat(run.stderr().lines().filter(l -> l.contains(": info: ") && l.contains(": Application ")).count()).isEqualTo(23);
        // a preview: the output is the same objects as without discovery
        assertThat(run.stdout()).isEqualTo(Runs.stdin(readExample(), Map.of(), ref).stdout());
    }

    private static String readExample() {
        try {
            return Files.readString(EXAMPLE.resolve("cluster.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "name path" of every Application, computed from the reference's own ArgoCD files. */
    @SuppressWarnings("unchecked")
    static Set<String> independentReading(Path ref) throws IOException {
        Set<String> out = new TreeSet<>();
        List<String> dirs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ref)) {
            walk.filter(Files::isDirectory).map(p -> ref.relativize(p).toString())
                    .filter(p -> !p.isEmpty() && Stream.of(p.split("/")).noneMatch(s -> s.startsWith(".")))
                    .forEach(dirs::add);
        }
        try (Stream<Path> sets = Files.list(ref.resolve("components/argocd/apps"))) {
            for (Path file : sets.filter(p -> p.toString().endsWith("-appset.yaml")).toList()) {
                Map<String, Object> set = ReferenceParityTest.load(Files.readString(file)).get(0);
                Map<String, Object> spec = (Map<String, Object>) set.get("spec");
                Map<String, Object> git = (Map<String, Object>) ((List<Map<String, Object>>) spec.get("generators")).get(0).get("git");
                List<PathMatcher> include = new ArrayList<>();
                List<PathMatcher> exclude = new ArrayList<>();
                for (Map<String, Object> d : (List<Map<String, Object>>) git.get("directories")) {
                    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + d.get("path"));
                    (Boolean.TRUE.equals(d.get("exclude")) ? exclude : include).add(m);
                }
                String template = (String) ((Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("metadata")).get("name");
                for (String dir : dirs) {
                    Path p = Path.of(dir);
                    if (include.stream().anyMatch(m -> m.matches(p)) && exclude.stream().noneMatch(m -> m.matches(p))) {
                        out.add(name(template, dir) + " " + dir);
                    }
                }
            }
        }
        try (Stream<Path> apps = Files.list(ref.resolve("clusters/overlays/dev"))) {
            for (Path file : apps.filter(p -> p.toString().endsWith("-app.yaml")).toList()) {
                Map<String, Object> app = ReferenceParityTest.load(Files.readString(file)).get(0);
                Map<String, Object> source = (Map<String, Object>) ((Map<String, Object>) app.get("spec")).get("source");
                out.add(((Map<String, Object>) app.get("metadata")).get("name") + " " + source.get("path"));
            }
        }
        return out;
    }

    private static String name(String template, String dir) {
        String[] segments = dir.split("/");
        String name = template.replace("{{ .path.basename }}", segments[segments.length - 1]);
        Matcher m = Pattern.compile("\\{\\{ index \\.path\\.segments (\\d+) }}").matcher(name);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, segments[Integer.parseInt(m.group(1))]);
        }
        m.appendTail(b);
        return b.toString();
    }
}
