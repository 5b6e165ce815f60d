package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.yaml.CompiledData;
import dev.rhoaikrm.testsupport.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@link ComposerData} is the release tables and profiles compiled to Java (see {@link CompiledData}):
 * it must be regenerated whenever a YAML file changes, and must hold exactly what the YAML library reads.
 */
class ComposerDataTest {
    private static final Path YAML = Path.of("src/main/data");
    private static final Path CLASS = Path.of("src/main/java/dev/rhoaikrm/dsccomposer/ComposerData.java");
    private static final String REGENERATE = "mvn -q test -pl functions/dsc-overlay-composer -Dtest=ComposerDataTest -Drhoai.golden.update=true";

    @Test
    void theCompiledClassIsGeneratedFromTheCurrentYaml() throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(YAML)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).map(p -> YAML.relativize(p).toString()).sorted().toList();
        }
        assertThat(files).contains("releases/index.yaml", "releases/3.3.yaml", "profiles/index.yaml");
        Map<String, Object> documents = new LinkedHashMap<>();
        for (String file : files) {
            LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(false).setMaxAliasesForCollections(0).build();
            documents.put(file, new Load(settings).loadFromString(Files.readString(YAML.resolve(file))));
        }
        String expected = CompiledData.source("dev.rhoaikrm.dsccomposer", "ComposerData", documents, REGENERATE);
        Golden.assertMatches(CLASS, expected);

        // what the class builds at run time is what the library read: the same source comes out of it
        Map<String, Object> compiled = new LinkedHashMap<>();
        files.forEach(file -> compiled.put(file, ComposerData.document(file)));
        assertThat(CompiledData.source("dev.rhoaikrm.dsccomposer", "ComposerData", compiled, REGENERATE)).isEqualTo(expected);
    }
}
