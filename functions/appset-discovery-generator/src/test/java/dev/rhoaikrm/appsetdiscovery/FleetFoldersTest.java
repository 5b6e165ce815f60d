package dev.rhoaikrm.appsetdiscovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.FleetLayout.Placement;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which clusters get which folders for a whole repository's render: the same matching as the
 * matrix's git directory generator per cluster (Discovery lists the same Applications), a folder
 * named for its cluster, shared folders for the intent's names or the described clusters a
 * selector holds, and for clusters only Argo CD knows, no cluster; what the hub's own Applications
 * deploy, the hub.
 */
class FleetFoldersTest {
    private static final Set<String> FOLDERS = Set.of("clusters", "clusters/aws-dev", "clusters/aws-dev/gpu-workers",
            "clusters/aws-prod", "clusters/aws-prod/gpu-workers", "clusters/azure-training/gpu-workers", "clusters/hub",
            "models", "models/qwen", "models/granite", "site-aws-dev-extra");

    private static Intent intent(String clusters) {
        return bind(fleetYaml(clusters), "fleet");
    }

    private static String fleetYaml(String clusters) {
        String yaml = """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: AppSetDiscovery
                metadata: {name: fleet}
                spec:
                  repoURL: https://github.com/example/fleet.git
                  clusters: CLUSTERS
                  appSets:
                    - {name: gpu-workers, directories: ['clusters/{{cluster}}/gpu-workers', 'site-{{cluster}}-extra'],
                       appName: '{{cluster}}-gpu-workers'}
                    - {name: models, directories: [models/*], exclude: [models/granite], appName: '{{cluster}}-{{basename}}'}
                  bootstrap: {path: clusters/hub}
                """;
        return clusters == null ? yaml.replace("  clusters: CLUSTERS\n", "") : yaml.replace("CLUSTERS", clusters);
    }

    private static Intent bind(String yaml, String name) {
        SourceObject source = ObjectScanner.scan(SourceText.of(yaml), "hub/" + name + ".yaml", InputLimits.DEFAULT).documents().get(0);
        IntentSchema.Bound bound = AppSetDiscoverySchema.intent().bind(source.node());
        assertThat(bound.problems()).isEmpty();
        return new Intent(source, name, bound.spec());
    }

    private static List<String> placed(List<Placement> placements) {
        return placements.stream().map(p -> p.folder() + " -> " + (p.hub() ? "(hub)" : p.cluster().orElse("?"))).sorted().toList();
    }

    @Test
    void aSelectorWithoutDescriptionsPlacesTheFoldersNamedForAClusterAndLeavesTheSharedOnesUnknown() {
        Results results = new Results();
        List<Placement> p = FleetFolders.place(List.of(intent("{selector: {matchLabels: {fleet: gpu}}}")), FOLDERS, Optional.empty(), results);
        assertThat(placed(p)).containsExactly(
                "clusters/aws-dev/gpu-workers -> aws-dev",
                "clusters/aws-prod/gpu-workers -> aws-prod",
                "clusters/azure-training/gpu-workers -> azure-training",
                "clusters/hub -> (hub)",             // the bootstrap's folder: the hub's
                "models/qwen -> ?",                  // models/granite is excluded
                "site-aws-dev-extra -> aws-dev");    // literal text around the placeholder
        assertThat(p).filteredOn(x -> x.folder().equals("clusters/aws-dev/gpu-workers")).extracting(Placement::by)
                .containsExactly("ApplicationSet gpu-workers of AppSetDiscovery/fleet");
        assertThat(p).filteredOn(Placement::hub).extracting(Placement::by)
                .containsExactly("the bootstrap Application cluster-bootstrap of AppSetDiscovery/fleet");
        assertThat(results.isEmpty()).isTrue();
    }

