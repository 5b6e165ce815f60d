package dev.rhoaikrm.gpuworkerset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.GoldenCases;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Golden cases: src/test/resources/golden/NAME/ through the plain stream door ({@link GoldenCases}),
 * and src/test/resources/golden-krm/NAME/ through the KRM door: a ResourceList whose items carry
 * kpt's path annotations, as kpt sends a package, so that a saved MachineSet can be named by file.
 */
class GoldenCasesTest {
    static final Path CASES = Golden.projectRoot().resolve("functions/gpu-workerset-generator/src/test/resources/golden");
    static final Path KRM_CASES = Golden.projectRoot().resolve("functions/gpu-workerset-generator/src/test/resources/golden-krm");

    @TestFactory
    Stream<DynamicTest> cases() {
        return GoldenCases.under(CASES, new GpuWorkerSetFunction());
    }

    @TestFactory
    Stream<DynamicTest> krmCases() throws IOException {
        try (Stream<Path> dirs = Files.list(KRM_CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> checkKrm(dir)));
        }
    }

    /** A ResourceList in and out: items pass through, generated items are valid, results are printed on stderr. */
    @SuppressWarnings("unchecked")
    private static void checkKrm(Path dir) throws IOException {
        InProcess.Run run = InProcess.stdin(Files.readString(dir.resolve("input.yaml")), new GpuWorkerSetFunction());
        Golden.assertMatches(dir.resolve("expected.yaml"), run.stdout());
        Golden.assertMatches(dir.resolve("results.txt"), run.stderr());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Map<String, Object> list = new Load(LoadSettings.builder().build()).loadFromString(run.stdout()) instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
        List<Object> items = (List<Object>) list.get("items");
        List<Object> generated = items.stream()
                .filter(i -> Maps.string(i, "metadata", "annotations", Pipeline.GENERATED_BY) != null).toList();
        assertThat(generated).isNotEmpty();
        for (Object object : generated) {
            assertThat(SchemaValidator.withModels().validate((Map<String, Object>) object)).isEmpty();
        }
    }
}
