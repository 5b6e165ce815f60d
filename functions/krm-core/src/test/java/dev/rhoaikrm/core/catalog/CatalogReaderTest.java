package dev.rhoaikrm.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The fast catalog reader must read the shipped catalogs exactly as the YAML library does, types included. */
class CatalogReaderTest {
    @Test
    void agreesWithTheYamlLibraryOnTheShippedCatalogs() {
        for (String resource : List.of(InstanceCatalog.RESOURCE, ModelCatalog.RESOURCE)) {
            String yaml = CatalogYaml.resource(resource);
            Object expected = new Load(LoadSettings.builder().build()).loadFromString(yaml);
            assertThat(CatalogReader.read(yaml)).as(resource + " is in the reader's layout").hasValue(expected);
        }
    }

    @Test
    void anythingElseIsLeftToTheYamlLibrary() {
        for (String yaml : List.of("models:\n- id: 'quoted'\n", "models:\n  - id: x\n", "models:\n- id: x\n  gpu:\n    count: 1\n",
                "a: 1\n", "models:\n- id: x\n  id: y\n", "models:\n- id: &anchor x\n")) {
            assertThat(CatalogReader.read(yaml)).as(yaml).isEmpty();
        }
    }
}
