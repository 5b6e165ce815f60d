package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.catalog.ModelFacts;
import dev.rhoaikrm.core.fn.Expansion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a checkpoint's weights are stored (what is downloaded and how big the volume must be) and
 * how vLLM holds them in GPU memory: the same, or fp8 when vLLM quantizes bf16/fp16 weights at load
 * time ({@code runtime.quantization: fp8}, {@code --quantization=fp8}). The two are separate because
 * vLLM refuses {@code --quantization} on a checkpoint that already declares its own quantization
 * (Red Hat's {@code *-FP8-dynamic} and llm-compressor checkpoints declare {@code compressed-tensors}):
 * vllm/config/model.py ModelConfig._verify_quantization, "Quantization method specified in the model
 * config (...) does not match the quantization method specified in the `quantization` argument".
 *
 * @param stored   the precision of the checkpoint as stored
 * @param loadTime the precision vLLM quantizes to at load time, or null
 */
record WeightPrecision(String stored, String loadTime) {
    /** Load-time quantization applies to unquantized checkpoints only. */
    static final List<String> UNQUANTIZED = List.of("bf16", "fp16");

    /** The precision of the weights in GPU memory. */
    String served() {
        return loadTime != null ? loadTime : stored;
    }

    String describe() {
        return loadTime == null ? stored : loadTime + " (" + stored + " weights quantized at load time)";
    }

    /**
     * The quantization scheme a checkpoint's name declares (Red Hat AI's and llm-compressor's
     * naming: {@code -FP8-dynamic}, {@code -quantized.w4a16}, {@code -quantized.w8a8}; AWQ, GPTQ,
     * bitsandbytes), as the precision it stores its weights in; empty for a name without one.
     */
    static Optional<String> declaredByName(String uri) {
        String name = uri.toLowerCase(Locale.ROOT);
        if (name.contains("mxfp4")) {
            return Optional.of("mxfp4");
        }
        if (name.contains("fp8")) {
            return Optional.of("fp8");
        }
        for (String fourBit : List.of("nvfp4", "fp4", "w4a16", "w4a4", "int4", "awq", "gptq", "4bit", "bnb")) {
            if (name.contains(fourBit)) {
                return Optional.of("int4");
            }
        }
        for (String eightBit : List.of("w8a8", "w8a16", "int8", "8bit")) {
            if (name.contains(eightBit)) {
                return Optional.of("int8");
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves the intent's precision, reporting contradictions on {@code out}. Stored: as stated
     * ({@code model.quantization}), else as the checkpoint's name declares, else the catalog's,
     * else bf16. A stated precision that contradicts the catalog's base checkpoint (no scheme in its
     * name, no {@code model.catalogId} saying it derives from it) is refused: it used to mean
     * "quantize at load time", which is {@code runtime.quantization} now.
     */
    static WeightPrecision resolve(ModelServing m, Optional<ModelFacts> facts, Expansion out) {
        Optional<String> stated = m.model().quantization();
        Optional<String> byName = declaredByName(m.uri().text());
        boolean baseCheckpoint = facts.isPresent() && byName.isEmpty() && m.model().catalogId().isEmpty();
        String stored;
        if (stated.isPresent()) {
            stored = stated.get();
            if (baseCheckpoint && !stored.equals(facts.get().dtype())) {
                out.error(m.model().at().pathOf("quantization"), m.uri().text() + " is " + facts.get().huggingFace()
                        + ", stored as " + facts.get().dtype() + " (model catalog); model.quantization says how a checkpoint is stored."
                        + (stored.equals("fp8") ? " To serve it in fp8, set runtime.quantization: fp8 (vLLM quantizes it at load time)." : "")
                        + " For a quantized derivative of it, name the model it derives from in model.catalogId.");
            }
        } else {
            stored = byName.isPresent() ? byName.get() : facts.isPresent() ? facts.get().dtype() : "bf16";
        }
        String loadTime = m.runtime().quantization().orElse(null);
        if (loadTime != null && !UNQUANTIZED.contains(stored)) {
            out.error(m.runtime().at().pathOf("quantization"), "the checkpoint is already quantized (stored as " + stored
                    + (stated.isPresent() ? ", model.quantization" : byName.isPresent() ? ", by its name" : ", model catalog")
                    + "): vLLM refuses --quantization=" + loadTime + " on it (vllm/config/model.py _verify_quantization); remove runtime.quantization");
            loadTime = null;
        }
        return new WeightPrecision(stored, loadTime);
    }
}
