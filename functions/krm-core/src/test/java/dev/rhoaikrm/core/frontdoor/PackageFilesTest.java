package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of a GitOps repository render and validate read (issue #22 item 2). {@code .krmignore}
 * follows kpt (kyaml kio/ignorefilesmatcher.go): gitignore patterns per package, a package's file
 * covering that package only; {@code KrmIgnoreKptIT} holds the same trees to the real kpt.
 */
class PackageFilesTest {
    static final String OBJECT = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n";

    static void write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static List<String> read(Path dir, Results skipped) {
        return PackageFiles.of(dir, Optional.empty(), skipped).stream().map(p -> dir.relativize(p).toString()).toList();
    }

    @Test
    void krmIgnorePatternsAreGitignorePatterns() {
        KrmIgnore ignore = KrmIgnore.parse("""
                # a comment
                *.bak.yaml
                /top.yaml
                docs/
                a/**/deep.yaml
                secret-*.yaml
                !secret-keep.yaml
                \\#hash.yaml
                """);
        assertThat(ignore.ignores("x.bak.yaml", false)).isTrue();
        assertThat(ignore.ignores("sub/x.bak.yaml", false)).as("a name without / matches at any depth").isTrue();
        assertThat(ignore.ignores("top.yaml", false)).isTrue();
        assertThat(ignore.ignores("sub/top.yaml", false)).as("a leading / anchors").isFalse();
        assertThat(ignore.ignores("docs", true)).isTrue();
        assertThat(ignore.ignores("docs", false)).as("a trailing / matches folders only").isFalse();
        assertThat(ignore.ignores("a/deep.yaml", false)).as("** is zero or more folders").isTrue();
        assertThat(ignore.ignores("a/b/c/deep.yaml", false)).isTrue();
        assertThat(ignore.ignores("b/a/deep.yaml", false)).as("a / in the middle anchors").isFalse();
        assertThat(ignore.ignores("secret-db.yaml", false)).isTrue();
        assertThat(ignore.ignores("secret-keep.yaml", false)).as("the last match wins; ! re-includes").isFalse();
        assertThat(ignore.ignores("#hash.yaml", false)).isTrue();
        assertThat(ignore.ignores("model.yaml", false)).isFalse();
        assertThat(KrmIgnore.parse("[ab]?.yaml").ignores("b1.yaml", false)).isTrue();
        assertThat(KrmIgnore.parse("[!ab]?.yaml").ignores("b1.yaml", false)).isFalse();
    }

    @Test
    void aPackagesKrmIgnoreCoversThatPackageOnly(@TempDir Path dir) throws Exception {
        write(dir, ".krmignore", "ignored.yaml\nsub/\nnamed-pkg/\n");
        write(dir, "kept.yaml", OBJECT);
        write(dir, "ignored.yaml", OBJECT);
        write(dir, "sub/any.yaml", OBJECT);
        // a subpackage: its own .krmignore, the parent's patterns do not reach in, but may leave it out whole
        write(dir, "later/Kptfile", "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata: {name: later}\n");
        write(dir, "later/ignored.yaml", OBJECT);
        write(dir, "later/own.yaml", OBJECT);
        write(dir, "later/.krmignore", "own.yaml\n");
        write(dir, "named-pkg/Kptfile", "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata: {name: named-pkg}\n");
        write(dir, "named-pkg/any.yaml", OBJECT);
        Results skipped = new Results();
        assertThat(read(dir, skipped)).containsExactly("kept.yaml", "later/ignored.yaml");
        assertThat(skipped.all()).as(".krmignore is asked for: nothing said").isEmpty();
    }

    @Test
    void chartsAndBuildOutputAreLeftOutAndSaidSo(@TempDir Path dir) throws Exception {
        write(dir, "pom.xml", "<project/>");
        write(dir, "target/classes/broken.yaml", "x: [\n");
        write(dir, "chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        write(dir, "chart/templates/cm.yaml", "metadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n");
        write(dir, "apps/target/kept.yaml", OBJECT); // a folder named target without a pom.xml is the user's
        write(dir, ".github/workflows/ci.yaml", "on: push\n");
        write(dir, "kustomization.yaml", "resources: []\n");
        write(dir, "cm.yaml", OBJECT);
        Results skipped = new Results();
        assertThat(read(dir, skipped)).containsExactly("apps/target/kept.yaml", "cm.yaml");
        assertThat(skipped.all()).extracting(Result::toLine).containsExactly(
                "info: chart/: left out: a Helm chart (its templates are not YAML until helm renders them; expand its intents with"
                        + " helm's --post-renderer, see README.md)",
                "info: target/: left out: Maven build output (a target folder beside a pom.xml)");
    }

    @Test
    void theRendersOwnOutputFolderIsNotReadBack(@TempDir Path dir) throws Exception {
        write(dir, "cm.yaml", OBJECT);
        write(dir, "out/cm.yaml", OBJECT);
        Results skipped = new Results();
        assertThat(PackageFiles.of(dir, Optional.of(dir.resolve("out")), skipped)).containsExactly(dir.resolve("cm.yaml"));
        assertThat(skipped.all()).extracting(Result::message).containsExactly("left out: the output folder of this render (-o)");
    }
}
