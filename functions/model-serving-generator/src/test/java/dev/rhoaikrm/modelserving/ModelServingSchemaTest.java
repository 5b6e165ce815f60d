package dev.rhoaikrm.modelserving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rhoaikrm.core.cli.FunctionCommand;
import dev.rhoaikrm.core.fn.FunctionSet;
import dev.rhoaikrm.core.fn.Intent;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.testsupport.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ModelServing.java is the one declaration of the intent: the generated schema prints the JSON
 * Schema editors use (held to a golden copy), and the generated bind fills every record with the
 * bound values, defaults, field paths and what the user wrote.
 */
class ModelServingSchemaTest {
    static final String INTENT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: ModelServing
            metadata: {name: qwen}
            spec:
              model: {uri: "hf://Qwen/Qwen2.5-Math-7B-Instruct", quantization: fp8}
              runtime:
                maxModelLen: 8192
                env: [{name: A, value: b}]
              gpu: {count: 2, pool: l40s}
              tolerations: [{key: dedicated}]
              resources: {requests: {cpu: 8}}
              replicas: {min: 2}
              expose: {via: label}
            """;

    static ModelServing bind(String yaml) {
        SourceObject source = ObjectScanner.scan(SourceText.of(yaml), "model.yaml", InputLimits.DEFAULT).documents().get(0);
        IntentSchema.Bound bound = ModelServingSchema.intent().bind(source.node());
        assertThat(bound.problems()).isEmpty();
        return ModelServingSchema.bind(new Intent(source, source.summary().name(), bound.spec()));
    }

    @Test
    void theJsonSchemaIsTheGoldenOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Io io = new Io(new byte[0], new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(FunctionCommand.commandLine(FunctionSet.of(List.of(new ModelServingFunction()), false), io).execute("--schema")).isZero();
        Golden.assertMatches(Golden.projectRoot().resolve("functions/model-serving-generator/src/test/resources/schema/model-serving.schema.json"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bindFillsTheRecordsWithValuesAndDefaults() {
        ModelServing m = bind(INTENT);
        assertThat(m.name()).isEqualTo("qwen");
        assertThat(m.targetNamespace()).isEqualTo("qwen");
        assertThat(m.createNamespace()).isTrue();
        assertThat(m.model().quantization()).contains("fp8");
        assertThat(m.model().parameters()).isEmpty();
        assertThat(m.runtime().maxModelLen()).contains(8192L);
        assertThat(m.runtime().gpuMemoryUtilization()).isEqualTo(0.9);
        assertThat(m.runtime().image()).isEqualTo(ModelServing.DEFAULT_IMAGE);
        assertThat(m.runtime().env()).extracting(ModelServing.EnvVar::name, ModelServing.EnvVar::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "b"));
        assertThat(m.download().ignorePatterns()).containsExactly("*.gguf", "*.bin", "*.pt", "*.pth", "*.h5", "*.msgpack", "*.onnx",
                "original/*", "consolidated*.safetensors");
        assertThat(m.gpu().count()).isEqualTo(2);
        assertThat(m.gpu().pool()).contains("l40s");
        assertThat(m.tolerations()).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("dedicated");
            assertThat(t.operator()).isEqualTo("Exists");
            assertThat(t.effect()).isEmpty();
        });
        // 2 GPUs: 2Gi of /dev/shm counted in the default memory (SharedMemoryTest)
        assertThat(m.containerResources()).isEqualTo(new Resources("8", "18Gi", "8", "18Gi"));
        assertThat(m.replicas().maxOrMin()).isEqualTo(2);
        assertThat(m.expose().routeObject()).isFalse();
        assertThat(m.nodeSelector()).isEqualTo(Optional.empty());
        assertThat(m.tensorParallelSize()).isEqualTo(2);
        assertThat(m.claimName()).isEqualTo("qwen-model-weights");
        assertThat(bind(INTENT.replace("replicas: {min: 2}", "nodeSelector: {}")).nodeSelector()).contains(Map.of());
    }

    @Test
    void originNamesFieldPathsAndWhatTheUserWrote() {
        ModelServing m = bind(INTENT);
        assertThat(m.at().pathOf("gpu")).isEqualTo("spec.gpu");
        assertThat(m.gpu().at().pathOf("count")).isEqualTo("spec.gpu.count");
        assertThat(m.gpu().at().has("count")).isTrue();
        assertThat(m.gpu().at().has("product")).isFalse();
        assertThat(m.storage().at().path()).isEqualTo("spec.storage");
        assertThat(m.at().has("storage")).isFalse();
        assertThat(m.runtime().at().has("gpuMemoryUtilization")).as("a default is not written").isFalse();
        assertThatThrownBy(() -> m.gpu().at().pathOf("cuont")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spec.gpu has no field cuont");
        assertThat(List.of(m.replicas().at().pathOf("min"))).containsExactly("spec.replicas.min");
    }
}
