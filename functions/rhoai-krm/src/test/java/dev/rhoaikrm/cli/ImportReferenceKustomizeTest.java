package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.ImportChecks;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reference repository read as kustomize builds it (issue 21 item 6), which is what Argo CD
 * deploys: the model profiles (usecases/models/X/profiles/tier1-minimal) add the label tier: "1"
 * to every object of their model, which no ModelServing writes. Those are the only differences to
 * review, and their files are not listed for deletion (ImportRoundTripTest's golden report reads
 * the files as written, with no tool). 13 objects: the three models' Routes are not generated
 * (odh-model-controller creates the Route from the visibility label, issue 17 item 1), so the
 * label has no generated Route to differ on.
 */
class ImportReferenceKustomizeTest {

    @Test
    void theModelProfilesLabelIsTheOnlyDifferenceToReview() {
        Path reference = Golden.sharedOrSkip("reference/rhoai-deploy-gitops", "import of the reference as kustomize builds it not checked");
        InProcess.Run run = InProcess.importDir(reference, Optional.empty(), Functions.importers(), Map.of("PATH", Processes.pathWithOnly("kubectl")));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("# kustomize: kubectl kustomize built 28 kustomization(s)",
                "# kustomize: bootstrap not built: it reaches outside the tree");
        List<String> review = ImportChecks.reviewLines(run.stderr());
        assertThat(review).hasSize(13).allMatch(l -> l.equals("#     metadata.labels.tier: dropped (was 1)  [review]"));
        String notReproduced = run.stderr().substring(run.stderr().indexOf("# files the intents do not reproduce"));
        assertThat(notReproduced).contains("#   usecases/models/gpt-oss-120b/manifests/inference-service.yaml");
        String replaced = run.stderr().substring(run.stderr().indexOf("# replaced files"), run.stderr().indexOf("# files the intents do not reproduce"));
        assertThat(replaced).doesNotContain("usecases/models/gpt-oss-120b/manifests/inference-service.yaml")
                .contains("components/argocd/apps/cluster-models-appset.yaml");
    }
}
