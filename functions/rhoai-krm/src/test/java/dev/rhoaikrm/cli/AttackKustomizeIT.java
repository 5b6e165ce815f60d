package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attacks of src/test/resources/attacks/ against the built binary and a real kustomize
 * (kubectl kustomize, or RHOAI_KRM_TEST_KUSTOMIZE such as "kustomize build"): each demonstrable
 * payload first runs under plain kustomize with our plugin home, as cmp-generate ran it before the
 * check; cmp-generate then refuses every one, naming file and field, and nothing runs. Our own
 * plugins still run, through a base and a component, with the image's plugin home or the one
 * cmp-generate makes itself.
 */
class AttackKustomizeIT {
    static List<AttackCase> cases() {
        return AttackCase.all();
    }

    static List<AttackCase> demonstrable() {
        return AttackCase.all().stream().filter(AttackCase::demonstrate).toList();
    }

    /** The kustomize command under test, as cmp-generate takes it from RHOAI_KRM_KUSTOMIZE. */
    static List<String> kustomize() {
        String chosen = System.getenv("RHOAI_KRM_TEST_KUSTOMIZE");
        if (chosen != null && !chosen.isBlank()) {
            return Arrays.asList(chosen.trim().split("\\s+"));
        }
        return List.of(Processes.requireTool("kubectl"), "kustomize");
    }

    static Map<String, String> argocd(AttackCase attack) {
        Map<String, String> env = new HashMap<>(CmpGenerateIT.argocdEnvironment());
        env.put("ARGOCD_APP_SOURCE_PATH", attack.app());
        env.put("RHOAI_KRM_KUSTOMIZE", String.join(" ", kustomize()));
        return env;
    }

    /** The environment of {@link #application}'s ArgoCD Application. */
    static Map<String, String> applicationEnvironment() {
        Map<String, String> env = new HashMap<>(CmpGenerateIT.argocdEnvironment());
        env.put("ARGOCD_APP_SOURCE_PATH", "app");
        env.put("RHOAI_KRM_KUSTOMIZE", String.join(" ", kustomize()));
        return env;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demonstrable")
    void thePayloadRunsUnderPlainKustomize(AttackCase attack, @TempDir Path tmp) {
        List<String> command = new ArrayList<>(kustomize());
        Path home = E2e.pluginHome(tmp.resolve("plugins"));
        Path repo = attack.layOut(tmp);
        command.addAll(List.of("--enable-alpha-plugins", "."));
        Processes.Result run = Processes.run(command, repo.resolve(attack.app()), Map.of("KUSTOMIZE_PLUGIN_HOME", home.toString()), new byte[0]);
        assertThat(AttackCase.marks(tmp)).as("the payload ran: " + attack.about() + "\n" + run.describe()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cmpGenerateRefusesIt(AttackCase attack, @TempDir Path tmp) {
        Path home = E2e.pluginHome(tmp.resolve("plugins"));
        Path repo = attack.layOut(tmp);
        Map<String, String> env = argocd(attack);
        env.put("KUSTOMIZE_PLUGIN_HOME", home.toString());
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), repo.resolve(attack.app()), env,
                new byte[0]);
        assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(AttackCase.marks(tmp)).as(run.describe()).isEmpty();
        for (AttackCase.Expected e : attack.errors()) {
            assertThat(run.stderr().lines().filter(l -> l.startsWith("rhoai-krm: " + e.line())))
                    .as(run.describe()).anyMatch(l -> l.contains(e.message()));
        }
        assertThat(run.stderr()).contains("kustomize was not run").doesNotContain("\tat ");
    }

    /** An application whose intents come through a base and a component: built with our plugins. */
    static Path application(Path repo) {
        Path models = Golden.projectRoot().resolve("examples/model-serving");
        E2e.copyTree(models.resolve("gpt-oss-120b"), repo.resolve("base"));
        E2e.write(repo.resolve("base/kustomization.yaml"), "resources:\n  - ../shared\ngenerators:\n  - model.yaml\n");
        E2e.write(repo.resolve("shared/kustomization.yaml"), "resources:\n  - namespace.yaml\n");
        E2e.write(repo.resolve("shared/namespace.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared}\n");
        E2e.write(repo.resolve("labels/kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n"
                + "labels:\n  - pairs: {team: ai}\n");
        E2e.write(repo.resolve("app/kustomization.yaml"), "resources:\n  - ../base\ncomponents:\n  - ../labels\n"
                + "transformers:\n  - |\n    apiVersion: builtin\n    kind: NamespaceTransformer\n    metadata: {name: ns, namespace: ai}\n"
                + "    unsetOnly: true\n");
        try {
            Files.createDirectories(repo.resolve(".git"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return repo.resolve("app");
    }

    @Test
    void ourPluginsRunWithTheGivenPluginHome(@TempDir Path tmp) {
        Path app = application(tmp.resolve("repo"));
        Map<String, String> env = applicationEnvironment();
        env.put("KUSTOMIZE_PLUGIN_HOME", E2e.pluginHome(tmp.resolve("plugins")).toString());
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), app, env, new byte[0]);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("kind: InferenceService", "name: gpt-oss-120b-predictor", "name: shared", "team: ai");
    }

    @Test
    void ourPluginsRunWithAPluginHomeCmpGenerateMakes(@TempDir Path tmp) {
        Path app = application(tmp.resolve("repo"));
        Map<String, String> env = applicationEnvironment();
        Processes.Result run = Processes.run(List.of(Processes.launcher("rhoai-krm"), "cmp-generate"), app, env, new byte[0]);
        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout()).contains("kind: InferenceService", "name: gpt-oss-120b-predictor");
    }
}
