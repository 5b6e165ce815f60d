package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Processes;
import dev.rhoaikrm.testsupport.Trees;
import java.nio.file.Path;
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

    /** cmp-generate checks every generator and transformer before kustomize runs (KustomizationCheck). */
    @Test
    void cmpGenerateRefusesThePayload(@TempDir Path tmp) {
        Path app = payloadRepository(tmp).resolve("app");
        Processes.Result run = cmpGenerate(app, sidecar(tmp, "app"));
        assertThat(run.stdout()).as("nothing of the sidecar leaks").doesNotContain(SECRET).isEmpty();
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stderr()).contains("app/gen.yaml").doesNotContain("\tat ");
    }

    /**
     * Every attack fixture (read by {@link AttackCase}, as AttackKustomizeIT reads them for the kubectl
     * on PATH), with kustomize v5.7.1: each demonstrable payload runs under plain kustomize with our
     * plugin home, as cmp-generate ran it before the fix; cmp-generate refuses every one, naming file
     * and field, and nothing runs.
     */
    @TestFactory
    Stream<DynamicTest> everyAttackFixtureIsRefusedWithKustomize571(@TempDir Path tmp) {
        return AttackCase.all().stream().map(attack -> DynamicTest.dynamicTest(attack.name(), () -> {
            if (attack.demonstrate()) {
                demonstrated(attack, tmp.resolve(attack.name() + "-plain"));
            }
            refused(attack, tmp.resolve(attack.name()));
        }));
    }

    private static void demonstrated(AttackCase attack, Path tmp) {
        Path repo = attack.layOut(tmp);
        Processes.Result run = Processes.run(List.of(RealTools.KUBECTL.path(), "kustomize", "--enable-alpha-plugins", "."),
                repo.resolve(attack.app()), Map.of("KUSTOMIZE_PLUGIN_HOME", E2e.pluginHome(tmp.resolve("plugins")).toString()),
                new byte[0]);
        assertThat(AttackCase.marks(tmp)).as("the payload ran under plain kustomize v5.7.1: " + attack.about() + "\n"
                + run.describe()).isNotEmpty();
    }

    private static void refused(AttackCase attack, Path tmp) {
        Path repo = attack.layOut(tmp);
        Processes.Result run = cmpGenerate(repo.resolve(attack.app()), sidecar(tmp, attack.app()));
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(AttackCase.marks(tmp)).as("what a payload that ran left: " + run.describe()).isEmpty();
        for (AttackCase.Expected e : attack.errors()) {
            assertThat(run.stderr().lines().filter(l -> l.startsWith("rhoai-krm: " + e.line())))
                    .as(run.describe()).anyMatch(l -> l.contains(e.message()));
        }
        assertThat(run.stderr()).contains("kustomize was not run").doesNotContain("\tat ");
    }
}
