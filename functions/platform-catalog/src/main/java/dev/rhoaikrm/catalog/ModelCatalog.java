package dev.rhoaikrm.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Facts of common LLMs ({@code models.yaml}, shipped in this jar) for GPU sizing: parameters, layers,
 * attention and KV heads, head size, weight format and context length.
 *
 * <p>{@link #find(String)} recognises a model from its id or from a storage URI (hf://, oci://
 * modelcar, pvc:// folder), so a ModelServing intent need not repeat what the catalog knows.
 */
public final class ModelCatalog {

    private final List<ModelFacts> all;

    private ModelCatalog(List<ModelFacts> all) {
        this.all = List.copyOf(all);
    }

    /**
     * Lazy, thread-safe holder (class initialisation). The entries are constructor calls the build
     * compiled from models.yaml after checking it ({@link CatalogCompiler}): nothing is parsed,
     * converted or checked at start.
     */
    private static final class Shipped {
        static final ModelCatalog CATALOG = new ModelCatalog(ShippedCatalogs.models());

        static {
            dev.rhoaikrm.core.trace.Trace.mark("model catalog built");
        }
    }

    /** The catalog shipped in this jar. */
    public static ModelCatalog shipped() {
        return Shipped.CATALOG;
    }

    /** Parses and checks catalog text as the build does; package-private so that tests can feed broken catalogs. */
    static ModelCatalog parse(String source, String yaml) {
        return new ModelCatalog(ModelCatalogReader.read(source, CatalogYaml.read(source, yaml)));
    }

    /**
     * The model named by {@code idOrUri}: first an exact id (case ignored), else the model with the
     * longest {@code match} string contained in it (case ignored). Longest wins so that a URI of
     * {@code gpt-oss-120b} or {@code Qwen2.5-Math-7B-Instruct} never resolves to a model whose
     * name is merely similar; on equal length the earlier entry wins, for determinism.
     *
     * <p>Examples: {@code oci://registry.redhat.io/rhelai1/modelcar-gpt-oss-120b:1.5},
     * {@code hf://Qwen/Qwen2.5-Math-7B-Instruct}, {@code pvc://model-weights/Nemotron-Orchestrator-8B}.
     */
    public Optional<ModelFacts> find(String idOrUri) {
        String wanted = idOrUri.strip().toLowerCase(Locale.ROOT);
        for (ModelFacts model : all) {
            if (model.id().equals(wanted)) {
                return Optional.of(model);
            }
        }
        ModelFacts best = null;
        int bestLength = 0;
        for (ModelFacts model : all) {
            for (String m : model.match()) {
                if (m.length() > bestLength && wanted.contains(m)) {
                    best = model;
                    bestLength = m.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every model, in file order. */
    public List<ModelFacts> all() {
        return all;
    }
}
