package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How cmp-generate starts kustomize: exec plugins only for our intents, and a reduced environment. */
class CmpGenerateTest {
    /** A kustomize that writes its arguments and environment next to itself. */
    static Path recordingKustomize(Path dir) throws IOException {
        Path script = dir.resolve("kustomize");
        Files.writeString(script, "#!/bin/sh\nd=$(dirname \"$0\")\necho \"$@\" > \"$d/args\"\nenv > \"$d/env\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    static int run(Path repo, Path tools, Map<String, String> extra) throws IOException {
        Map<String, String> env = new HashMap<>(extra);
        env.put("ARGOCD_APP_SOURCE_PATH", "app");
        env.put("ARGOCD_APP_NAME", "demo");
        env.put("ARGOCD_ENV_CLUSTER", "dev");
        env.put("PATH", System.getenv("PATH"));
        env.put("SECRET_TOKEN", "do-not-leak");
        env.put("XDG_CONFIG_HOME", "/elsewhere");
        env.put(CmpGenerate.KUSTOMIZE_COMMAND, recordingKustomize(tools) + " build");
        Path app = repo.resolve("app");
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), true), "test", new Environment(env, app));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return new CmpGenerate(doors).run(app, new Io(new byte[0], new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @Test
    void withoutOurIntentsKustomizeRunsWithBuiltinsOnlyAndRemoteBasesAreItsBusiness(@TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("app"));
        Files.writeString(repo.resolve("app/kustomization.yaml"), "resources:\n  - https://github.com/example/repo//base?ref=v1\n"
                + "  - cm.yaml\ntransformers:\n  - |\n    apiVersion: builtin\n    kind: LabelTransformer\n    metadata: {name: l}\n"
                + "    labels: {a: b}\n    fieldSpecs: [{path: metadata/labels, create: true}]\n");
        Files.writeString(repo.resolve("app/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        assertThat(run(repo, tools, Map.of())).isZero();
        assertThat(Files.readString(tools.resolve("args")).strip()).isEqualTo("build .");
        String env = Files.readString(tools.resolve("env"));
        assertThat(env).contains("ARGOCD_APP_NAME=demo", "ARGOCD_ENV_CLUSTER=dev", "PATH=")
                .doesNotContain("SECRET_TOKEN", "do-not-leak", "XDG_CONFIG_HOME", "KUSTOMIZE_PLUGIN_HOME");
    }

    /** A repository whose application generates with an Echo intent. */
    static Path echoApplication(Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("app"));
        Files.writeString(repo.resolve("app/kustomization.yaml"), "generators:\n  - echo.yaml\n");
        Files.writeString(repo.resolve("app/echo.yaml"), "apiVersion: rhoai-krm.dev/v1alpha1\nkind: Echo\nmetadata: {name: e}\n");
        return repo;
    }

    @Test
    void ourIntentsTurnExecPluginsOnWithOurPluginHome(@TempDir Path tmp) throws IOException {
        Path repo = echoApplication(tmp);
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        Path home = Files.createDirectories(tmp.resolve("plugins"));
        assertThat(run(repo, tools, Map.of("KUSTOMIZE_PLUGIN_HOME", home.toString()))).isZero();
        assertThat(Files.readString(tools.resolve("args")).strip()).isEqualTo("build --enable-alpha-plugins .");
        assertThat(Files.readString(tools.resolve("env"))).contains("KUSTOMIZE_PLUGIN_HOME=" + home.toRealPath())
                .doesNotContain("SECRET_TOKEN");
    }

    @Test
    void aPluginHomeInsideTheRepositoryIsRefused(@TempDir Path tmp) throws IOException {
        Path repo = echoApplication(tmp);
        Files.createDirectories(repo.resolve("app/plugins"));
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        assertThat(run(repo, tools, Map.of("KUSTOMIZE_PLUGIN_HOME", repo.resolve("app/plugins").toString()))).isEqualTo(1);
        assertThat(tools.resolve("args")).doesNotExist();
        assertThat(run(repo, tools, Map.of("KUSTOMIZE_PLUGIN_HOME", "plugins"))).isEqualTo(1);
        assertThat(tools.resolve("args")).doesNotExist();
    }
}
