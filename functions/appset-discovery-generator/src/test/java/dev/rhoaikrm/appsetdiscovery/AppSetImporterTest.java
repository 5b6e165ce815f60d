package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rhoai-krm import for the ArgoCD layer: the reference's AppProjects, ApplicationSets, bootstrap
 * and explicit Applications and the controller's ClusterRoleBinding become one AppSetDiscovery
 * that reproduces them exactly (golden: intent and report); what the example renders imports back
 * into the same; and templates in both ApplicationSet syntaxes read back into placeholders.
 */
class AppSetImporterTest {
    static final Path GOLDEN = Golden.projectRoot().resolve("functions/appset-discovery-generator/src/test/resources/import-reference");

    @Test
    void everyFixIsDocumented() {
        ImportChecks.assertFixesDocumented(new AppSetDiscoveryFunction(), Golden.projectRoot().resolve("functions/appset-discovery-generator/README.md"));
    }

    @Test
    void importTheReference(@TempDir Path work) {
        Path reference = Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "ArgoCD import of the reference not checked");
        Path dir = ImportChecks.copy(reference, work, "components/argocd", "clusters", "bootstrap");
        ImportChecks.importMatchesGolden(dir, new AppSetDiscoveryFunction(), GOLDEN);
    }

    @Test
    void examplesRoundTrip(@TempDir Path work) {
        ImportChecks.examplesRoundTrip(Golden.projectRoot().resolve("examples/appset-discovery"), new AppSetDiscoveryFunction(), work);
    }

    @Test
    void placeholdersFromBothTemplateSyntaxes() {
        assertThat(ArgoReader.placeholders("model-{{ index .path.segments 2 }}")).isEqualTo("model-{{segment 2}}");
        assertThat(ArgoReader.placeholders("operator-{{ .path.basename }}")).isEqualTo("operator-{{basename}}");
        assertThat(ArgoReader.placeholders("{{path.basename}}-{{path[1]}}")).isEqualTo("{{basename}}-{{segment 1}}");
        assertThat(ArgoReader.placeholders("{{ .path.basenameNormalized }}")).isNull();
    }
}
