package dev.rhoaikrm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.shipped();

    private String idOf(String uri) {
        return catalog.find(uri).map(ModelFacts::id).orElse("<none>");
    }

    @Test
    void everyEntryLoadsAndTheAskedForModelsArePresent() {
        assertThat(catalog.all()).extracting(ModelFacts::id).contains(
                "gpt-oss-120b", "gpt-oss-20b", "qwen2.5-math-7b-instruct", "nemotron-orchestrator-8b",
                "llama-3.1-8b-instruct", "llama-3.1-70b-instruct", "llama-3.3-70b-instruct",
                "llama-3.2-1b-instruct", "llama-3.2-3b-instruct", "granite-3.3-8b-instruct",
                "granite-3.3-2b-instruct", "granite-3.1-8b-instruct", "mistral-7b-instruct-v0.3",
                "qwen2.5-7b-instruct", "qwen2.5-32b-instruct", "qwen2.5-72b-instruct",
                "deepseek-r1-distill-qwen-7b", "deepseek-r1-distill-qwen-14b", "deepseek-r1-distill-qwen-32b",
                "deepseek-r1-distill-llama-8b", "deepseek-r1-distill-llama-70b");
        assertThat(catalog.all()).isUnmodifiable();
        assertThat(ModelCatalog.shipped()).isSameAs(catalog);
    }

    @Test
    void theReferenceRepositoryUrisResolve() {
        assertThat(idOf("oci://registry.redhat.io/rhelai1/modelcar-gpt-oss-120b:1.5")).isEqualTo("gpt-oss-120b");
        assertThat(idOf("hf://Qwen/Qwen2.5-Math-7B-Instruct")).isEqualTo("qwen2.5-math-7b-instruct");
        assertThat(idOf("pvc://qwen-model-weights/Qwen2.5-Math-7B-Instruct")).isEqualTo("qwen2.5-math-7b-instruct");
        assertThat(idOf("pvc://model-weights/Nemotron-Orchestrator-8B")).isEqualTo("nemotron-orchestrator-8b");
    }

    @Test
    void similarNamesDoNotCapture() {
        assertThat(idOf("hf://openai/gpt-oss-20b")).isEqualTo("gpt-oss-20b");
        assertThat(idOf("oci://registry.redhat.io/rhelai1/modelcar-gpt-oss-20b:1.5")).isEqualTo("gpt-oss-20b");
        assertThat(idOf("hf://Qwen/Qwen2.5-7B-Instruct")).isEqualTo("qwen2.5-7b-instruct");
        assertThat(idOf("hf://deepseek-ai/DeepSeek-R1-Distill-Qwen-7B")).isEqualTo("deepseek-r1-distill-qwen-7b");
        assertThat(idOf("hf://meta-llama/Llama-3.1-70B-Instruct")).isEqualTo("llama-3.1-70b-instruct");
        assertThat(idOf("oci://registry.redhat.io/rhelai1/modelcar-llama-3-3-70b-instruct:1.5"))
                .isEqualTo("llama-3.3-70b-instruct");
        assertThat(idOf("hf://ibm-granite/granite-3.3-2b-instruct")).isEqualTo("granite-3.3-2b-instruct");
        assertThat(idOf("s3://bucket/models/unknown-model-13b")).isEqualTo("<none>");
    }

    @Test
    void exactIdWinsAndIgnoresCase() {
        assertThat(idOf("GPT-OSS-120B")).isEqualTo("gpt-oss-120b");
        assertThat(idOf("  qwen2.5-7b-instruct ")).isEqualTo("qwen2.5-7b-instruct");
    }

    @Test
    void everyMatchStringAndRepositoryResolvesToItsOwnModel() {
        // Guards the whole file against one model's string shadowing another's.
        for (ModelFacts m : catalog.all()) {
            assertThat(idOf("hf://" + m.huggingFace())).as(m.huggingFace()).isEqualTo(m.id());
            for (String s : m.match()) {
                assertThat(idOf("pvc://weights/" + s + "/")).as(s).isEqualTo(m.id());
            }
        }
    }

    @Test
    void idsAndMatchStringsAreUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> strings = new HashSet<>();
        for (ModelFacts m : catalog.all()) {
            assertThat(ids.add(m.id())).as("duplicate id %s", m.id()).isTrue();
            for (String s : m.match()) {
                assertThat(strings.add(s)).as("duplicate match %s", s).isTrue();
            }
        }
    }

    @Test
    void headsAreConsistent() {
        assertThat(catalog.all()).allSatisfy(m -> {
            assertThat(m.attentionHeads() % m.kvHeads()).as(m.id()).isZero();
            assertThat(m.headDim()).as(m.id()).isIn(64, 128);
            assertThat(m.dtype()).isIn("bf16", "fp16", "mxfp4");
        });
    }

    @Test
    void referenceModelFacts() {
        ModelFacts gptOss = catalog.find("gpt-oss-120b").orElseThrow();
        assertThat(gptOss).isEqualTo(new ModelFacts("gpt-oss-120b", "openai/gpt-oss-120b",
                List.of("openai/gpt-oss-120b", "modelcar-gpt-oss-120b", "gpt-oss-120b"),
                116.8, 36, 64, 8, 64, 2880, 128, "mxfp4", 114.71, 131072,
                List.of("https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json", "https://arxiv.org/abs/2508.10925")));
        ModelFacts orchestrator = catalog.find("nemotron-orchestrator-8b").orElseThrow();
        assertThat(List.of(orchestrator.layers(), orchestrator.attentionHeads(), orchestrator.kvHeads(),
                orchestrator.headDim())).containsExactly(36, 32, 8, 128);
        ModelFacts math = catalog.find("qwen2.5-math-7b-instruct").orElseThrow();
        assertThat(List.of(math.layers(), math.attentionHeads(), math.kvHeads(), math.maxContext()))
                .containsExactly(28, 28, 4, 4096);
    }

    // ---- a malformed catalog is a programming error that names the entry and the field ----

    private static final String GOOD = """
            models:
            - id: tiny
              huggingFace: Org/Tiny
              match: [org/tiny, tiny-model]
              parametersB: 1.5
              layers: 2
              attentionHeads: 8
              kvHeads: 2
              headDim: 64
              intermediateSize: 512
              dtype: bf16
              maxContext: 4096
              sources: [https://huggingface.co/Org/Tiny/blob/main/config.json]
            """;

    @Test
    void aWellFormedSnippetParses() {
        assertThat(ModelCatalog.parse("m.yaml", GOOD).find("x/Tiny-Model")).map(ModelFacts::id).contains("tiny");
    }

    @Test
    void indivisibleHeadsAreNamed() {
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("kvHeads: 2", "kvHeads: 3")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("m.yaml: entry 1 (tiny): field kvHeads: 3 does not divide attentionHeads 8");
    }

    @Test
    void theNewFieldsAreChecked() {
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("  intermediateSize: 512\n", "")))
                .isInstanceOf(IllegalStateException.class).hasMessage("m.yaml: entry 1 (tiny): field intermediateSize: missing");
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("dtype: bf16", "dtype: mxfp4\n  quantizedParametersB: 1.5")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("field quantizedParametersB: must be less than parametersB");
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("dtype: bf16", "dtype: bf16\n  quantizedParametersB: 1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("applies to a partly quantized checkpoint");
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("[https://huggingface.co/Org/Tiny/blob/main/config.json]", "[see card]")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("field sources[0]: expected an https:// address");
        assertThat(ModelCatalog.parse("m.yaml", GOOD.replace("dtype: bf16", "experts: 4\n  dtype: bf16")).find("tiny").orElseThrow().moe()).isTrue();
    }

    @Test
    void otherDefectsAreNamed() {
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("dtype: bf16", "dtype: int4")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("(tiny): field dtype:");
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("[org/tiny, tiny-model]", "[tiny-model]")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("(tiny): field match: must include");
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("tiny-model]", "Tiny-Model]")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("(tiny): field match[1]:");
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("layers: 2", "layers: 0")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("(tiny): field layers:");
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD.replace("  maxContext: 4096\n", "")))
                .isInstanceOf(IllegalStateException.class).hasMessage("m.yaml: entry 1 (tiny): field maxContext: missing");
        String second = GOOD.substring(GOOD.indexOf('-')).replace("id: tiny", "id: tiny2").replace("Org/Tiny", "Org/Tiny2")
                .replace("org/tiny,", "org/tiny2,");
        assertThatThrownBy(() -> ModelCatalog.parse("m.yaml", GOOD + second))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry 2 (tiny2): field match[1]: \"tiny-model\" already identifies tiny");
    }

    @Test
    void theHandWrittenChecksAreTheirPatterns() {
        PatternOracle.assertSameAs("[a-z0-9]([-a-z0-9.]*[a-z0-9])?", ModelCatalogReader::isId, "az09-./ A\t", 7, 11);
        PatternOracle.assertSameAs("[^/\\s]+/[^/\\s]+", ModelCatalogReader::isOrgSlashName, "az09-./ A\t", 7, 11);
    }
}
