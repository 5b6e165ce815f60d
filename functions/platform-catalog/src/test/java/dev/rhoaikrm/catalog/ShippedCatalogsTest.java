package dev.rhoaikrm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped catalogs are compiled by the build ({@link CatalogCompiler}) to constructor calls
 * ({@code ShippedCatalogs}); the oracle is the path that reads and checks the YAML ({@link
 * ModelCatalogReader}, {@link InstanceCatalogReader}), which every render ran before.
 */
class ShippedCatalogsTest {
    private static final Path DATA = Path.of("src/main/data/catalog");

    private static String yaml(String file) throws IOException {
        return Files.readString(DATA.resolve(file));
    }

    @Test
    void theCompiledRecordsAreWhatTheYamlSays() throws IOException {
        List<ModelFacts> models = CatalogCompiler.models(DATA);
        List<InstanceType> types = CatalogCompiler.instanceTypes(DATA);
        assertThat(ShippedCatalogs.models()).isEqualTo(models).isEqualTo(ModelCatalog.shipped().all());
        assertThat(ShippedCatalogs.instanceTypes()).isEqualTo(types).isEqualTo(InstanceCatalog.shipped().all());
        assertThat(ShippedCatalogs.gpus()).isEqualTo(InstanceCatalogReader.gpus(types));
        for (int i = 0; i < types.size(); i++) {
            assertThat(ShippedCatalogs.instanceTypeIndex(InstanceType.lookupKey(types.get(i).platform(), types.get(i).name())))
                    .isEqualTo(i);
        }
        assertThat(ShippedCatalogs.instanceTypeIndex("aws/m5.large")).isEqualTo(-1);
    }

    @Test
    void theCompiledSourceIsWhatTheCompilerWritesNow() throws IOException {
        Path generated = Path.of("target/generated-sources/data/dev/rhoaikrm/catalog/ShippedCatalogs.java");
        assertThat(Files.readString(generated))
                .isEqualTo(CatalogCompiler.source(CatalogCompiler.models(DATA), CatalogCompiler.instanceTypes(DATA)));
    }

    @Test
    void theShippedModelCatalogAnswersAsTheParsedOne() throws IOException {
        ModelCatalog shipped = ModelCatalog.shipped();
        ModelCatalog parsed = ModelCatalog.parse("models.yaml", yaml("models.yaml"));
        for (ModelFacts m : parsed.all()) {
            for (String asked : List.of(m.id(), m.id().toUpperCase(Locale.ROOT), "hf://" + m.huggingFace(),
                    "oci://registry.redhat.io/rhelai1/modelcar-" + m.id() + ":1.5")) {
                assertThat(shipped.find(asked)).as(asked).isEqualTo(parsed.find(asked));
            }
        }
        assertThat(shipped.find("s3://bucket/unknown")).isEqualTo(parsed.find("s3://bucket/unknown")).isEmpty();
    }

    @Test
    void theShippedInstanceCatalogAnswersAsTheParsedOne() throws IOException {
        InstanceCatalog shipped = InstanceCatalog.shipped();
        InstanceCatalog parsed = InstanceCatalog.parse("instance-types.yaml", yaml("instance-types.yaml"));
        assertThat(shipped.gpuProducts()).isEqualTo(parsed.gpuProducts())
                .isEqualTo(parsed.all().stream().map(t -> t.gpu().product()).distinct().sorted().toList());
        for (InstanceType t : parsed.all()) {
            assertThat(shipped.find(t.platform(), t.name())).contains(t);
            assertThat(shipped.find(t.platform().toUpperCase(Locale.ROOT), t.name().toLowerCase(Locale.ROOT)))
                    .isEqualTo(parsed.find(t.platform().toUpperCase(Locale.ROOT), t.name().toLowerCase(Locale.ROOT)));
            for (String product : List.of(t.gpu().product(), t.gpu().product().toLowerCase(Locale.ROOT))) {
                assertThat(shipped.gpuMemoryGiB(product)).isEqualTo(parsed.gpuMemoryGiB(product)).isPresent();
                assertThat(shipped.acceleratorFor(product)).isEqualTo(parsed.acceleratorFor(product)).isPresent();
                assertThat(shipped.withGpuProduct(product)).isEqualTo(parsed.withGpuProduct(product)).isNotEmpty();
            }
        }
        assertThat(shipped.find("aws", "m5.large")).isEqualTo(parsed.find("aws", "m5.large")).isEmpty();
        assertThat(shipped.gpuMemoryGiB("NVIDIA-B200")).isEqualTo(parsed.gpuMemoryGiB("NVIDIA-B200")).isEmpty();
        assertThat(shipped.withGpuProduct("NVIDIA-B200")).isEmpty();
    }

    @Test
    void aBadEntryFailsTheBuildNamingFileEntryAndField(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("instance-types.yaml"), yaml("instance-types.yaml"));
        String models = yaml("models.yaml");
        int second = models.indexOf("- id: gpt-oss-20b");
        Files.writeString(dir.resolve("models.yaml"), models.substring(0, second)
                + models.substring(second).replaceFirst("kvHeads: 8", "kvHeads: 7"));
        assertThatThrownBy(() -> CatalogCompiler.main(new String[] {dir.toString(), out.toString()}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("models.yaml: entry 2 (gpt-oss-20b): field kvHeads: 7 does not divide attentionHeads 64");

        Files.writeString(dir.resolve("models.yaml"), models);
        Files.writeString(dir.resolve("instance-types.yaml"), yaml("instance-types.yaml")
                .replaceFirst("name: g4dn.2xlarge\n  gpu: \\{product: Tesla-T4", "name: g4dn.2xlarge\n  gpu: {product: Tesla T4"));
        assertThatThrownBy(() -> CatalogCompiler.main(new String[] {dir.toString(), out.toString()}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("instance-types.yaml: entry 2 (aws/g4dn.2xlarge): field gpu.product: not a valid label value: \"Tesla T4\"");
        assertThat(out).doesNotExist();

        Files.writeString(dir.resolve("instance-types.yaml"), yaml("instance-types.yaml"));
        CatalogCompiler.main(new String[] {dir.toString(), out.toString()});
        assertThat(out.resolve("dev/rhoaikrm/catalog/ShippedCatalogs.java")).exists();
    }
}
