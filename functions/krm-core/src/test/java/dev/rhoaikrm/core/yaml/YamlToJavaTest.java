package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Yaml#toJava}: the plain values every reader of an object's fields works on ({@link SourceObject#toMap}). */
class YamlToJavaTest {
    /**
     * An object that holds itself through a recursive alias (snakeyaml-engine composes {@code &c
     * {env: [*c]}} as a cycle) has no plain value: it is refused as bad input, which readers of
     * objects that are not theirs already skip (ClusterInput), instead of a StackOverflowError that
     * ended a render with "internal error" when such an object sat beside an intent.
     */
    @Test
    void aRecursiveAliasIsBadInputNotAStackOverflow() {
        for (String yaml : new String[] {"spec:\n  config: &c\n    env: [*c]\n", "items: &a [*a]\n", "a: &m {b: *m}\n"}) {
            YamlTree tree = YamlTree.of(Yaml.composeWithLibrary(yaml, "sub.yaml", false));
            assertThatThrownBy(() -> Yaml.toJava(tree)).as(yaml).isInstanceOf(YamlInputException.class)
                    .hasMessageContaining("recursive alias");
        }
    }

    /** An alias used twice, not inside itself, is followed each time, as the library's loader does. */
    @Test
    void aSharedAliasIsExpandedAtEachUse() {
        YamlTree tree = YamlTree.of(Yaml.composeWithLibrary("a: &x {k: v}\nb: *x\nc: [*x, *x]\n", "f.yaml", false));
        assertThat(Yaml.toJava(tree)).isEqualTo(Map.of("a", Map.of("k", "v"), "b", Map.of("k", "v"),
                "c", List.of(Map.of("k", "v"), Map.of("k", "v"))));
    }
}
