package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15's attack on `rhoai-krm cmp-generate` (kustomize runs a legacy exec plugin whose path it
 * builds from a generator's apiVersion and kind, `..` included: sigs.k8s.io/kustomize
 * api/internal/plugins/loader/loader.go) with the kustomize the CMP image pins, v5.7.1 (kubectl
 * v1.35.2 of ../shared/tools/real-tools). Every fixture of src/test/resources/attacks/ (format in
 * its README) must be refused with this kustomize as with the kubectl on PATH; so must the payload
 * below, which prints the sidecar's environment as a ConfigMap.
 */
class Kustomize571AttackIT {
    /**
     * The fix (cmp-generate checks every generator and transformer before kustomize runs) is on the
     * security branch. Until it is merged, {@link #cmpGenerateRefusesThePayload} is expected to FAIL
     * and passes only while it does; set this to true when it is merged.
     */
    static final boolean SECURITY_FIX_MERGED = false;

    static final Path ATTACKS = Golden.projectRoot().resolve("functions/rhoai-krm/src/test/resources/attacks");
    static final String SECRET = "s3cr3t-from-the-sidecar";
    /** kustomize runs /bin/sh on the generator's YAML: `leak: |` pipes into the next line, which prints the environment. */
    static final String PAYLOAD = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: ../../../../../../../../../../../../../../../../bin/sh
            metadata:
              name: payload
              annotations:
                leak: |
                  printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: leaked-environment\\ndata:\\n'; env | grep -E '^[A-Za-z_][A-Za-z0-9_]*=' | sed -e 's/\\\\/\\\\\\\\/g' -e 's/"/\\\\"/g' -e 's/^\\([^=]*\\)=\\(.*\\)$/  \\1: "\\2"/'; exit 0
            """;

    static Path payloadRepository(Path tmp) {
        Path repo = tmp.resolve("repo");
        Trees.build(repo, "");
        E2e.write(repo.resolve("app/kustomization.yaml"), "generators: [gen.yaml]\n");
        E2e.write(repo.resolve("app/gen.yaml"), PAYLOAD);
        return repo;
    }

    /** The CMP sidecar's environment, with a secret in it, and kustomize v5.7.1 as cmp-generate's kustomize. */
    static Map<String, String> sidecar(Path tmp, String app) {
        Map<String, String> env = new HashMap<>(CmpGenerateIT.argocdEnvironment());
        env.put("ARGOCD_APP_SOURCE_PATH", app);
        env.put("ARGOCD_ENV_TOKEN", SECRET);
        env.put("RHOAI_KRM_KUSTOMIZE", RealTools.KUBECTL.path() + " kustomize");
        env.put("KUSTOMIZE_PLUGIN_HOME", E2e.pluginHome(tmp.resolve("plugins")).toString());
        return env;
    }

    static Processes.Result cmpGenerate(Path appDir, Map<String, String> env) {
        return Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), appDir, env, new byte[0]);
    }

    /** The payload is real: kustomize v5.7.1 alone runs /bin/sh on it and prints the environment. */
    @Test
    void thePayloadRunsUnderPlainKustomize571(@TempDir Path tmp) {
        Path app = payloadRepository(tmp).resolve("app");
        Map<String, String> env = sidecar(tmp, "app");
        Processes.Result run = Processes.run(List.of(RealTools.KUBECTL.path(), "kustomize", "--enable-alpha-plugins", "."), app, env,
                new byte[0]);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("name: leaked-environment", "ARGOCD_ENV_TOKEN: " + SECRET);
    }

    @Test
    void cmpGenerateRefusesThePayload(@TempDir Path tmp) {
        Path app = payloadRepository(tmp).resolve("app");
        Map<String, String> env = sidecar(tmp, "app");
        expectedToFailUntilTheSecurityFixIsMerged(() -> {
            Processes.Result run = cmpGenerate(app, env);
            assertThat(run.stdout()).as("nothing of the sidecar leaks").doesNotContain(SECRET).isEmpty();
            assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
            assertThat(run.stderr()).contains("app/gen.yaml").doesNotContain("\tat ");
        });
    }

    /** Every attack fixture, as AttackKustomizeIT (security branch) runs them with the kubectl on PATH, with kustomize v5.7.1. */
    @TestFactory
    Stream<DynamicTest> everyAttackFixtureIsRefusedWithKustomize571(@TempDir Path tmp) throws IOException {
        if (!Files.isDirectory(ATTACKS)) {
            return Stream.of(DynamicTest.dynamicTest("no fixtures", () -> assumeTrue(false,
                    ATTACKS + " is absent on this branch (issue #15's attack fixtures): only the payload above runs")));
        }
        try (Stream<Path> dirs = Files.list(ATTACKS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expect.yaml"))).sorted().toList().stream()
                    .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> refused(d, tmp.resolve(d.getFileName().toString()))));
        }
    }

    @SuppressWarnings("unchecked")
    private static void refused(Path fixture, Path tmp) throws IOException {
        Map<String, Object> expect = Yamls.load(Yamls.read(fixture.resolve("expect.yaml"))).get(0);
        String app = String.valueOf(expect.getOrDefault("app", "app"));
        Path repo = layOut(fixture, tmp, (List<String>) expect.getOrDefault("executable", List.of()));
        Processes.Result run = cmpGenerate(repo.resolve(app), sidecar(tmp, app));
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        try (Stream<Path> walk = Files.walk(tmp)) {
            assertThat(walk.filter(p -> p.getFileName().toString().equals("pwned")).toList()).as("what a payload that ran left").isEmpty();
        }
        for (Map<String, Object> error : (List<Map<String, Object>>) expect.getOrDefault("errors", List.of())) {
            assertThat(run.stderr()).contains(String.valueOf(error.get("file")), String.valueOf(error.get("message")));
        }
    }

    /** The repository of a fixture under {@code tmp}/repo: its files with @REPO@ replaced, tree.txt's links, executables. */
    private static Path layOut(Path fixture, Path tmp, List<String> executable) throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo")).toRealPath();
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = fixture.relativize(p).toString();
                if (!relative.equals("expect.yaml") && !relative.equals("tree.txt")) {
                    E2e.write(repo.resolve(relative), Files.readString(p).replace("@REPO@", repo.toString()));
                }
            }
        }
        Path tree = fixture.resolve("tree.txt");
        Trees.build(repo, Files.exists(tree) ? Files.readString(tree) : "");
        for (String x : executable) {
            Files.setPosixFilePermissions(repo.resolve(x), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return repo;
    }

    /** Runs {@code check}; until {@link #SECURITY_FIX_MERGED}, passes only when it fails (and says so when it no longer does). */
    static void expectedToFailUntilTheSecurityFixIsMerged(Runnable check) {
        if (SECURITY_FIX_MERGED) {
            check.run();
            return;
        }
        try {
            check.run();
        } catch (AssertionError expected) {
            System.out.println("Kustomize571AttackIT: fails as expected until the security fix (issue #15) is merged: "
                    + expected.getMessage().lines().findFirst().orElse(""));
            return;
        }
        fail("cmp-generate now refuses the payload: set Kustomize571AttackIT.SECURITY_FIX_MERGED = true");
    }
}
