package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a clear error result, exit 1, no stack trace, and no generated output. */
class BadInputTest {

    static KrmFrontDoorTest.Run run(String input) {
        return KrmFrontDoorTest.run(input);
    }

    static void assertRefused(KrmFrontDoorTest.Run run, String message) {
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(message).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).doesNotContain("generated-by");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed YAML      | 'a: [b\\n'                          | line 2",
        "tab indentation     | 'a:\\n\\tb: c\\n'                  | for indentation",
        "duplicate keys      | 'apiVersion: v1\\nkind: A\\nkind: B\\n' | duplicate key \"kind\"",
        "unclosed quote      | 'a: \"b\\n'                         | line",
        "no kind             | 'apiVersion: v1\\nmetadata: {name: x}\\n' | kind: the object has no kind",
        "no name             | 'apiVersion: v1\\nkind: ConfigMap\\n'  | metadata.name: the object has no name",
        "scalar document     | 'just text\\n'                      | a document that is not a mapping",
        "ResourceList v2     | 'apiVersion: config.kubernetes.io/v2\\nkind: ResourceList\\nitems: []\\n' | unsupported ResourceList apiVersion",
    })
    void refused(String name, String input, String message) {
        assertRefused(run(input.replace("\\n", "\n").replace("\\t", "\t")), message);
    }

    @Test
    void nonUtf8IsRefusedWithTheBytePosition() {
        byte[] bytes = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \u00e9}\n".getBytes(StandardCharsets.ISO_8859_1);
        KrmFrontDoorTest.Run run = KrmFrontDoorTest.run(new String(bytes, StandardCharsets.ISO_8859_1));
        // the String round trip above re-encodes as UTF-8; feed raw bytes instead
        assertThat(run.code()).isZero();
        KrmFrontDoorTest.Run raw = KrmFrontDoorTest.runBytes(bytes);
        assertRefused(raw, "input is not valid UTF-8 (at byte 48)");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertRefused(run(deep), "nesting deeper than 100 levels");
    }

    @Test
    void deepNestingInAnIntentOfAResourceListIsRefusedToo() {
        // kpt's items are read by lines, so the intent reaches the composer without the event scanner's depth check
        String item = "- apiVersion: rhoai-krm.dev/v1alpha1\n  kind: Echo\n  metadata:\n    name: deep\n  spec:\n    pools:\n    "
                + "- ".repeat(10_000) + "x\n";
        assertRefused(run(KrmFrontDoorTest.resourceList(item)), "nesting deeper than 100 levels");
    }

    @Test
    void anAliasBombInAnIntentIsRefused() {
        StringBuilder b = new StringBuilder("apiVersion: rhoai-krm.dev/v1alpha1\nkind: Echo\nmetadata: {name: bomb}\nx0: &a0 [lol, lol]\n");
        for (int i = 1; i < 40; i++) {
            b.append("x").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        b.append("spec: {message: boom, pools: *a39}\n");
        KrmFrontDoorTest.Run run = run(b.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).containsAnyOf("Number of aliases for non-scalar nodes exceeds", "too many nodes", "alias")
                .doesNotContain("\tat ");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        KrmFrontDoorTest.Run run = run("");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLegacyPluginConfigThatIsNotYamlIsRefused(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "kind: Echo\n  bad: indentation\n");
        KrmFrontDoorTest.Run run = KrmFrontDoorTest.runLegacy(config, "");
        assertRefused(run, config + ": line");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anAliasBombInAPassThroughObjectIsRefusedToo() {
        // nothing builds its nodes, but whatever reads the output (kubectl, Helm, ArgoCD) would expand it
        StringBuilder b = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata:\n  x0: &a0 [lol, lol]\n");
        for (int i = 1; i < 40; i++) {
            b.append("  x").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        assertRefused(run(b.toString()), "Number of aliases for non-scalar nodes exceeds the specified max=50");
        // a few aliases are fine
        assertThat(run("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata:\n  a: &x [1]\n  b: *x\n").code()).isZero();
    }

    @Test
    void itemsThatAreNotAListAreRefusedNotDropped() {
        KrmFrontDoorTest.Run run = run("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n  apiVersion: v1\n  kind: ConfigMap\n");
        assertRefused(run, "items of the ResourceList is not a list");
        assertThat(run("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n").code()).isZero();
    }

    @Test
    void aFunctionConfigThatIsNotAnObjectIsRefused() {
        String list = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\nfunctionConfig: ";
        assertRefused(run(list + "model.yaml\n"), "functionConfig of the ResourceList is not an object");
        assertThat(run(list + "\n").code()).isZero();
    }

    @Test
    void aPluginConfigThatDiffersFromTheSameNamedIntentOnStdinIsRefused(@TempDir Path dir) throws Exception {
        // kustomize passes the transformer's config on stdin too: the same intent is one intent, another one is an error
        Path config = dir.resolve("echo.yaml");
        String intent = "apiVersion: rhoai-krm.dev/v1alpha1\nkind: Echo\nmetadata: {name: hi}\nspec: {message: %s}\n";
        Files.writeString(config, intent.formatted("a"));
        KrmFrontDoorTest.Run same = KrmFrontDoorTest.runLegacy(config,
                intent.formatted("a").replace("{name: hi}", "{name: hi, labels: {added: by-kustomize}}"));
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out().split("name: hi-echo", -1)).hasSize(2);
        KrmFrontDoorTest.Run other = KrmFrontDoorTest.runLegacy(config, intent.formatted("b"));
        assertRefused(other, "echo: error: <stdin>: Echo/hi: metadata.name: two Echo intents are named \"hi\" (the other is the function config, "
                + config + ", which says something else)");
    }

    @Test
    void aCustomTagIsNamedInTheMessage() {
        KrmFrontDoorTest.Run run = run("apiVersion: rhoai-krm.dev/v1alpha1\nkind: Echo\nmetadata: {name: hi}\nspec: {message: !secret abc}\n");
        assertRefused(run, "spec.message: expected string, got \"abc\" with the tag !secret (tags are not supported)");
    }

    @Test
    void anIntentWithoutANameGetsOneResultInPlainStreams() {
        KrmFrontDoorTest.Run run = run("apiVersion: rhoai-krm.dev/v1alpha1\nkind: Echo\nmetadata: {labels: {a: b}}\nspec: {}\n");
        assertRefused(run, "Echo/null: metadata.name: required field is missing");
        assertThat(run.err()).doesNotContain("the object has no name");
    }

    @Test
    void aMissingLegacyPluginConfigIsRefused(@TempDir Path dir) {
        KrmFrontDoorTest.Run run = KrmFrontDoorTest.runLegacy(dir.resolve("missing.yaml"), "");
        assertRefused(run, "cannot read the file");
    }
}
