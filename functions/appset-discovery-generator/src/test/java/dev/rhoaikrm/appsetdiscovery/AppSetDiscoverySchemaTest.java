package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.testsupport.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AppSetDiscovery.java is the one declaration of the intent: the JSON Schema editors use
 * ({@code --schema}) is held to a golden copy, and the generated bind fills the records with values,
 * defaults, field paths, and absent lists told from empty ones.
 */
class AppSetDiscoverySchemaTest {
    static AppSetDiscovery bind(String yaml) {
        SourceObject source = ObjectScanner.scan(SourceText.of(yaml), "intent.yaml", InputLimits.DEFAULT).documents().get(0);
        IntentSchema.Bound bound = AppSetDiscoverySchema.intent().bind(source.node());
        assertThat(bound.problems()).isEmpty();
        return AppSetDiscoverySchema.bind(new Intent(source, source.summary().name(), bound.spec()));
    }

    @Test
    void bindFillsTheRecords() {
        AppSetDiscovery s = bind("""
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: AppSetDiscovery
                metadata: {name: cluster}
                spec:
                  projects: [{name: a, namespaceResources: []}, {name: b}]
                  appSets: [{name: ops, directories: [ops/*], syncPolicy: {retry: {limit: 2}}}]
                  bootstrap: {path: clusters/dev}
                  applications: [{name: one, path: apps/one, preset: models}]
                """);
        assertThat(s.namespace()).isEqualTo("openshift-gitops");
        assertThat(s.projects().get(0).namespaceResources()).as("stated empty").contains(java.util.List.of());
        assertThat(s.projects().get(1).namespaceResources()).as("absent").isEmpty();
        AppSetDiscovery.AppSet set = s.appSets().get(0);
        assertThat(set.appName()).isEqualTo("{{basename}}");
        assertThat(set.presetValue()).isEqualTo(Preset.NONE);
        assertThat(set.syncPolicy().retry().orElseThrow().backoff()).isEmpty();
        assertThat(set.directoryPath(0)).isEqualTo("spec.appSets[0].directories[0]");
        assertThat(s.allApplications()).extracting(AppSetDiscovery.AppEntry::name).containsExactly("cluster-bootstrap", "one");
        assertThat(s.allApplications()).extracting(AppSetDiscovery.AppEntry::presetValue).containsExactly(Preset.BOOTSTRAP, Preset.MODELS);
        assertThat(s.bootstrap().orElseThrow().at().has("clusterAdmin")).isFalse();
        assertThat(s.bootstrap().orElseThrow().clusterAdmin()).isTrue();
        assertThat(s.applications().get(0).at().pathOf("path")).isEqualTo("spec.applications[0].path");
    }

    @Test
    void theJsonSchemaIsTheGoldenOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(FunctionCommand.commandLine(FunctionSet.of(List.of(new AppSetDiscoveryFunction()), false), io).execute("--schema")).isZero();
        Golden.assertMatches(Golden.projectRoot().resolve(
                "functions/appset-discovery-generator/src/test/resources/schema/appset-discovery.schema.json"), out.toString(StandardCharsets.UTF_8));
    }
}