    @Test
    void namesAndDescribedClustersGetTheSharedFolders(@TempDir Path tmp) throws IOException {
        List<Placement> named = FleetFolders.place(List.of(intent("{names: [aws-dev, aws-prod]}")), FOLDERS, Optional.empty(), new Results());
        assertThat(placed(named)).contains("models/qwen -> aws-dev", "models/qwen -> aws-prod", "clusters/azure-training/gpu-workers -> azure-training")
                .doesNotContain("models/qwen -> azure-training", "models/qwen -> ?");

        Files.writeString(tmp.resolve("aws-dev.yaml"), "name: aws-dev\nlabels: {fleet: gpu}\n");
        Files.writeString(tmp.resolve("azure-training.yaml"), "name: azure-training\nlabels: {fleet: training}\n");
        Results results = new Results();
        List<Placement> described = FleetFolders.place(List.of(intent("{selector: {matchLabels: {fleet: gpu}}}")), FOLDERS, Optional.of(tmp),
                results);
        assertThat(results.isEmpty()).isTrue();
        assertThat(placed(described)).contains("models/qwen -> aws-dev").doesNotContain("models/qwen -> azure-training", "models/qwen -> ?");
    }

    @Test
    void aDescriptionWithCredentialsIsRefusedHereToo(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("aws-dev.yaml"), "name: aws-dev\nbearerToken: not-in-the-repository\n");
        Results results = new Results();
        FleetFolders.place(List.of(intent("{selector: {matchLabels: {fleet: gpu}}}")), FOLDERS, Optional.of(tmp), results);
        assertThat(results.hasErrors()).isTrue();
        assertThat(results.all().get(0).toLine()).contains("credential").doesNotContain("not-in-the-repository");
    }

    @Test
    void theBootstrapsFolderGoesToTheHubAlsoWhenTheFleetGivesItToTheClusters() {
        Intent hubToo = bind(fleetYaml("{names: [aws-dev, aws-prod]}").replace("'site-{{cluster}}-extra'", "clusters/hub"), "fleet");
        List<String> placed = placed(FleetFolders.place(List.of(hubToo), FOLDERS, Optional.empty(), new Results()));
        assertThat(placed).contains("clusters/hub -> (hub)", "clusters/hub -> aws-dev", "clusters/hub -> aws-prod");
    }

    @Test
    void whatTheHubsApplicationsDeployElsewhereOrASetWithoutAFleetDeploysThereIsPlacedAsSuch() {
        String yaml = """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: AppSetDiscovery
                metadata: {name: hub}
                spec:
                  repoURL: https://github.com/example/fleet.git
                  appSets:
                    - {name: hub-models, directories: [models/*]}
                    - {name: elsewhere, directories: [site-*], destination: {name: aws-dev}}
                  applications:
                    - {name: remote, path: clusters/aws-prod, destination: {server: https://api.aws-prod.example.com:6443}}
                  bootstrap: {path: clusters/hub}
                """;
        List<String> placed = placed(FleetFolders.place(List.of(bind(yaml, "hub"), intent("{names: [aws-dev]}")), FOLDERS, Optional.empty(),
                new Results()));
        assertThat(placed).contains("models/qwen -> (hub)", "models/granite -> (hub)", "models/qwen -> aws-dev", "clusters/hub -> (hub)")
                .doesNotContain("site-aws-dev-extra -> (hub)", "clusters/aws-prod -> (hub)");
    }

    @Test
    void anIntentWithoutAFleetPlacesNothing() {
        Intent single = intent(null);
        assertThat(FleetFolders.place(List.of(single), FOLDERS, Optional.empty(), new Results())).isEmpty();
    }

    @Test
    void aFolderNamesTheClusterThePlaceholderStandsFor() {
        assertThat(FleetFolders.namedBy("clusters/{{cluster}}/gpu-workers", FOLDERS)).containsExactly("aws-dev", "aws-prod", "azure-training");
        assertThat(FleetFolders.namedBy("{{ cluster }}", Set.of("models", "a/b", "Not_A_Name"))).containsExactly("models");
    }
}
