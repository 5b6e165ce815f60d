package dev.rhoaikrm.core.fn;

import static dev.rhoaikrm.core.fn.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.intent.Schema;
import dev.rhoaikrm.core.yaml.SourceObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;
import org.junit.jupiter.api.Test;

/**
 * The core's two hooks for functions whose output is more than one intent's: expandTogether (a
 * cluster singleton several intents share) and Expansion.consume (an input the intent reads, left
 * out of plain manifests), plus Manifests.emptyObject() (an empty map that output keeps).
 */
class JointExpansionTest {

    /** Kind Pool: one ConfigMap per intent; together, one cluster-wide ConfigMap summing every intent's size. */
    static final class PoolFunction implements KrmFunction {
        final List<List<String>> togetherCalls = new ArrayList<>();

        @Override
        public String name() {
            return "pool-generator";
        }

        @Override
        public IntentSchema schema() {
            return new IntentSchema("rhoai-krm.dev/v1alpha1", "Pool", "test", Schema.object()
                    .field("size", Schema.integer().byDefault(1L))
                    .field("fail", Schema.bool().byDefault(false))
                    .field("reads", Schema.string()));
        }

        @Override
        public void expand(Intent intent, Expansion out) {
            if (intent.spec().bool("fail")) {
                out.error(intent.spec().pathOf("fail"), "asked to fail");
                return;
            }
            String reads = intent.spec().string("reads");
            for (SourceObject o : out.inputs().all()) {
                if (reads != null && reads.equals(o.summary().name()) && "Snapshot".equals(o.summary().kind())) {
                    out.consume(o);
                }
            }
            out.emit(map("apiVersion", "v1", "kind", "ConfigMap", "metadata", map("name", intent.name()),
                    "data", map("size", String.valueOf(intent.spec().integer("size")))));
        }

        @Override
        public void expandTogether(List<Intent> intents, Expansion out) {
            togetherCalls.add(intents.stream().map(Intent::name).toList());
            long total = intents.stream().mapToLong(i -> i.spec().integer("size")).sum();
            out.emit(map("apiVersion", "v1", "kind", "ConfigMap", "metadata", map("name", "cluster-singleton"),
                    "data", map("total", String.valueOf(total)), "selector", Manifests.emptyObject(), "dropped", map()));
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(PoolFunction f, String input, ToIntBiFunction<FrontDoors, Io> door) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(input.getBytes(StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        FrontDoors doors = new FrontDoors(new Pipeline(List.of(f), false), "pool", new Environment(Map.of(), Path.of(".")));
        int code = door.applyAsInt(doors, io);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String STREAM = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Pool
            metadata: {name: a}
            spec: {size: 2, reads: saved}
            ---
            apiVersion: example.com/v1
            kind: Snapshot
            metadata: {name: saved, uid: 0b4c}
            status: {ready: true}
            ---
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Pool
            metadata: {name: b}
            spec: {size: 3}
            """;

    @Test
    void expandTogetherRunsOnceWithEveryIntentAndItsObjectsBelongToTheFirst() {
        PoolFunction f = new PoolFunction();
        Run run = run(f, STREAM, FrontDoors::stream);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(f.togetherCalls).containsExactly(List.of("a", "b"));
        assertThat(run.out()).contains("""
                metadata:
                  name: cluster-singleton
                  annotations:
                    rhoai-krm.dev/generated-by: pool-generator/a
                data:
                  total: "5"
                selector: {}
                """).doesNotContain("dropped");
    }

    @Test
    void aConsumedInputIsLeftOutOfPlainManifestsButKeptInTheResourceList() {
        Run plain = run(new PoolFunction(), STREAM, FrontDoors::stream);
        assertThat(plain.out()).doesNotContain("Snapshot", "uid: 0b4c", "kind: Pool").contains("name: a\n", "name: b\n");

        StringBuilder items = new StringBuilder("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n");
        for (String doc : STREAM.split("---\n")) {
            items.append("- ").append(doc.strip().replace("\n", "\n  ")).append('\n');
        }
        Run krm = run(new PoolFunction(), items.toString(), FrontDoors::standardInput);
        assertThat(krm.code()).as(krm.err()).isZero();
        assertThat(krm.out()).contains("- apiVersion: example.com/v1\n  kind: Snapshot\n  metadata: {name: saved, uid: 0b4c}\n  status: {ready: true}\n");
    }

    @Test
    void expandTogetherIsNotCalledWhenAnIntentFailed() {
        PoolFunction f = new PoolFunction();
        Run run = run(f, STREAM.replace("spec: {size: 3}", "spec: {size: 3, fail: true}"), FrontDoors::stream);
        assertThat(run.code()).isEqualTo(1);
        assertThat(f.togetherCalls).isEmpty();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anInputNobodyConsumedStillPassesThrough() {
        Run run = run(new PoolFunction(), STREAM.replace("reads: saved", "reads: other"), FrontDoors::stream);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("kind: Snapshot");
    }
}
