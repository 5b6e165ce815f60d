package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The line-based layout must agree with the full event scanner on every item: same text, same
 * identity, same annotations and labels. Checked on hand-picked styles and on seeded random lists.
 */
class FastResourceListTest {

    static final List<String> METADATA_STYLES = List.of(
            "  metadata:\n    name: %s\n    namespace: ns\n",
            "  metadata:\n    name: '%s' # quoted\n    annotations:\n      config.kubernetes.io/path: 'a/b.yaml'\n      config.kubernetes.io/index: '0'\n",
            "  metadata:\n    name: \"%s\"\n    labels:\n      app: web\n      tier: \"front\"\n    annotations:\n      rhoai-krm.dev/generated-by: model-serving-generator/x\n",
            "  metadata: {name: %s, namespace: flow}\n",
            "  metadata:\n    name: %s\n    annotations: {a: b, config.kubernetes.io/path: 'x.yaml'}\n",
            "  metadata:\n    name: %s\n    labels: {app: web, \"quoted-key\": 'x', tier: \"a, b\"} # flow\n    annotations: {}\n",
            "  metadata:\n    name: %s\n    labels: {app: web, nested: {a: b}}\n    annotations: {x: 'it''s, ok', y: \"esc\\\"d\"}\n",
            "  metadata:\n    name: %s\n    annotations:\n      kustomize.config.k8s.io/id: |\n        kind: ConfigMap\n        name: x\n      other: \"it's\"\n",
            "  metadata:\n    # a comment inside\n    name: %s\n    annotations:\n      note: 'it''s: fine'\n      esc: \"tab\\tthere\"\n",
            "  metadata:\n    name: %s\n    finalizers:\n    - a\n    - b\n    generateName: g-\n",
            "  metadata:\n    name: %s\n    annotations:\n      long: a value that\n        continues here\n");

    static String item(Random random, int i) {
        String name = "obj-" + i;
        StringBuilder b = new StringBuilder();
        if (random.nextInt(5) == 0) {
            b.append("- # leading comment\n  apiVersion: v1\n");
        } else {
            b.append("- apiVersion: ").append(random.nextBoolean() ? "apps/v1" : "'v1'").append('\n');
        }
        b.append("  kind: ").append(random.nextBoolean() ? "ConfigMap" : "Deployment # trailing").append('\n');
        b.append(String.format(METADATA_STYLES.get(random.nextInt(METADATA_STYLES.size())), name));
        b.append("  data:\n    script: |\n      #!/bin/sh\n      - not an item\n    n: \"007\"\n");
        if (random.nextInt(4) == 0) {
            b.append("# a comment between items\n");
        }
        return b.toString();
    }

    static void assertAgrees(String input) {
        Optional<ResourceListLayout> fast = FastResourceList.layout(SourceText.of(input), "in");
        ResourceListLayout full = ObjectScanner.scan(SourceText.of(input), "in", InputLimits.DEFAULT).resourceList();
        assertThat(fast).as("the fast layout applies to kyaml-style lists").isPresent();
        assertThat(fast.get().entries()).isEqualTo(full.entries());
        assertThat(fast.get().items()).hasSameSizeAs(full.items());
        for (int i = 0; i < full.items().size(); i++) {
            SourceObject a = fast.get().items().get(i);
            SourceObject b = full.items().get(i);
            assertThat(a.text()).isEqualTo(b.text());
            ObjectSummary x = a.summary();
            ObjectSummary y = b.summary();
            assertThat(List.of(String.valueOf(x.apiVersion()), String.valueOf(x.kind()), String.valueOf(x.name()), String.valueOf(x.namespace())))
                    .as(b.text()).isEqualTo(List.of(String.valueOf(y.apiVersion()), String.valueOf(y.kind()), String.valueOf(y.name()), String.valueOf(y.namespace())));
            assertThat(x.annotations()).as(b.text()).containsExactlyEntriesOf(y.annotations());
            assertThat(x.labels()).as(b.text()).containsExactlyEntriesOf(y.labels());
        }
    }

    @RepeatedTest(20)
    void agreesWithTheEventScannerOnRandomLists(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        StringBuilder input = new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
        for (int i = 0; i < 50; i++) {
            input.append(item(random, i));
        }
        input.append("functionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: fc}\n");
        assertAgrees(input.toString());
    }

    @Test
    void emptyItemsAndNoFunctionConfig() {
        assertAgrees("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n");
    }

    @Test
    void kyamlStyleItemsAreSummarisedByTheirLinesNotByTheParser() {
        // the parser refuses a duplicate key wherever it is; the line reader reads only the identity
        // (kpt has parsed the items already): no error shows that the parser never saw this item
        String input = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n"
                + "- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n    namespace: ns\n  data:\n    x: '1'\n    x: '2'\n";
        ObjectSummary summary = FastResourceList.layout(SourceText.of(input), "in").orElseThrow().items().get(0).summary();
        assertThat(List.of(summary.kind(), summary.name(), summary.namespace())).containsExactly("ConfigMap", "a", "ns");
    }

    @Test
    void otherShapesAreLeftToTheEventScanner() {
        for (String input : List.of(
                "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n  - apiVersion: v1\n    kind: A\n",
                "{\"apiVersion\": \"config.kubernetes.io/v1\", \"kind\": \"ResourceList\", \"items\": []}",
                "---\napiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n",
                "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: [{apiVersion: v1, kind: A}]\n",
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: plain}\n",
                "apiVersion: config.kubernetes.io/v2\nkind: ResourceList\nitems: []\n")) {
            assertThat(FastResourceList.layout(SourceText.of(input), "in")).as(input).isEmpty();
        }
    }
}
