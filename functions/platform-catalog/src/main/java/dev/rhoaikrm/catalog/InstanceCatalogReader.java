package dev.rhoaikrm.catalog;

import dev.rhoaikrm.core.intent.KnownPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code instance-types.yaml} into {@link InstanceType}s and checks it thoroughly (types, unknown
 * fields, duplicates, label syntax, and that a GPU product has one memory size and one accelerator
 * value everywhere), because the generated manifests trust these facts.
 *
 * <p>Runs in the build ({@link CatalogCompiler}: a defect fails the build with a message naming file,
 * entry and field) and in tests (the oracle of the compiled catalog); never at a render's start.
 */
final class InstanceCatalogReader {

    private static final Set<String> PLATFORMS = Set.of("aws", "azure", "gcp");
    private static final Set<String> FIELDS = Set.of("platform", "name", "gpu", "vcpu", "memoryMiB", "offeredAs");
    /** The capacity kinds an entry can be restricted to (offeredAs). */
    private static final Set<String> CAPACITY = Set.of(InstanceType.SPOT, "flex-start");
    private static final Set<String> GPU_FIELDS = Set.of("product", "count", "memoryGiB", "accelerator");

    private InstanceCatalogReader() {
    }

    /**
     * The instance types of a document as the YAML library reads it, checked.
     *
     * @param source file name used in messages
     * @throws IllegalStateException naming file, entry and field of the first defect
     */
    static List<InstanceType> read(String source, Object document) {
        List<InstanceType> all = new ArrayList<>();
        Map<String, InstanceType> byKey = new HashMap<>();
        Map<String, GpuSpec> byProduct = new LinkedHashMap<>();
        Map<String, String> productByAccelerator = new HashMap<>();
        for (CatalogYaml.Entry entry : CatalogYaml.entries(source, document, "instanceTypes", "platform", "name")) {
            entry.allowOnly(FIELDS);
            String platform = entry.text("platform");
            if (!PLATFORMS.contains(platform)) {
                throw entry.error("platform", "expected one of aws, azure, gcp, got \"" + platform + "\"");
            }
            String name = entry.text("name");
            GpuSpec gpu = gpu(entry.child("gpu"));
            List<String> offeredAs = entry.has("offeredAs") ? entry.texts("offeredAs") : List.of();
            for (String capacity : offeredAs) {
                if (!CAPACITY.contains(capacity)) {
                    throw entry.error("offeredAs", "expected some of spot, flex-start, got \"" + capacity + "\"");
                }
            }
            InstanceType type = new InstanceType(platform, name, gpu, entry.positiveInt("vcpu"),
                    entry.positiveLong("memoryMiB"), offeredAs);
            if (type.allocatableMemoryMiB() <= 0) {
                throw entry.error("memoryMiB", "smaller than the node's system reservation");
            }
            if (byKey.putIfAbsent(InstanceType.lookupKey(platform, name), type) != null) {
                throw entry.error("name", "duplicate instance type " + platform + "/" + name);
            }
            // One product must mean one GPU everywhere: lookups by product return a single answer.
            GpuSpec seen = byProduct.putIfAbsent(gpu.product().toLowerCase(Locale.ROOT), gpu);
            if (seen != null && !seen.product().equals(gpu.product())) { // nodes carry one spelling
                throw entry.error("gpu.product", "\"" + gpu.product() + "\" is spelled \"" + seen.product() + "\" earlier");
            }
            if (seen != null && seen.memoryGiB() != gpu.memoryGiB()) {
                throw entry.error("gpu.memoryGiB", gpu.memoryGiB() + " differs from " + seen.memoryGiB()
                        + " given earlier for " + seen.product());
            }
            if (seen != null && !seen.accelerator().equals(gpu.accelerator())) {
                throw entry.error("gpu.accelerator", gpu.accelerator() + " differs from " + seen.accelerator()
                        + " given earlier for " + seen.product());
            }
            // ...and one accelerator value one product, so ClusterAutoscaler limits count one kind of GPU.
            String other = productByAccelerator.putIfAbsent(gpu.accelerator(), gpu.product());
            if (other != null && !other.equalsIgnoreCase(gpu.product())) {
                throw entry.error("gpu.accelerator", gpu.accelerator() + " is already used for " + other);
            }
            all.add(type);
        }
        return List.copyOf(all);
    }

    private static GpuSpec gpu(CatalogYaml.Entry gpu) {
        gpu.allowOnly(GPU_FIELDS);
        String product = gpu.text("product");
        if (!isLabelValue(product, false)) {
            throw gpu.error("product", "not a valid label value: \"" + product + "\"");
        }
        String accelerator = gpu.text("accelerator");
        if (!isLabelValue(accelerator, true)) {
            throw gpu.error("accelerator", "expected a lowercase label value like nvidia-l40s, got \""
                    + accelerator + "\"");
        }
        return new GpuSpec(product, gpu.positiveInt("count"), gpu.positiveNumber("memoryGiB"), accelerator);
    }

    /**
     * A Kubernetes label value (both labels end up on MachineSet templates and nodes):
     * [A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?; with {@code lowercaseOnly} our convention for
     * cluster-api/accelerator, [a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?, like nvidia-l40s: KnownPattern's
     * hand matchers (a non-empty label value; a DNS label) with the 63-character limit
     * (InstanceCatalogTest holds it to the patterns).
     */
    static boolean isLabelValue(String s, boolean lowercaseOnly) {
        if (s.isEmpty() || s.length() > 63) {
            return false;
        }
        return lowercaseOnly ? KnownPattern.DNS_LABEL.matches(s) : KnownPattern.LABEL_VALUE.matches(s);
    }

    /**
     * One GPU per product, as {@link InstanceCatalog} answers for it (product, memory, accelerator):
     * the first entry's ({@link #read} checked that the others agree), in alphabetical order of the
     * product, so that listing the products needs no sorting at a render's start.
     */
    static List<GpuSpec> gpus(List<InstanceType> all) {
        Map<String, GpuSpec> byProduct = new LinkedHashMap<>();
        for (InstanceType t : all) {
            byProduct.putIfAbsent(t.gpu().product().toLowerCase(Locale.ROOT), t.gpu());
        }
        Map<String, GpuSpec> alphabetical = new TreeMap<>();
        for (GpuSpec gpu : byProduct.values()) {
            alphabetical.put(gpu.product(), gpu);
        }
        return List.copyOf(alphabetical.values());
    }
}
