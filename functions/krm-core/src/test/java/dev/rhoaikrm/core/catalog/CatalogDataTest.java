package dev.rhoaikrm.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.yaml.CompiledData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CatalogData} is the shipped catalogs compiled to Java (see {@link CompiledData}): it must be
 * regenerated whenever the YAML changes, and must hold exactly what the YAML library reads.
 */
class CatalogDataTest {
    private static final Path YAML = Path.of("src/main/data/catalog");
    private static final Path CLASS = Path.of("src/main/java/dev/rhoaikrm/core/catalog/CatalogData.java");
    private static final List<String> FILES = List.of("instance-types.yaml", "models.yaml");
    private static final String REGENERATE = "mvn -q test -pl functions/krm-core -Dtest=CatalogDataTest -Drhoai.golden.update=true";
    private static final boolean UPDATE = Boolean.getBoolean("rhoai.golden.update") || "1".equals(System.getenv("UPDATE_GOLDEN"));

    @Test
    void theCompiledClassIsGeneratedFromTheCurrentYaml() throws IOException {
        Map<String, Object> documents = new LinkedHashMap<>();
        for (String file : FILES) {
            documents.put(file, CatalogYaml.read(file, Files.readString(YAML.resolve(file))));
        }
        String expected = CompiledData.source("dev.rhoaikrm.core.catalog", "CatalogData", documents, REGENERATE);
        if (UPDATE) {
            Files.writeString(CLASS, expected);
        }
        assertThat(Files.readString(CLASS)).as(CLASS + " is stale: run " + REGENERATE + " and review the diff").isEqualTo(expected);

        // what the class builds at run time is what the library read: the same source comes out of it
        Map<String, Object> compiled = new LinkedHashMap<>();
        FILES.forEach(file -> compiled.put(file, CatalogData.document(file)));
        assertThat(CompiledData.source("dev.rhoaikrm.core.catalog", "CatalogData", compiled, REGENERATE)).isEqualTo(expected);
    }
}
