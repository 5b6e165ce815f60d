package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** U+0085, U+2028 and U+2029: escaped on the way out, and \L and \P (as kpt writes them) read on the way in. */
class LineSeparatorsTest {
    static Object value(String yaml) {
        return ((Map<?, ?>) Yaml.toJava(Yaml.composeOne(yaml, "t"))).get("k");
    }

    @Test
    void theEscapesAreReadInDoubleQuotesOnly() {
        assertThat(value("k: \"a\\Lb\\Pc\\Nd\"\n")).isEqualTo("a\u2028b\u2029c\u0085d");
        assertThat(value("k: \"a\\\\Lb\"\n")).isEqualTo("a\\Lb");
        assertThat(value("k: 'a\\Lb'\n")).isEqualTo("a\\Lb");
        assertThat(value("k: C:\\Local\\Path\n")).isEqualTo("C:\\Local\\Path");
        assertThat(value("k: |\n  C:\\Local\n")).isEqualTo("C:\\Local\n");
        assertThat(value("# \\L in a comment\nk: \"x\\L\"\n")).isEqualTo("x\u2028");
        // the stand-ins are escapes no value of the text uses
        assertThat(value("k: \"bell\\a tab\\v \\L\"\nj: \"\\e\\b\"\n")).isEqualTo("bell\u0007 tab\u000B \u2028");
    }

    @Test
    void theScannerKeepsTextAndPositions() {
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \"c\\Lx\"}\ndata: {k: C:\\Local}\n";
        List<SourceObject> objects = ObjectScanner.scan(SourceText.of(text), "t", InputLimits.DEFAULT).documents();
        assertThat(objects.get(0).text()).isEqualTo(text);
        assertThat(objects.get(0).summary().name()).isEqualTo("c\u2028x");
        assertThat(objects.get(0).toMap().get("data")).isEqualTo(Map.of("k", "C:\\Local"));
    }

    @Test
    void theyAreWrittenEscapedInDoubleQuotes() {
        Map<String, Object> object = Map.of("a", "x\u2028y", "b", "line one\nline\u2029two\n", "c", "n\u0085l", "k\u2028ey", "v");
        String yaml = Yaml.dump(new java.util.TreeMap<>(object));
        assertThat(yaml).isEqualTo("a: \"x\\Ly\"\nb: \"line one\\nline\\Ptwo\\n\"\nc: \"n\\Nl\"\n\"k\\Ley\": v\n");
        assertThat(LineSeparators.present(yaml)).isFalse();
        assertThat(Yaml.toJava(Yaml.composeOne(yaml, "t"))).isEqualTo(object);
    }
}
