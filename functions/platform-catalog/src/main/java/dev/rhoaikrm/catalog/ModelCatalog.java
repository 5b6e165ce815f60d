package dev.rhoaikrm.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts of common LLMs ({@code models.yaml}, shipped in this jar) for GPU sizing: parameters, layers,
 * attention and KV heads, head size, weight format and context length.
 *
 * <p>{@link #find(String)} recognises a model from its id or from a storage URI (hf://, oci://
 * modelcar, pvc:// folder), so a ModelServing intent need not repeat what the catalog knows.
 */
public final class ModelCatalog {

    private static final Set<String> FIELDS = Set.of("id", "huggingFace", "match", "parametersB", "layers",
            "attentionHeads", "kvHeads", "headDim", "intermediateSize", "experts", "dtype", "quantizedParametersB",
            "maxContext", "sources");
    private static final Set<String> DTYPES = Set.of("bf16", "fp16", "mxfp4");

    private final List<ModelFacts> all;

    private ModelCatalog(List<ModelFacts> all) {
        this.all = List.copyOf(all);
    }

    /** Lazy, thread-safe holder; see {@code InstanceCatalog.Shipped} for why failures are kept. */
    private static final class Shipped {
        static final ModelCatalog CATALOG;
        static final IllegalStateException FAILURE;

        static {
            ModelCatalog catalog = null;
            IllegalStateException failure = null;
            try {
                catalog = from("models.yaml", CatalogData.document("models.yaml"));
                dev.rhoaikrm.core.trace.Trace.mark("model catalog built");
            } catch (IllegalStateException e) {
                failure = e;
            }
            CATALOG = catalog;
            FAILURE = failure;
        }
    }

    /** The catalog shipped in this jar. */
    public static ModelCatalog shipped() {
        if (Shipped.FAILURE != null) {
            throw new IllegalStateException(Shipped.FAILURE.getMessage(), Shipped.FAILURE);
        }
        return Shipped.CATALOG;
    }

    /** Parses catalog text; package-private so that tests can feed broken catalogs. */
    static ModelCatalog parse(String source, String yaml) {
        return from(source, CatalogYaml.read(source, yaml));
    }

    /** The catalog in a document as the YAML library reads it (the shipped one is compiled: {@link CatalogData}). */
    private static ModelCatalog from(String source, Object document) {
        List<ModelFacts> all = new ArrayList<>();
        Map<String, String> ownerOfMatch = new HashMap<>();
        for (CatalogYaml.Entry entry : CatalogYaml.entries(source, document, "models", "id")) {
            entry.allowOnly(FIELDS);
            String id = entry.text("id");
            if (!isId(id)) {
                throw entry.error("id", "expected lowercase letters, digits, '.' and '-', got \"" + id + "\"");
            }
            for (ModelFacts m : all) {
                if (m.id().equals(id)) {
                    throw entry.error("id", "duplicate id " + id);
                }
            }
            String huggingFace = entry.text("huggingFace");
            if (!isOrgSlashName(huggingFace)) {
                throw entry.error("huggingFace", "expected ORG/NAME, got \"" + huggingFace + "\"");
            }
            List<String> match = entry.texts("match");
            for (int i = 0; i < match.size(); i++) {
                String m = match.get(i);
                if (!m.equals(m.toLowerCase(Locale.ROOT)) || !m.equals(m.strip())) {
                    throw entry.error("match[" + i + "]", "must be lowercase without surrounding spaces: \"" + m + "\"");
                }
                // Unique strings keep find() unambiguous: a string names exactly one model.
                String owner = ownerOfMatch.putIfAbsent(m, id);
                if (owner != null) {
                    throw entry.error("match[" + i + "]", "\"" + m + "\" already identifies " + owner);
                }
            }
            if (!match.contains(huggingFace.toLowerCase(Locale.ROOT))) {
                throw entry.error("match", "must include the Hugging Face id, lowercase: "
                        + huggingFace.toLowerCase(Locale.ROOT));
            }
            int heads = entry.positiveInt("attentionHeads");
            int kvHeads = entry.positiveInt("kvHeads");
            if (heads % kvHeads != 0) {
                // Grouped-query attention shares each KV head among a whole number of query heads.
                throw entry.error("kvHeads", kvHeads + " does not divide attentionHeads " + heads);
            }
            String dtype = entry.text("dtype");
            if (!DTYPES.contains(dtype)) {
                throw entry.error("dtype", "expected one of bf16, fp16, mxfp4, got \"" + dtype + "\"");
            }
            double parameters = entry.positiveNumber("parametersB");
            double quantized = entry.has("quantizedParametersB") ? entry.positiveNumber("quantizedParametersB") : 0;
            if (quantized >= parameters) {
                throw entry.error("quantizedParametersB", "must be less than parametersB " + parameters);
            }
            if (quantized > 0 && !dtype.equals("mxfp4")) {
                throw entry.error("quantizedParametersB", "applies to a partly quantized checkpoint (dtype mxfp4), not " + dtype);
            }
            List<String> sources = entry.texts("sources");
            for (int i = 0; i < sources.size(); i++) {
                if (!sources.get(i).startsWith("https://")) {
                    throw entry.error("sources[" + i + "]", "expected an https:// address, got \"" + sources.get(i) + "\"");
                }
            }
            all.add(new ModelFacts(id, huggingFace, match, parameters, entry.positiveInt("layers"), heads, kvHeads,
                    entry.positiveInt("headDim"), entry.positiveInt("intermediateSize"),
                    entry.has("experts") ? entry.positiveInt("experts") : 0, dtype, quantized,
                    entry.positiveInt("maxContext"), sources));
        }
        return new ModelCatalog(all);
    }

    // Checked by hand, not by regular expressions: every render loads the catalog, and a pattern
    // costs ~50 us a match in a cold JVM (String.matches also compiles it each time).

    /** [a-z0-9]([-a-z0-9.]*[a-z0-9])? */
    static boolean isId(String id) {
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(0) == '.' || id.endsWith("-") || id.endsWith(".")) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** [^/\s]+/[^/\s]+: one slash between two non-empty parts without white space. */
    static boolean isOrgSlashName(String s) {
        int slash = s.indexOf('/');
        if (slash <= 0 || slash == s.length() - 1 || s.indexOf('/', slash + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
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
