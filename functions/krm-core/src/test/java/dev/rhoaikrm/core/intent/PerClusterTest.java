package dev.rhoaikrm.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** perCluster: one intent for every cluster of a fleet, a JSON merge patch per cluster (RFC 7386). */
class PerClusterTest {
    private static final IntentSchema SCHEMA = new IntentSchema("rhoai-krm.dev/v1alpha1", "Model", "test", Schema.object()
            .field("replicas", Schema.integer().min(1).byDefault(1L))
            .field("runtime", Schema.object()
                    .field("image", Schema.string().byDefault("vllm"))
                    .field("args", Schema.array(Schema.string())))
            .field("tier", Schema.string()));

    private static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Model
            metadata: {name: qwen}
            spec:
              replicas: 1
              tier: small
              runtime: {image: vllm, args: [--a, --b]}
            perCluster:
              aws-prod:
                replicas: 3
                tier: null
                runtime: {args: [--c]}
              aws-dev: {}
              azure-training:
            """;

    @Test
    void aClustersSectionIsMergedOntoSpec() {
        IntentSchema.Bound prod = SCHEMA.bind(tree(INTENT), Optional.of("aws-prod"));
        assertThat(prod.problems()).isEmpty();
        assertThat(prod.spec().integer("replicas")).isEqualTo(3L);
        assertThat(prod.spec().has("tier")).as("null removes").isFalse();
        assertThat(prod.spec().object("runtime").string("image")).as("mappings merge key by key").isEqualTo("vllm");
        assertThat(prod.spec().object("runtime").strings("args")).as("lists replace").containsExactly("--c");
        assertThat(prod.notes()).isEmpty();

        for (String asWritten : new String[] {"aws-dev", "azure-training"}) {
            IntentSchema.Bound bound = SCHEMA.bind(tree(INTENT), Optional.of(asWritten));
            assertThat(bound.problems()).isEmpty();
            assertThat(bound.spec().integer("replicas")).isEqualTo(1L);
            assertThat(bound.spec().string("tier")).isEqualTo("small");
        }
    }

    @Test
    void aClusterWithoutASectionIsRefused() {
        IntentSchema.Bound bound = SCHEMA.bind(tree(INTENT), Optional.of("aws-stage"));
        assertThat(bound.ok()).isFalse();
        assertThat(bound.problems()).singleElement().hasToString("perCluster: no section for cluster \"aws-stage\" (sections: aws-prod,"
                + " aws-dev, azure-training): add \"aws-stage: {}\" to render the spec as written for it; a cluster the intent does not"
                + " name is refused, so that a misspelt section never deploys the base values");
    }

    @Test
    void withoutAClusterTheSpecAsWrittenIsBoundAndEverySectionChecked() {
        IntentSchema.Bound bound = SCHEMA.bind(tree(INTENT));
        assertThat(bound.ok()).isTrue();
        assertThat(bound.spec().integer("replicas")).isEqualTo(1L);
        assertThat(bound.notes()).singleElement().asString().startsWith("perCluster: no cluster to render for");

        IntentSchema.Bound bad = SCHEMA.bind(tree(INTENT.replace("replicas: 3", "replicas: 0")));
        assertThat(bad.problems()).extracting(Binding.Problem::toString)
                .containsExactly("spec.replicas: 0 is less than the minimum 1 (with the section perCluster.aws-prod)");
    }

    @Test
    void aProblemOfTheMergedSpecNamesTheSection() {
        IntentSchema.Bound prod = SCHEMA.bind(tree(INTENT.replace("replicas: 3", "replicas: 0")), Optional.of("aws-prod"));
        assertThat(prod.problems()).extracting(Binding.Problem::toString)
                .containsExactly("spec.replicas: 0 is less than the minimum 1 (with the section perCluster.aws-prod)");
    }

    @Test
    void aClusterRenderBindsOnlyItsOwnSection() {
        // proportional to its own Application: a broken section of another cluster is that cluster's render's to refuse
        IntentSchema.Bound dev = SCHEMA.bind(tree(INTENT.replace("replicas: 3", "replicas: 0")), Optional.of("aws-dev"));
        assertThat(dev.ok()).isTrue();
    }

    @Test
    void sectionsMustBeMappingsUnderClusterNames() {
        assertThat(SCHEMA.bind(tree(INTENT.replace("aws-dev: {}", "Aws_Dev: {}"))).problems()).extracting(Binding.Problem::toString)
                .containsExactly("perCluster: \"Aws_Dev\" is not a cluster name (a DNS-1123 subdomain, as the cluster names the fleet's"
                        + " ApplicationSets pass)");
        assertThat(SCHEMA.bind(tree(INTENT.replace("aws-dev: {}", "aws-dev: 3"))).problems()).extracting(Binding.Problem::toString)
                .containsExactly("perCluster.aws-dev: expected a mapping (the fields of spec to change for this cluster), got 3");
        assertThat(SCHEMA.bind(tree(INTENT + "  aws-dev: {replicas: 2}\n")).problems()).extracting(Binding.Problem::toString)
                .containsExactly("perCluster.aws-dev: duplicate key \"aws-dev\"");
    }

    @Test
    void anIntentWithoutSectionsBindsAsBefore() {
        String plain = INTENT.substring(0, INTENT.indexOf("perCluster:"));
        IntentSchema.Bound bound = SCHEMA.bind(tree(plain), Optional.of("aws-prod"));
        assertThat(bound.ok()).isTrue();
        assertThat(bound.notes()).isEmpty();
        assertThat(bound.spec().integer("replicas")).isEqualTo(1L);
    }

    /** A problem of the spec as written is reported once, not again for every section that leaves it as it is. */
    @Test
    void aProblemNoSectionCausesIsReportedOnce() {
        assertThat(SCHEMA.bind(tree("x: 1\n" + INTENT)).problems()).extracting(Binding.Problem::toString)
                .containsExactly("x: unknown field \"x\" (known: apiVersion, kind, metadata, spec, perCluster)");
    }

    /** The unknown-field message names what the document accepts, perCluster included, from the schema itself. */
    @Test
    void anUnknownTopLevelFieldNamesPerClusterAmongTheKnown() {
        String plain = INTENT.substring(0, INTENT.indexOf("perCluster:"));
        assertThat(SCHEMA.bind(tree(plain + "perCluter: {}\n")).problems()).extracting(Binding.Problem::toString)
                .containsExactly("perCluter: unknown field \"perCluter\" (known: apiVersion, kind, metadata, spec, perCluster)");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> properties = (java.util.Map<String, Object>) SCHEMA.toJsonSchema().get("properties");
        assertThat(properties).containsOnlyKeys("apiVersion", "kind", "metadata", "spec", "perCluster");
    }

    /**
     * A section that holds itself through a recursive alias ({@code &p} ... {@code *p}) is data with
     * no end: merging it stops where it meets itself again (it stack-overflowed, an "internal error"),
     * and binding names the field that does not fit.
     */
    @Test
    void aSectionHoldingItselfThroughAnAliasIsAProblemNotACrash() {
        String recursive = INTENT.substring(0, INTENT.indexOf("perCluster:")) + "perCluster:\n  aws-prod: &p\n    runtime: *p\n";
        IntentSchema.Bound bound = SCHEMA.bind(tree(recursive), Optional.of("aws-prod"));
        assertThat(bound.ok()).isFalse();
        assertThat(bound.problems()).extracting(Binding.Problem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("spec.runtime.runtime: unknown field \"runtime\""));
        assertThat(SCHEMA.bind(tree(recursive), Optional.empty()).ok()).isFalse();
    }

    private static dev.rhoaikrm.core.yaml.YamlTree tree(String yaml) {
        return dev.rhoaikrm.core.yaml.YamlTree.of(node(yaml));
    }

    private static Node node(String yaml) {
        LoadSettings settings = LoadSettings.builder().build();
        return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml))).getSingleNode().orElseThrow();
    }
}
