package dev.rhoaikrm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InstanceCatalogTest {

    private final InstanceCatalog catalog = InstanceCatalog.shipped();

    @Test
    void everyEntryLoadsAndTheAskedForFamiliesArePresent() {
        assertThat(catalog.all()).hasSizeGreaterThan(60);
        List<String> names = catalog.all().stream().map(InstanceType::name).toList();
        assertThat(names).contains(
                "g4dn.xlarge", "g4dn.12xlarge", "g4dn.16xlarge", "g5.xlarge", "g5.48xlarge", "g6.xlarge",
                "g6.48xlarge", "g6e.xlarge", "g6e.48xlarge", "p4d.24xlarge", "p4de.24xlarge", "p5.48xlarge",
                "Standard_NC24ads_A100_v4", "Standard_NC48ads_A100_v4", "Standard_NC96ads_A100_v4",
                "Standard_NC40ads_H100_v5", "Standard_NC80adis_H100_v5", "Standard_NV36ads_A10_v5",
                "Standard_NV72ads_A10_v5", "Standard_ND96isr_H100_v5",
                "a2-highgpu-1g", "a2-highgpu-8g", "a2-ultragpu-1g", "a2-ultragpu-8g", "a2-megagpu-16g",
                "a3-highgpu-1g", "a3-highgpu-2g", "a3-highgpu-4g", "a3-highgpu-8g", "a3-megagpu-8g",
                "g2-standard-4", "g2-standard-96");
        assertThat(catalog.all()).allSatisfy(t -> {
            assertThat(t.gpu().count()).isPositive();
            assertThat(t.gpu().memoryGiB()).isBetween(10.0, 200.0);
            assertThat(t.vcpu()).isPositive();
        });
    }

    @Test
    void g6e12xlargeIsTheReferencePool() {
        // The reference MachineSet gpu-machineset-l40s.yaml: GPU "4", memoryMb "393216", vCPU "48".
        InstanceType t = catalog.find("aws", "g6e.12xlarge").orElseThrow();
        assertThat(t.gpu()).isEqualTo(new GpuSpec("NVIDIA-L40S", 4, 45.0, "nvidia-l40s"));
        assertThat(t.vcpu()).isEqualTo(48);
        assertThat(t.memoryMiB()).isEqualTo(384L * 1024).isEqualTo(393216L);
        assertThat(t.gpu().totalMemoryGiB()).isEqualTo(180.0);
    }

    @Test
    void g6IsL4() {
        InstanceType t = catalog.find("aws", "g6.xlarge").orElseThrow();
        assertThat(t.gpu()).isEqualTo(new GpuSpec("NVIDIA-L4", 1, 22.5, "nvidia-l4"));
        assertThat(t.vcpu()).isEqualTo(4);
        assertThat(t.memoryMiB()).isEqualTo(16384L);
        // The reference L4 MachineSet (g6.2xlarge): GPU "1", memoryMb "32768", vCPU "8".
        InstanceType ref = catalog.find("aws", "g6.2xlarge").orElseThrow();
        assertThat(List.of(ref.gpu().count(), ref.vcpu(), (int) ref.memoryMiB())).containsExactly(1, 8, 32768);
    }

    @Test
    void platformAndNameAreUniqueAndLookupIgnoresCase() {
        Set<String> keys = new HashSet<>();
        for (InstanceType t : catalog.all()) {
            assertThat(keys.add(t.platform() + "/" + t.name().toLowerCase(Locale.ROOT)))
                    .as("duplicate %s/%s", t.platform(), t.name()).isTrue();
        }
        assertThat(catalog.find("azure", "standard_nc24ads_a100_v4")).map(InstanceType::name)
                .contains("Standard_NC24ads_A100_v4");
        assertThat(catalog.find("aws", "g6e.13xlarge")).isEmpty();
        assertThat(catalog.find("gcp", "g6e.12xlarge")).isEmpty();
    }

    @Test
    void memoryIsWholeGibibytesAsTheProvidersStateIt() {
        assertThat(catalog.all()).allSatisfy(t -> assertThat(t.memoryMiB() % 1024).isZero());
        assertThat(catalog.find("gcp", "a2-highgpu-1g").orElseThrow().memoryMiB()).isEqualTo(85L * 1024);
        assertThat(catalog.find("azure", "Standard_NC24ads_A100_v4").orElseThrow().memoryMiB()).isEqualTo(220L * 1024);
    }

    @Test
    void onlyWholeGpuSizesOfAzureNvA10() {
        assertThat(catalog.find("azure", "Standard_NV6ads_A10_v5")).isEmpty();
        assertThat(catalog.find("azure", "Standard_NV18ads_A10_v5")).isEmpty();
        assertThat(catalog.find("azure", "Standard_NV72ads_A10_v5").orElseThrow().gpu().count()).isEqualTo(2);
    }

    @Test
    void withGpuProductIsSortedByCountThenName() {
        List<InstanceType> l40s = catalog.withGpuProduct("NVIDIA-L40S");
        assertThat(l40s).extracting(InstanceType::name).containsExactly(
                "g6e.16xlarge", "g6e.2xlarge", "g6e.4xlarge", "g6e.8xlarge", "g6e.xlarge",
                "g6e.12xlarge", "g6e.24xlarge", "g6e.48xlarge");
        // The smallest 4-GPU L40S shape is the one the reference repo ended up with.
        assertThat(l40s.stream().filter(t -> t.gpu().count() >= 2).findFirst()).map(InstanceType::name)
                .contains("g6e.12xlarge");
        assertThat(catalog.withGpuProduct("NVIDIA-L4")).extracting(t -> t.gpu().count()).isSorted();
        assertThat(catalog.withGpuProduct("NVIDIA-B200")).isEmpty();
    }

    @Test
    void productLookups() {
        assertThat(catalog.gpuMemoryGiB("NVIDIA-L40S")).contains(45.0);
        assertThat(catalog.gpuMemoryGiB("NVIDIA-L4")).contains(22.5);
        assertThat(catalog.gpuMemoryGiB("nvidia-l40s")).contains(45.0);
        assertThat(catalog.acceleratorFor("NVIDIA-L40S")).contains("nvidia-l40s");
        assertThat(catalog.acceleratorFor("Tesla-T4")).contains("nvidia-t4");
        assertThat(catalog.acceleratorFor("NVIDIA-A100-SXM4-40GB")).contains("nvidia-a100");
        assertThat(catalog.acceleratorFor("NVIDIA-H100-80GB-HBM3")).contains("nvidia-h100");
        assertThat(catalog.gpuMemoryGiB("NVIDIA-B200")).isEmpty();
        assertThat(catalog.acceleratorFor("NVIDIA-B200")).isEmpty();
    }

    @Test
    void eachAcceleratorValueNamesOneProduct() {
        // ClusterAutoscaler limits are per accelerator type; two GPU models under one type would mix.
        assertThat(catalog.all()).allSatisfy(a -> assertThat(catalog.all())
                .filteredOn(b -> b.gpu().accelerator().equals(a.gpu().accelerator()))
                .allSatisfy(b -> assertThat(b.gpu().product()).isEqualTo(a.gpu().product())));
    }

    @Test
    void allocatableSubtractsOpenShiftDefaultReservations() {
        InstanceType t = catalog.find("aws", "g6e.12xlarge").orElseThrow();
        // 48 cores - 500m system-reserved.
        assertThat(t.allocatableMilliCpu()).isEqualTo(47_500);
        // 393216 MiB - 1Gi system-reserved - 100Mi eviction-hard.
        assertThat(t.allocatableMemoryMiB()).isEqualTo(393_216L - 1024 - 100);
        InstanceType small = catalog.find("aws", "g4dn.xlarge").orElseThrow();
        assertThat(small.allocatableMilliCpu()).isEqualTo(3_500);
        assertThat(small.allocatableMemoryMiB()).isEqualTo(16_384L - 1_124);
    }

    @Test
    void shippedIsLoadedOnce() {
        assertThat(InstanceCatalog.shipped()).isSameAs(InstanceCatalog.shipped());
        assertThat(catalog.all()).isUnmodifiable();
    }

    // ---- a malformed catalog is a programming error that names the entry and the field ----

    private static final String GOOD = """
            instanceTypes:
            - platform: aws
              name: g6.xlarge
              gpu: {product: NVIDIA-L4, count: 1, memoryGiB: 22.5, accelerator: nvidia-l4}
              vcpu: 4
              memoryMiB: 16384
            """;

    @Test
    void aWellFormedSnippetParses() {
        assertThat(InstanceCatalog.parse("t.yaml", GOOD).all()).hasSize(1);
    }

    @Test
    void missingNestedFieldIsNamed() {
        String yaml = GOOD.replace("count: 1, ", "");
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("t.yaml: entry 1 (aws/g6.xlarge): field gpu.count: missing");
    }

    @Test
    void offeredAsNamesKindsOfCapacity() {
        InstanceType spotOnly = InstanceCatalog.parse("t.yaml", GOOD + "  offeredAs: [spot, flex-start]\n").all().get(0);
        assertThat(spotOnly.onDemand()).isFalse();
        assertThat(spotOnly.offeredAs()).containsExactly("spot", "flex-start");
        assertThat(InstanceCatalog.parse("t.yaml", GOOD).all().get(0).onDemand()).isTrue();
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", GOOD + "  offeredAs: [on-demand]\n"))
                .hasMessage("t.yaml: entry 1 (aws/g6.xlarge): field offeredAs: expected some of spot, flex-start, got \"on-demand\"");
    }

    @Test
    void wrongTypeIsNamed() {
        String yaml = GOOD.replace("vcpu: 4", "vcpu: four");
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry 1 (aws/g6.xlarge)")
                .hasMessageContaining("field vcpu: expected a positive integer, got \"four\"");
    }

    @Test
    void unknownFieldIsRejected() {
        String yaml = GOOD.replace("vcpu: 4", "vcpus: 4");
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("field vcpus: unknown field");
    }

    @Test
    void badPlatformAndAcceleratorAreRejected() {
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", GOOD.replace("platform: aws", "platform: ibm")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("field platform:");
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", GOOD.replace("accelerator: nvidia-l4", "accelerator: NVIDIA-L4")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("field gpu.accelerator:");
    }

    @Test
    void duplicatesAndInconsistentProductsAreRejected() {
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", GOOD + GOOD.substring(GOOD.indexOf('-'))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry 2 (aws/g6.xlarge): field name: duplicate instance type");
        String other = GOOD.substring(GOOD.indexOf('-')).replace("g6.xlarge", "g6.2xlarge");
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", GOOD + other.replace("22.5", "24")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry 2 (aws/g6.2xlarge): field gpu.memoryGiB");
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", GOOD + other.replace("product: NVIDIA-L4", "product: NVIDIA-L40S")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry 2 (aws/g6.2xlarge): field gpu.accelerator: nvidia-l4 is already used");
        // one product, one spelling: nodes carry one, and gpuProducts() lists each product once
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", GOOD + other.replace("product: NVIDIA-L4", "product: nvidia-l4")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry 2 (aws/g6.2xlarge): field gpu.product: \"nvidia-l4\" is spelled \"NVIDIA-L4\" earlier");
    }

    @Test
    void duplicateKeysAndBrokenYamlAreRejected() {
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", GOOD.replace("  vcpu: 4\n", "  vcpu: 4\n  vcpu: 8\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("t.yaml");
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", "instanceTypes: [")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> InstanceCatalog.parse("t.yaml", "types: []")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void labelValueCheckIsTheLabelGrammar() {
        PatternOracle.assertSameAs("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?", s -> InstanceCatalogReader.isLabelValue(s, false), "aZ09-_.é/ ", 6, 7);
        PatternOracle.assertSameAs("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?", s -> InstanceCatalogReader.isLabelValue(s, true), "aZ09-_.é/ ", 6, 7);
        assertThat(InstanceCatalogReader.isLabelValue("a".repeat(63), true)).isTrue();
        assertThat(InstanceCatalogReader.isLabelValue("a".repeat(64), true)).isFalse();
    }
}
