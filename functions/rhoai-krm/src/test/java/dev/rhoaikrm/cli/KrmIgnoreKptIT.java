package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rhoai-krm render reads the files kpt reads: the real {@code kpt fn source} is the oracle for .krmignore (issue #22 item 2). */
class KrmIgnoreKptIT {
    static final String OBJECT = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: %s}\n";

    @Test
    void renderReadsTheFilesKptReads(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(ReadmeCommandsIT.onPath("kpt"), "no kpt on PATH: .krmignore is not compared with kpt's");
        Path pkg = Files.createDirectories(tmp.resolve("pkg"));
        Files.writeString(pkg.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata: {name: pkg}\n");
        Files.writeString(pkg.resolve(".krmignore"), "# patterns\n*.bak.yaml\n/top-only.yaml\ndocs/\nsecret-*.yaml\n!secret-keep.yaml\nsub/\n");
        int n = 0;
        for (String file : List.of("kept.yaml", "x.bak.yaml", "b/x.bak.yaml", "top-only.yaml", "b/top-only.yaml", "docs/d.yaml",
                "secret-db.yaml", "secret-keep.yaml", "sub/s.yaml",
                "sub/pkg-file.yaml")) {
            Path p = pkg.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, OBJECT.formatted("cm" + n++));
        }
        // a subpackage its parent names is left out whole; another has its own .krmignore, and only that
        Path named = Files.createDirectories(pkg.resolve("docs-pkg"));
        Files.writeString(named.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata: {name: docs-pkg}\n");
        Files.writeString(named.resolve("any.yaml"), OBJECT.formatted("any"));
        Path subpkg = Files.createDirectories(pkg.resolve("keep-pkg"));
        Files.writeString(pkg.resolve(".krmignore"), Files.readString(pkg.resolve(".krmignore")) + "docs-pkg/\n");
        Files.writeString(subpkg.resolve("Kptfile"), "apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata: {name: keep-pkg}\n");
        Files.writeString(subpkg.resolve(".krmignore"), "own.yaml\n");
        Files.writeString(subpkg.resolve("own.yaml"), OBJECT.formatted("own"));
        Files.writeString(subpkg.resolve("x.bak.yaml"), OBJECT.formatted("bak-in-subpackage"));

        Processes.Result kpt = Processes.run(List.of("kpt", "fn", "source", pkg.toString()), tmp);
        assertThat(kpt.exitCode()).as(kpt.describe()).isZero();
        // kpt writes the annotations in flow or block style: config.kubernetes.io/path: 'a.yaml'
        TreeSet<String> kptFiles = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![.\\w])config\\.kubernetes\\.io/path: '?([^',}\\n]+)").matcher(kpt.stdout());
        while (m.find()) {
            kptFiles.add(m.group(1));
        }
        kptFiles.removeIf(f -> f.endsWith("Kptfile"));

        Path out = tmp.resolve("out");
        Processes.Result render = Processes.run(List.of(Processes.launcher("rhoai-krm"), "render", pkg.toString(), "-o", out.toString()),
                tmp, Map.of(), new byte[0]);
        assertThat(render.exitCode()).as(render.describe()).isZero();
        TreeSet<String> ours = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).forEach(p -> ours.add(out.relativize(p).toString()));
        }
        assertThat(kptFiles).as("kpt's own reading").contains("kept.yaml", "keep-pkg/x.bak.yaml").doesNotContain("x.bak.yaml");
        assertThat(ours).isEqualTo(kptFiles);
    }
}
