package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.yaml.CompiledData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ComposerData} is the release tables and profiles compiled to Java by the build (see
 * {@link CompiledData}): it must hold exactly what the YAML library reads from the files.
 */
class ComposerDataTest {
    private static final Path YAML = Path.of("src/main/data");

    @Test
    void theCompiledClassHoldsWhatTheYamlSays() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(YAML)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).map(p -> YAML.relativize(p).toString()).sorted().toList();
        }
        assertThat(files).contains("releases/index.yaml", "releases/3.3.yaml", "profiles/index.yaml");
        Map<String, Object> read = new LinkedHashMap<>();
        Map<String, Object> compiled = new LinkedHashMap<>();
        for (String file : files) {
            read.put(file, CompiledData.read(file, Files.readString(YAML.resolve(file))));
            compiled.put(file, ComposerData.document(file));
        }
        // the same source from both: value for value, type for type (8 is not 8L), in order
        assertThat(CompiledData.source("dev.rhoaikrm.dsccomposer", "ComposerData", compiled))
                .isEqualTo(CompiledData.source("dev.rhoaikrm.dsccomposer", "ComposerData", read));
    }
}
