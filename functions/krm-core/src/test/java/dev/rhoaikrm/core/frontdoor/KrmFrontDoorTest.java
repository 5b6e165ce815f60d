package dev.rhoaikrm.core.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KRM door: items the function does not own go out byte for byte as they came in. */
class KrmFrontDoorTest {

    static final String HAND_WRITTEN = """
            - # top comment
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: settings # why
                annotations: {a: b, config.kubernetes.io/index: '0', config.kubernetes.io/path: 'cm.yaml', internal.config.kubernetes.io/path: 'cm.yaml', config.k8s.io/id: '1'}
              data:
                run.sh: |
                  #!/bin/sh
                  exec server --port 8080   # not a comment
                quoted: "007"
                single: 'x'
                folded: >-
                  folded
                  text
            # a comment between items
            - apiVersion: v1
              kind: Secret
              metadata:
                name: creds
                annotations:
                  config.kubernetes.io/path: 'secret.yaml'
              stringData: {token: "a: b"}
            """;

    static final String INTENT_ITEM = """
            - apiVersion: rhoai-krm.dev/v1alpha1
              kind: Echo
              metadata:
                name: hi
                annotations: {config.kubernetes.io/local-config: "true", config.kubernetes.io/path: 'app/intent.yaml'}
              spec: {message: "yes"}
            """;

    record Run(int code, String out, String err) {
    }

    static Run run(String input) {
        return runBytes(input.getBytes(StandardCharsets.UTF_8));
    }

    static Run runBytes(byte[] input) {
        return door(input, FrontDoors::standardInput);
    }

    static Run runLegacy(Path config, String stdin) {
        return door(stdin.getBytes(StandardCharsets.UTF_8), (doors, io) -> doors.legacyPlugin(config, io));
    }

    private static Run door(byte[] input, java.util.function.ToIntBiFunction<FrontDoors, Io> door) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(input, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(new EchoFunction()), false), "echo", new Environment(Map.of(), Path.of(".")));
        int code = door.applyAsInt(doors, io);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String resourceList(String items) {
        return "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n" + items;
    }

    @Test
    void itemsWithoutIntentsComeBackByteForByte() {
        String input = resourceList(HAND_WRITTEN) + "functionConfig:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: fc}\n";
        Run run = run(input);
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(input);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void generatedObjectsAreAddedAfterThePassThroughItems() {
        Run run = run(resourceList(HAND_WRITTEN + INTENT_ITEM));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(resourceList(HAND_WRITTEN + INTENT_ITEM));
        assertThat(run.out()).contains("""
                - apiVersion: v1
                  kind: ConfigMap
                  metadata:
                    name: hi-echo
                    namespace: demo
                    annotations:
                      config.kubernetes.io/index: "0"
                      config.kubernetes.io/path: app/generated/hi/configmap_hi-echo.yaml
                      internal.config.kubernetes.io/index: "0"
                      internal.config.kubernetes.io/path: app/generated/hi/configmap_hi-echo.yaml
                      rhoai-krm.dev/generated-by: echo-generator/hi
                  data:
                    message: "yes"
                    "yes": "yes"
                    script: |
                      line one
                      line two
                """);
    }

    @Test
    void aSecondRunReplacesWhatTheFirstGenerated() {
        String first = run(resourceList(HAND_WRITTEN + INTENT_ITEM)).out();
        String second = run(first).out();
        assertThat(second).isEqualTo(first);
        assertThat(second.split("name: hi-echo", -1)).hasSize(2);
    }

    @Test
    void functionConfigAndTheSameIntentAsItemAreOneIntent() {
        String input = resourceList(INTENT_ITEM) + """
                functionConfig:
                  apiVersion: rhoai-krm.dev/v1alpha1
                  kind: Echo
                  metadata:
                    name: hi
                    annotations: {config.kubernetes.io/local-config: "true"}
                  spec: {message: "yes"}
                """;
        Run run = run(input);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().split("name: hi-echo", -1)).hasSize(2);
    }

    @Test
    void indentedItemsAndFlowStyleListsAreLaidOutToo() {
        String indented = "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n"
                + "  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: a # keep\n";
        assertThat(run(indented).out()).contains("- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a # keep\n");
        String json = "{\"apiVersion\": \"config.kubernetes.io/v1\", \"kind\": \"ResourceList\", \"items\": "
                + "[{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"a\"}},"
                + " {\"apiVersion\": \"rhoai-krm.dev/v1alpha1\", \"kind\": \"Echo\", \"metadata\": {\"name\": \"j\"}, \"spec\": {}}]}";
        Run run = run(json);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"ResourceList\"", "- {\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"a\"}}",
                "name: j-echo");
    }

    @Test
    void anErrorLeavesItemsUnchangedAndReportsResults() {
        String items = HAND_WRITTEN + INTENT_ITEM.replace("spec: {message: \"yes\"}", "spec: {fail: true}");
        Run run = run(resourceList(items));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith(resourceList(items)).doesNotContain("hi-echo");
        assertThat(run.out()).contains("""
                results:
                - message: asked to fail
                  severity: error
                  resourceRef:
                    apiVersion: rhoai-krm.dev/v1alpha1
                    kind: Echo
                    name: hi
                  field:
                    path: spec.fail
                  file:
                    path: app/intent.yaml
                    index: 0
                """);
        assertThat(run.err()).isEqualTo("echo: error: app/intent.yaml: Echo/hi: spec.fail: asked to fail\n"
                + "echo: 1 error(s); nothing was generated\n");
    }

    @Test
    void fieldPathsNameTheListIndex() {
        String item = INTENT_ITEM.replace("spec: {message: \"yes\"}",
                "spec: {pools: [{name: a, replicas: {max: 4}}, {name: b, replicas: {max: four}}], colour: red}");
        Run run = run(resourceList(item));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Echo/hi: spec.pools[1].replicas.max: expected integer, got \"four\"",
                "Echo/hi: spec.colour: unknown field \"colour\" (known: message, fail, warn, pools)");
    }
}
