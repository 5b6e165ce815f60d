package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The vendored copies have not drifted from shared/crds (checked where the shared folder exists). */
class VendoredSchemasTest {
    @Test
    void everySharedSchemaIsVendoredUnchanged() throws IOException {
        Path crds = Golden.sharedOrSkip("crds", "the vendored copies not compared with shared/crds");
        List<Path> shared;
        try (Stream<Path> s = Files.walk(crds)) {
            shared = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(shared).isNotEmpty();
        for (Path file : shared) {
            String rel = crds.relativize(file).toString().replace('\\', '/');
            try (InputStream in = ShippedSchemas.open(ShippedSchemas.BASE + rel)) {
                assertThat(in).as("vendored copy of %s", rel).isNotNull();
                assertThat(in.readAllBytes()).as(rel).isEqualTo(Files.readAllBytes(file));
            }
        }
        // vendored-only schemas (rbac.authorization.k8s.io, see SOURCES.md) have no shared copy to compare
        assertThat(SchemaValidator.shipped().knownKinds())
                .hasSizeGreaterThanOrEqualTo((int) shared.stream().filter(p -> !p.toString().contains("/releases/")).count());
    }
}
