package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Helm door (post-render): the annotations Helm reads on applied objects go from an intent onto
 * everything it generates. Helm 4 pipes hooks and the template file annotation to the post-renderer
 * (helm/helm v4.1.4 pkg/action/action.go renderResources); Helm4PluginIT runs the real Helm.
 */
class HelmAnnotationsTest {
    private static String postRender(String stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(stream.getBytes(StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), false), "echo", new Environment(Map.of(), Path.of(".")));
        assertThat(doors.stream(io)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anIntentThatIsAHookMakesHooks() {
        String out = postRender("""
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: Echo
                metadata:
                  name: hi
                  annotations:
                    postrenderer.helm.sh/postrender-filename: 'chart/templates/hook.yaml'
                    helm.sh/hook: post-install,post-upgrade
                    helm.sh/hook-weight: "5"
                    helm.sh/hook-delete-policy: before-hook-creation
                    helm.sh/hook-output-log-policy: hook-failed
                    helm.sh/resource-policy: keep
                    team: ai
                spec: {}
                """);
        assertThat(out).contains("""
                    helm.sh/hook: post-install,post-upgrade
                    helm.sh/hook-delete-policy: before-hook-creation
                    helm.sh/hook-output-log-policy: hook-failed
                    helm.sh/hook-weight: "5"
                    helm.sh/resource-policy: keep
                    postrenderer.helm.sh/postrender-filename: chart/templates/hook.yaml
                """).as("other annotations of the intent stay on the intent").doesNotContain("team");
    }

    @Test
    void anIntentWithoutHelmAnnotationsAddsNone() {
        String out = postRender("""
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: Echo
                metadata: {name: hi}
                spec: {}
                """);
        assertThat(out).contains("kind: ConfigMap").doesNotContain("helm.sh");
    }
}
