package dev.rhoaikrm.dsccomposer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example under examples/dsc-composer renders to its .expected/manifests.yaml, twice
 * identically, without a warning, and every object in it is valid against the schema of its kind
 * (the DataScienceCluster against the CRD its release shipped).
 */
class ExamplesGoldenTest {
    static final Path EXAMPLES = Golden.projectRoot().resolve("examples/dsc-composer");
    static final List<String> REFERENCE_OVERLAYS = List.of("base", "minimal", "serving", "training", "dev", "full");

    static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("dsc.yaml"))).sorted().toList();
        }
    }

    static InProcess.Run render(Path example) {
        return InProcess.render(example, List.of(new DscComposerFunction()));
    }

    @TestFactory
    Stream<DynamicTest> examplesRenderAsExpected() throws IOException {
        return examples().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            InProcess.Run run = render(dir);
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            assertThat(run.stderr()).as("no warning on a shipped example").doesNotContain("warning");
            Golden.assertMatches(dir.resolve(".expected/manifests.yaml"), run.stdout());
            assertThat(render(dir).stdout()).isEqualTo(run.stdout());
            assertThat(SchemaValidator.withModels().forRelease(release(dir)).validateYaml(run.stdout())).isEmpty();
        }));
    }

    /** The release an example's intent names (the default when it names none). */
    static String release(Path example) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+release: \"([0-9.]+)\"").matcher(Files.readString(example.resolve("dsc.yaml")));
        return m.find() ? m.group(1) : Releases.shipped().defaultId();
    }

    @Test
    void everyReferenceOverlayHasAnExampleOfAFewLines() throws IOException {
        assertThat(examples()).extracting(p -> p.getFileName().toString()).containsAll(REFERENCE_OVERLAYS);
        for (Path dir : examples()) {
            long specLines = Files.readString(dir.resolve("dsc.yaml")).lines()
                    .dropWhile(l -> !l.equals("spec:")).filter(l -> !l.isBlank() && !l.trim().startsWith("#")).count() - 1;
            assertThat(specLines).as(dir + ": lines of the spec").isLessThanOrEqualTo(10);
        }
    }
}
