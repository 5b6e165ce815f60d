package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.MappingNode;

/** What the kustomization check reads: only YAML that kustomize's Go readers read the same way. */
class StrictYamlTest {

    @Test
    void documentsAreSplitAsKyamlSplitsThem() {
        // kyaml/kio/byteio_reader.go splitDocuments: a "---" line right after a separator starts the next part
        assertThat(StrictYaml.documents("a: 1\n---\nb: 2\n--- # comment\nc: 3\n", "f")).hasSize(3).allMatch(n -> n instanceof MappingNode);
        assertThat(StrictYaml.documents("---\na: 1\n---\n---\nb: 2\n", "f")).hasSize(2);
        assertThatThrownBy(() -> StrictYaml.documents("a: 1\n---x\nb: 2\n", "f"))
                .hasMessageContaining("line 2: \"---x\" is not a document separator kustomize accepts");
    }

    @Test
    void whatGoReadsDifferentlyIsRefusedWithItsLine() {
        assertThatThrownBy(() -> StrictYaml.documents("a: 1\n---\nb: x\u2028y\n", "f")).hasMessageContaining("line 3: character U+2028");
        assertThatThrownBy(() -> StrictYaml.documents("a: x\u0085y\n", "f")).hasMessageContaining("character U+0085");
        assertThatThrownBy(() -> StrictYaml.documents("a: &x 1\nb: *x\n", "f")).hasMessageContaining("line 1: an anchor");
        assertThatThrownBy(() -> StrictYaml.documents("a: 1\n<<: {kind: x}\n", "f")).hasMessageContaining("line 2: a merge key");
        assertThatThrownBy(() -> StrictYaml.documents("a: !!str 1\n", "f")).hasMessageContaining("a tag");
        assertThatThrownBy(() -> StrictYaml.documents("a: 1\n---\nkind: x\nkind: y\n", "f"))
                .hasMessageContaining("line 4").hasMessageContaining("duplicate key \"kind\"");
    }
}
