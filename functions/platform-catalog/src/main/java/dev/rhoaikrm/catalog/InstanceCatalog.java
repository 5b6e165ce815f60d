package dev.rhoaikrm.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The GPU instance types rhoai-krm knows ({@code instance-types.yaml}, shipped in this jar): GPU
 * model, GPUs per node, GPU memory, vCPU and memory of AWS, Azure and GCP GPU instances (the figures
 * the clouds' APIs report, which the providers' MachineSet controllers also write into the
 * scale-from-zero annotations). It feeds the {@code cluster-api/accelerator} label, ClusterAutoscaler
 * GPU limits, Kueue quotas and the GPU sizing check of ModelServing.
 *
 * <p>Loading checks the file thoroughly (types, unknown fields, duplicates, label syntax, and that a
 * GPU product has one memory size and one accelerator value everywhere), because the generated
 * manifests trust these facts; a defect is an {@link IllegalStateException} naming entry and field.
 */
public final class InstanceCatalog {

    private static final Set<String> PLATFORMS = Set.of("aws", "azure", "gcp");
    private static final Set<String> FIELDS = Set.of("platform", "name", "gpu", "vcpu", "memoryMiB", "offeredAs");
    /** The capacity kinds an entry can be restricted to (offeredAs). */
    private static final Set<String> CAPACITY = Set.of(InstanceType.SPOT, "flex-start");
    private static final Set<String> GPU_FIELDS = Set.of("product", "count", "memoryGiB", "accelerator");
    /**
     * Fewest GPUs first, then by name and platform. A plain class rather than Comparator.comparing
     * chains: those spin lambda classes at run time, milliseconds of every render's start.
     */
    private static final Comparator<InstanceType> BY_COUNT_THEN_NAME = new Comparator<>() {
        @Override
        public int compare(InstanceType a, InstanceType b) {
            int byCount = Integer.compare(a.gpu().count(), b.gpu().count());
            int byName = a.name().compareTo(b.name());
            return byCount != 0 ? byCount : byName != 0 ? byName : a.platform().compareTo(b.platform());
        }
    };

    private final List<InstanceType> all;
    private final Map<String, InstanceType> byPlatformAndName;
    /** Lowercase product -> the GPU facts shared by every entry with that product. */
    private final Map<String, GpuSpec> byProduct;

    private InstanceCatalog(List<InstanceType> all, Map<String, InstanceType> byPlatformAndName,
            Map<String, GpuSpec> byProduct) {
        this.all = List.copyOf(all);
        this.byPlatformAndName = Map.copyOf(byPlatformAndName);
        this.byProduct = Map.copyOf(byProduct);
    }

    /**
     * Lazy holder: the file is parsed once, on first use, and class initialisation makes that
     * thread-safe without locks. A failure is kept and rethrown on every call, so callers always see
     * the same {@link IllegalStateException} rather than a later {@link NoClassDefFoundError}.
     */
    private static final class Shipped {
        static final InstanceCatalog CATALOG;
        static final IllegalStateException FAILURE;

        static {
            InstanceCatalog catalog = null;
            IllegalStateException failure = null;
            try {
                catalog = from("instance-types.yaml", CatalogData.document("instance-types.yaml"));
                dev.rhoaikrm.core.trace.Trace.mark("instance catalog built");
            } catch (IllegalStateException e) {
                failure = e;
            }
            CATALOG = catalog;
            FAILURE = failure;
        }
    }

    /** The catalog shipped in this jar. */
    public static InstanceCatalog shipped() {
        if (Shipped.FAILURE != null) {
            throw new IllegalStateException(Shipped.FAILURE.getMessage(), Shipped.FAILURE);
        }
        return Shipped.CATALOG;
    }

    /** Parses catalog text; package-private so that tests can feed broken catalogs. */
    static InstanceCatalog parse(String source, String yaml) {
        return from(source, CatalogYaml.read(source, yaml));
    }

    /** The catalog in a document as the YAML library reads it (the shipped one is compiled: {@link CatalogData}). */
    private static InstanceCatalog from(String source, Object document) {
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
            if (byKey.putIfAbsent(key(platform, name), type) != null) {
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
        return new InstanceCatalog(all, byKey, byProduct);
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
     * cluster-api/accelerator, [a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?, like nvidia-l40s. Checked by hand:
     * a regular expression costs ~50 us per match in a cold JVM, and every render loads the catalog.
     */
    static boolean isLabelValue(String s, boolean lowercaseOnly) {
        if (s.isEmpty() || s.length() > 63 || !alphanumeric(s.charAt(0), lowercaseOnly)
                || !alphanumeric(s.charAt(s.length() - 1), lowercaseOnly)) {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (!(alphanumeric(c, lowercaseOnly) || c == '-' || !lowercaseOnly && (c == '_' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char c, boolean lowercaseOnly) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || !lowercaseOnly && c >= 'A' && c <= 'Z';
    }

    /** Instance names are compared without case: Azure treats VM sizes case-insensitively. */
    private static String key(String platform, String name) {
        return platform.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** The instance type {@code name} of {@code platform} (aws, azure, gcp), ignoring case. */
    public Optional<InstanceType> find(String platform, String name) {
        return Optional.ofNullable(byPlatformAndName.get(key(platform, name)));
    }

    /** Every entry, in file order. */
    public List<InstanceType> all() {
        return all;
    }

    /** Every GPU product, as the catalog spells it, in alphabetical order. */
    public List<String> gpuProducts() {
        List<String> products = new ArrayList<>(byProduct.size());
        for (GpuSpec gpu : byProduct.values()) {
            products.add(gpu.product());
        }
        java.util.Collections.sort(products);
        return products;
    }

    /**
     * Every instance type whose GPUs are {@code product} (the {@code nvidia.com/gpu.product} value,
     * case ignored), fewest GPUs first, then by name: the first one that fits is the smallest.
     */
    public List<InstanceType> withGpuProduct(String product) {
        List<InstanceType> types = new ArrayList<>();
        for (InstanceType t : all) {
            if (t.gpu().product().equalsIgnoreCase(product)) {
                types.add(t);
            }
        }
        types.sort(BY_COUNT_THEN_NAME);
        return List.copyOf(types);
    }

    /** Usable memory of one GPU of {@code product}, in GiB, as the device reports it. */
    public Optional<Double> gpuMemoryGiB(String product) {
        Optional<GpuSpec> spec = spec(product);
        return spec.isPresent() ? Optional.of(spec.get().memoryGiB()) : Optional.empty();
    }

    /** The {@code cluster-api/accelerator} label value for pools of {@code product}. */
    public Optional<String> acceleratorFor(String product) {
        Optional<GpuSpec> spec = spec(product);
        return spec.isPresent() ? Optional.of(spec.get().accelerator()) : Optional.empty();
    }

    private Optional<GpuSpec> spec(String product) {
        return Optional.ofNullable(byProduct.get(product.toLowerCase(Locale.ROOT)));
    }
}
