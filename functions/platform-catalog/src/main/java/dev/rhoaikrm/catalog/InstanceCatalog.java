package dev.rhoaikrm.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The GPU instance types rhoai-krm knows ({@code instance-types.yaml}, shipped in this jar): GPU
 * model, GPUs per node, GPU memory, vCPU and memory of AWS, Azure and GCP GPU instances (the figures
 * the clouds' APIs report, which the providers' MachineSet controllers also write into the
 * scale-from-zero annotations). It feeds the {@code cluster-api/accelerator} label, ClusterAutoscaler
 * GPU limits, Kueue quotas and the GPU sizing check of ModelServing.
 *
 * <p>The shipped catalog is checked thoroughly in the build ({@link InstanceCatalogReader}: types,
 * unknown fields, duplicates, label syntax, one memory size and one accelerator value per GPU product)
 * and compiled to constructor calls ({@link CatalogCompiler}), because the generated manifests trust
 * these facts and a render should not pay for checking them again. What a render does not ask for is
 * not built: the per-product GPU facts (all a typical ModelServing render needs) come without the
 * instance types, and the lookup by name is a compiled string switch.
 */
public final class InstanceCatalog {

    /**
     * Fewest GPUs first, then by name and platform. A plain class rather than Comparator.comparing
     * chains: those spin lambda classes at run time, milliseconds of every render's start; loaded
     * only by {@link #withGpuProduct}.
     */
    private static final class ByCountThenName implements Comparator<InstanceType> {
        @Override
        public int compare(InstanceType a, InstanceType b) {
            int byCount = Integer.compare(a.gpu().count(), b.gpu().count());
            int byName = a.name().compareTo(b.name());
            return byCount != 0 ? byCount : byName != 0 ? byName : a.platform().compareTo(b.platform());
        }
    }

    /** Every entry in file order; null in the shipped catalog, whose entries {@link ShippedTypes} holds. */
    private final List<InstanceType> all;
    /** One GPU per product, in alphabetical order of the product ({@link InstanceCatalogReader#gpus}). */
    private final List<GpuSpec> gpus;
    /** {@link InstanceType#lookupKey} -> entry of a catalog given as text; built on its first {@link #find}. */
    private Map<String, InstanceType> byPlatformAndName;

    private InstanceCatalog(List<InstanceType> all, List<GpuSpec> gpus) {
        this.all = all == null ? null : List.copyOf(all);
        this.gpus = List.copyOf(gpus);
    }

    /** Lazy, thread-safe holder (class initialisation) of the shipped catalog: its GPU products only. */
    private static final class Shipped {
        static final InstanceCatalog CATALOG = new InstanceCatalog(null, ShippedCatalogs.gpus());

        static {
            dev.rhoaikrm.core.trace.Trace.mark("instance catalog built");
        }
    }

    /** The shipped entries, built when a render first asks for an entry. */
    private static final class ShippedTypes {
        static final List<InstanceType> ALL = ShippedCatalogs.instanceTypes();
    }

    /** The catalog shipped in this jar. */
    public static InstanceCatalog shipped() {
        return Shipped.CATALOG;
    }

    /** Parses and checks catalog text as the build does; package-private so that tests can feed broken catalogs. */
    static InstanceCatalog parse(String source, String yaml) {
        List<InstanceType> all = InstanceCatalogReader.read(source, CatalogYaml.read(source, yaml));
        return new InstanceCatalog(all, InstanceCatalogReader.gpus(all));
    }

    /** The instance type {@code name} of {@code platform} (aws, azure, gcp), ignoring case. */
    public Optional<InstanceType> find(String platform, String name) {
        String key = InstanceType.lookupKey(platform, name);
        if (all == null) { // the shipped catalog, whose lookup the build compiled
            int index = ShippedCatalogs.instanceTypeIndex(key);
            return index < 0 ? Optional.empty() : Optional.of(ShippedTypes.ALL.get(index));
        }
        return Optional.ofNullable(byPlatformAndName().get(key));
    }

    /** The lookup of a catalog given as text (tests), built on its first use. */
    private synchronized Map<String, InstanceType> byPlatformAndName() {
        if (byPlatformAndName == null) {
            Map<String, InstanceType> byKey = new HashMap<>();
            for (InstanceType t : all) {
                byKey.put(InstanceType.lookupKey(t.platform(), t.name()), t);
            }
            byPlatformAndName = byKey;
        }
        return byPlatformAndName;
    }

    /** Every entry, in file order. */
    public List<InstanceType> all() {
        return all != null ? all : ShippedTypes.ALL;
    }

    /** Every GPU product, as the catalog spells it, in alphabetical order. */
    public List<String> gpuProducts() {
        List<String> products = new ArrayList<>(gpus.size());
        for (GpuSpec gpu : gpus) {
            products.add(gpu.product());
        }
        return Collections.unmodifiableList(products);
    }

    /**
     * Every instance type whose GPUs are {@code product} (the {@code nvidia.com/gpu.product} value,
     * case ignored), fewest GPUs first, then by name: the first one that fits is the smallest.
     */
    public List<InstanceType> withGpuProduct(String product) {
        List<InstanceType> types = new ArrayList<>();
        for (InstanceType t : all()) {
            if (t.gpu().product().equalsIgnoreCase(product)) {
                types.add(t);
            }
        }
        types.sort(new ByCountThenName());
        return Collections.unmodifiableList(types);
    }

    /** Usable memory of one GPU of {@code product}, in GiB, as the device reports it. */
    public Optional<Double> gpuMemoryGiB(String product) {
        GpuSpec spec = spec(product);
        return spec != null ? Optional.of(spec.memoryGiB()) : Optional.empty();
    }

    /** The {@code cluster-api/accelerator} label value for pools of {@code product}. */
    public Optional<String> acceleratorFor(String product) {
        GpuSpec spec = spec(product);
        return spec != null ? Optional.of(spec.accelerator()) : Optional.empty();
    }

    /** The GPU of {@code product}, case ignored as in {@link InstanceCatalogReader#gpus}; null if unknown. */
    private GpuSpec spec(String product) {
        String wanted = product.toLowerCase(Locale.ROOT);
        for (GpuSpec gpu : gpus) {
            if (gpu.product().toLowerCase(Locale.ROOT).equals(wanted)) {
                return gpu;
            }
        }
        return null;
    }
}
