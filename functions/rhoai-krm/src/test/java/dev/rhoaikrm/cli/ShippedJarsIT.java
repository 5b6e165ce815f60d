package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The test oracles stay out of what users run: no class of cel-java (and its protobuf), SnakeYAML
 * 1.1, JUnit or test-support is in a shipped jar. They are test-scope dependencies; this checks the
 * jars the build leaves in target/dist.
 */
class ShippedJarsIT {
    static final List<String> TEST_ONLY = List.of("dev/cel/", "com/google/protobuf/", "org/yaml/snakeyaml/", "org/junit/",
            "dev/rhoaikrm/testsupport/");

    @Test
    void noTestOracleIsInAShippedJar() throws IOException {
        List<Path> jars;
        try (Stream<Path> dist = Files.list(Golden.projectRoot().resolve("target/dist"))) {
            jars = dist.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        // one jar since every launcher starts rhoai-krm.jar as its function (docs/ARCHITECTURE.md)
        assertThat(jars).extracting(p -> p.getFileName().toString()).contains("rhoai-krm.jar");
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.stream().map(e -> e.getName()).filter(n -> TEST_ONLY.stream().anyMatch(n::startsWith)))
                        .as(jar.getFileName().toString()).isEmpty();
            }
        }
    }
}
