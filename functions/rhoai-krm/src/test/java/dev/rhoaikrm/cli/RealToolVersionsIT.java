package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Helm and kustomize examples' READMEs say which versions their commands were tested with (a
 * line starting "Tested with"), and the end-to-end tests run exactly those: when a tool's version
 * changes, this fails until someone has re-read the README against the new version and updated the
 * line. The CMP image's kustomize (Containerfile) is the one tested.
 */
class RealToolVersionsIT {
    private static final Pattern TOOL_VERSION = Pattern.compile("\\b(Helm|kustomize|kubectl) (v\\d+\\.\\d+\\.\\d+)\\b");

    static Set<String> helms() {
        Set<String> versions = new TreeSet<>(RealTools.versions(RealTools.HELM3.path()));
        versions.addAll(RealTools.versions(RealTools.HELM4.path()));
        return versions;
    }

    /** kubectl v1.35.2 of the real tools and the kubectl on PATH, each with its kustomize. */
    static Set<String> kustomizes() {
        Set<String> versions = new TreeSet<>(RealTools.versions(RealTools.KUBECTL.path()));
        versions.addAll(RealTools.versions(Processes.requireTool("kubectl")));
        return versions;
    }

    static void holds(String readme, Supplier<Set<String>> tools) {
        Path file = Golden.projectRoot().resolve(readme);
        List<String> lines = Yamls.read(file).lines().filter(l -> l.startsWith("Tested with")).toList();
        assertThat(lines).as("%s has a line starting \"Tested with\"", readme).hasSize(1);
        Set<String> stated = new TreeSet<>();
        Matcher m = TOOL_VERSION.matcher(lines.get(0));
        while (m.find()) {
            stated.add(m.group(1) + " " + m.group(2));
        }
        assertThat(tools.get()).as("the versions here: re-read %s with them, then update its \"Tested with\" line", readme)
                .isEqualTo(stated);
    }

    @Test
    void theHelmReadmesNameTheHelmsTested() {
        holds("kustomize-examples/helm-post-renderer/README.md", RealToolVersionsIT::helms);
        holds("deploy/helm-postrenderer/README.md", RealToolVersionsIT::helms);
    }

    @Test
    void theKustomizeReadmesNameTheKustomizesTested() {
        holds("kustomize-examples/rhoai-platform/README.md", RealToolVersionsIT::kustomizes);
        holds("deploy/argocd-cmp/README.md", RealToolVersionsIT::kustomizes);
    }

    @Test
    void theCmpImagePinsTheKustomizeTested() {
        List<String> kubectl = RealTools.versions(RealTools.KUBECTL.path());
        String pinned = Yamls.read(Golden.projectRoot().resolve("Containerfile")).lines()
                .filter(l -> l.startsWith("ARG KUSTOMIZE_VERSION=")).findFirst().orElseThrow().substring("ARG KUSTOMIZE_VERSION=".length());
        assertThat(kubectl).as("Kustomize571IT and Kustomize571AttackIT test the CMP image's kustomize").contains("kustomize v" + pinned);
    }
}
