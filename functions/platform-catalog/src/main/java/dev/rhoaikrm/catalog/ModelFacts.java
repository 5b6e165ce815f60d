package dev.rhoaikrm.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What GPU sizing needs to know about one LLM, from {@code models.yaml} (the model's
 * {@code config.json} and model card on Hugging Face).
 *
 * @param id                   short lowercase name, e.g. {@code gpt-oss-120b}
 * @param huggingFace          the Hugging Face repository, {@code ORG/NAME}
 * @param match                lowercase substrings that identify the model in a storage URI
 * @param parametersB          total parameters in billions (all experts of a mixture-of-experts model)
 * @param layers               {@code num_hidden_layers}
 * @param attentionHeads       {@code num_attention_heads}; tensor parallelism must divide it
 * @param kvHeads              {@code num_key_value_heads}
 * @param headDim              {@code head_dim} (or hidden_size / num_attention_heads)
 * @param intermediateSize     {@code intermediate_size}, the MLP width; tensor parallelism must divide it
 * @param experts              {@code num_local_experts} of a mixture of experts, 0 for a dense model
 * @param dtype                weights as shipped: {@code bf16}, {@code fp16} or {@code mxfp4}
 * @param quantizedParametersB the parameters stored at {@code dtype} when the rest are bf16 (gpt-oss), else 0
 * @param maxContext           {@code max_position_embeddings}
 * @param sources              where the figures come from
 */
public record ModelFacts(String id, String huggingFace, List<String> match, double parametersB, int layers,
        int attentionHeads, int kvHeads, int headDim, int intermediateSize, int experts, String dtype,
        double quantizedParametersB, int maxContext, List<String> sources) {

    public ModelFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(huggingFace, "huggingFace");
        Objects.requireNonNull(dtype, "dtype");
        match = List.copyOf(match);
        sources = List.copyOf(sources);
    }

    /** Whether the model is a mixture of experts. */
    public boolean moe() {
        return experts > 0;
    }
}
