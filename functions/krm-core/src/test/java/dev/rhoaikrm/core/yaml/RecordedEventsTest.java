package dev.rhoaikrm.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An intent read by the event scanner is composed from the events the scanner recorded, not parsed
 * a second time; the node must be the one its text gives, and other objects record nothing.
 */
class RecordedEventsTest {
    private static final String STREAM = """
            # a hand-written object first
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: plain}
            data: {a: "1"}
            ---
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: ModelServing
            metadata:
              name: m
              annotations: {config.kubernetes.io/local-config: "true"}
            spec:
              model: {uri: "hf://org/Model-7B", parameters: 7B}
              gpu: &gpu {count: 2, product: NVIDIA-L40S}
              again: *gpu
              flags: [yes, no, ~, 0x1F, 1.5, "quoted", !!str 12]
              script: |
                echo one
                echo two
            ...
            ---
            kind: GpuWorkerSet
            apiVersion: rhoai-krm.dev/v1alpha1
            metadata: {name: late-api-version}
            spec: {pools: []}
            """;

    @Test
    void intentsAreComposedFromTheScannersEventsAsFromTheirText() {
        List<SourceObject> objects = ObjectScanner.scan(SourceText.of(STREAM), "s.yaml", InputLimits.DEFAULT).documents();
        assertThat(objects).extracting(SourceObject::composesFromEvents).containsExactly(false, true, true);
        for (SourceObject o : objects) {
            Object fromText = Yaml.toJava(Yaml.composeOne(o.text(), "s.yaml"));
            Object fromScan = Yaml.toJava(o.node());
            assertThat(fromScan).as(o.summary().toString()).isEqualTo(fromText);
            assertThat(String.valueOf(fromScan)).isEqualTo(String.valueOf(fromText)); // order and types too
        }
        assertThat(objects.get(1).composesFromEvents()).as("the events are dropped once composed").isFalse();
    }
}
