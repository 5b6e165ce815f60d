package dev.rhoaikrm.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code models.yaml} into {@link ModelFacts} and checks it thoroughly: types, unknown fields,
 * duplicate ids and match strings, id and repository syntax, grouped-query attention, weight formats.
 *
 * <p>Runs in the build ({@link CatalogCompiler}: a defect fails the build with a message naming file,
 * entry and field) and in tests (the oracle of the compiled catalog); never at a render's start.
 */
final class ModelCatalogReader {

    private static final Set<String> FIELDS = Set.of("id", "huggingFace", "match", "parametersB", "layers",
            "attentionHeads", "kvHeads", "headDim", "intermediateSize", "experts", "dtype", "quantizedParametersB",
            "maxContext", "sources");
    private static final Set<String> DTYPES = Set.of("bf16", "fp16", "mxfp4");

    private ModelCatalogReader() {
    }

    /**
     * The models of a document as the YAML library reads it, checked.
     *
     * @param source file name used in messages
     * @throws IllegalStateException naming file, entry and field of the first defect
     */
    static List<ModelFacts> read(String source, Object document) {
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
        return List.copyOf(all);
    }

    // Checked by hand, not by regular expressions (ModelCatalogTest holds them to the patterns): the
    // checks ran at every start until the catalog was compiled, and a pattern costs ~50 us a match cold.

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
}
