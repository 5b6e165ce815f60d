package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rhoai-krm discover's command line: what it reads, and how it fails. */
class DiscoverCommandTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: AppSetDiscovery
            metadata: {name: cluster}
            spec:
              appSets:
                - {name: apps, directories: [apps/*]}
            """;

    @Test
    void otherFilesThatAreNotYamlAreSkippedWithAWarning(@TempDir Path repo) throws IOException {
        DiscoveryCasesTest.build(repo, "apps/web/kustomization.yaml\nchart/templates/x.yaml\n");
        Files.writeString(repo.resolve("chart/templates/x.yaml"), "a: {{ .Values.x }\n");
        Files.writeString(repo.resolve("cluster.yaml"), INTENT);
        InProcess.Run run = Runs.discover(repo.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("APPLICATION  PROJECT  FROM  PATH\nweb          default  apps  apps/web\n");
        assertThat(run.stderr()).contains("warning: chart/templates/x.yaml: skipped: ");
    }

    /** What the directory reader leaves out on purpose stays info, as `rhoai-krm render` shows it: no warning for a normal repository. */
    @Test
    void whatIsLeftOutOnPurposeIsInfoNotAWarning(@TempDir Path repo) throws IOException {
        DiscoveryCasesTest.build(repo, "apps/web/kustomization.yaml\nchart/templates/x.yaml\ntarget/out.yaml\n");
        Files.writeString(repo.resolve("chart/Chart.yaml"), "apiVersion: v2\nname: chart\nversion: 0.1.0\n");
        Files.writeString(repo.resolve("chart/templates/x.yaml"), "a: {{ .Values.x }\n");
        Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
        Files.writeString(repo.resolve("target/out.yaml"), "a: {{ .Values.x }\n");
        Files.writeString(repo.resolve("apps/web/patch.yaml"), "- op: add\n  path: /metadata/labels/x\n  value: y\n");
        Files.writeString(repo.resolve("cluster.yaml"), INTENT);
        InProcess.Run run = Runs.discover(repo.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("info: chart/: left out: a Helm chart", "info: target/: left out: Maven build output",
                "info: apps/web/patch.yaml: line 1: left out: a document that is not a mapping").doesNotContain("warning", "skipped");
    }

    @Test
    void noIntentOrNoDirectoryIsAnErrorWithoutStackTrace(@TempDir Path dir) {
        InProcess.Run none = Runs.discover(dir.toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.stderr()).contains("error: no AppSetDiscovery intent (rhoai-krm.dev/v1alpha1) under " + dir);
        InProcess.Run missing = Runs.discover(dir.resolve("missing").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stdout()).isEmpty();
        assertThat(missing.stderr()).contains("not a directory").doesNotContain("Exception");
    }

    @Test
    void anInvalidIntentIsReportedByFieldPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cluster.yaml"), INTENT.replace("apps/*", "../apps/*"));
        InProcess.Run run = Runs.discover(dir.toString(), "--root", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("cluster.yaml: AppSetDiscovery/cluster: spec.appSets[0].directories[0]: \"../apps/*\" climbs out");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Runs.discover().exitCode()).isEqualTo(2);
        assertThat(Runs.discover("--help").stdout()).contains("Usage: discover", "--graph", "--root");
    }
}
