package dev.rhoaikrm.catalog;

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
 * {@link HealthCheckData} is the shipped health checks compiled to Java by the build (see {@link CompiledData}):
 * it must hold exactly what the YAML library reads from the file. (The catalogs are compiled to
 * records instead: {@link ShippedCatalogsTest}.)
 */
class HealthCheckDataTest {
    private static final Path YAML = Path.of("src/main/data/health-checks");
    private static final List<String> FILES = List.of("health-checks.yaml");

    @Test
    void theCompiledClassHoldsWhatTheYamlSays() throws IOException {
        Map<String, Object> read = new LinkedHashMap<>();
        Map<String, Object> compiled = new LinkedHashMap<>();
        for (String file : FILES) {
            read.put(file, CompiledData.read(file, Files.readString(YAML.resolve(file))));
            compiled.put(file, HealthCheckData.document(file));
        }
        // the same source from both: value for value, type for type (8 is not 8L), in order
        assertThat(CompiledData.source("dev.rhoaikrm.catalog", "HealthCheckData", compiled))
                .isEqualTo(CompiledData.source("dev.rhoaikrm.catalog", "HealthCheckData", read));
    }
}
