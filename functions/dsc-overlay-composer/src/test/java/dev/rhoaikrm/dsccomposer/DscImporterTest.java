package dev.rhoaikrm.dsccomposer;


import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rhoai-krm import for DataScienceClusters: the reference's base and overlays become compositions
 * of release 3.3 with the fewest profiles and overrides, the dev overlay with the Application that
 * deploys it, every difference a documented fix (golden: intents and report); and what each
 * example renders imports back into an intent that renders it exactly.
 */
class DscImporterTest {
    static final Path GOLDEN = Golden.projectRoot().resolve("functions/dsc-overlay-composer/src/test/resources/import-reference");

    @Test
    void everyFixIsDocumented() {
        ImportChecks.assertFixesDocumented(new DscComposerFunction(), Golden.projectRoot().resolve("functions/dsc-overlay-composer/README.md"));
    }

    @Test
    void importTheReference(@TempDir Path work) {
        Path reference = Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "DataScienceCluster import of the reference not checked");
        Path dir = ImportChecks.copy(reference, work, "components/instances/rhoai-instance", "clusters/overlays/dev/rhoai-instance-app.yaml");
        ImportChecks.importMatchesGolden(dir, new DscComposerFunction(), GOLDEN);
    }

    @Test
    void examplesRoundTrip(@TempDir Path work) {
        ImportChecks.examplesRoundTrip(Golden.projectRoot().resolve("examples/dsc-composer"), new DscComposerFunction(), work);
    }
}
