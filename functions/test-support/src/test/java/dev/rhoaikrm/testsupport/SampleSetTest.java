package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Samples.Sample;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each sample file validates exactly as its objects' expectations say. */
class SampleSetTest {
    private static final SchemaValidator VALIDATOR = SchemaValidator.shipped();

    static Stream<Path> files() {
        return Samples.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void problemsAreExactlyTheExpectedOnes(Path file) {
        List<String> problems = VALIDATOR.validateYaml(Samples.read(file));
        for (Sample s : Samples.objects(file)) {
            List<String> own = problems.stream().filter(p -> p.startsWith(s.label() + ": ")).toList();
            for (String expected : s.expected()) {
                String[] pathAndText = expected.split(" \\| ", 2);
                String prefix = s.label() + ": " + pathAndText[0] + ": ";
                assertThat(own).as("%s expects %s", s.label(), expected)
                        .anySatisfy(p -> assertThat(p).startsWith(prefix).contains(pathAndText[1]));
            }
            assertThat(own).as("%s: problems beyond %s", s.label(), s.expected())
                    .allSatisfy(p -> assertThat(s.expected()).anySatisfy(e -> {
                        String[] pathAndText = e.split(" \\| ", 2);
                        assertThat(p).startsWith(s.label() + ": " + pathAndText[0] + ": ");
                    }));
        }
        // Nothing is reported about an object that the file does not hold.
        Set<String> labels = Samples.objects(file).stream().map(Sample::label).collect(Collectors.toSet());
        assertThat(problems).allSatisfy(p -> assertThat(labels).anySatisfy(l -> assertThat(p).startsWith(l + ": ")));
    }

    /** The kinds the generators emit each have a valid sample and an invalid one. */
    @Test
    void everyKindHasValidAndInvalidSamples() {
        Map<String, List<Sample>> byKind = Samples.all().stream()
                .collect(Collectors.groupingBy(Sample::kind, Collectors.mapping(Function.identity(), Collectors.toList())));
        for (String kind : List.of("Namespace", "PersistentVolumeClaim", "Job", "Route", "InferenceService",
                "ServingRuntime", "MachineSet", "ClusterAutoscaler", "ClusterQueue", "ResourceFlavor",
                "Application", "ApplicationSet", "AppProject", "DataScienceCluster")) {
            assertThat(byKind.getOrDefault(kind, List.of())).as(kind)
                    .anyMatch(Sample::valid)
                    .anyMatch(s -> !s.valid());
        }
    }
}
