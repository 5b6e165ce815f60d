package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.testsupport.InProcess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the intent writes into an ApplicationSet template is copied by the ApplicationSet
 * controller, never evaluated (issue 15): with goTemplate every string of the template is a Go
 * template, so {{ }} in ignoreDifferences, repoURL or revision is written as actions that print it.
 */
class TemplateLiteralTest {

    @Test
    void bracesOfTheIntentAreWrittenAsActionsThatPrintThem() {
        assertThat(ArgoObjects.literal("a{{ .path.path }}b}}")).isEqualTo("a{{\"{{\"}} .path.path {{\"}}\"}}b{{\"}}\"}}");
        assertThat(ArgoObjects.literal(List.of(Map.of("jqPathExpressions", List.of("{{env \"HOME\"}}")))))
                .isEqualTo(List.of(Map.of("jqPathExpressions", List.of("{{\"{{\"}}env \"HOME\"{{\"}}\"}}"))));
    }

    @Test
    void anApplicationSetCarriesTheIntentsTextAsLiterals() {
        InProcess.Run run = InProcess.stdin("""
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: AppSetDiscovery
                metadata: {name: cluster}
                spec:
                  repoURL: https://github.com/example/repo.git
                  revision: "v1{{.path.basename}}"
                  projects: [{name: platform}]
                  appSets:
                    - name: operators
                      project: platform
                      directories: [components/operators/*]
                      appName: operator-{{basename}}
                      ignoreDifferences:
                        - {kind: Secret, jqPathExpressions: ['.data["{{ .path.path }}"]']}
                """, (KrmFunction) new AppSetDiscoveryFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("name: operator-{{ .path.basename }}", "{{ .path.path }}",
                "- .data[\"{{\"{{\"}} .path.path {{\"}}\"}}\"]", "targetRevision: v1{{\"{{\"}}.path.basename{{\"}}\"}}");
    }
}
