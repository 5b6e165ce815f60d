package dev.rhoaikrm.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.fn.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The golden cases of a function, one dynamic test per folder {@code DIR/NAME/}: input.yaml (a
 * manifest stream: intents and other objects) on standard input; expected.yaml (the manifests) and
 * results.txt (stderr: results, one per line) compared with {@link Golden}. A case with an error
 * must exit 1 with nothing on stdout; any other case exits 0 and every object the function
 * generated is valid against its schema (the other objects of the input only pass through).
 */
public final class GoldenCases {

    private GoldenCases() {
    }

    public static Stream<DynamicTest> under(Path dir, KrmFunction function) {
        return under(dir, function, caseDir -> SchemaValidator.withModels());
    }

    /**
     * As {@link #under(Path, KrmFunction)}, with the validator of each case chosen by the caller
     * (e.g. {@link SchemaValidator#forRelease} for the release a case's intent names).
     */
    public static Stream<DynamicTest> under(Path dir, KrmFunction function, Function<Path, SchemaValidator> validator) {
        try (Stream<Path> dirs = Files.list(dir)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d, function, validator.apply(d))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Path dir, KrmFunction function, SchemaValidator validator) throws IOException {
        InProcess.Run run = InProcess.stdin(Files.readString(dir.resolve("input.yaml")), function);
        Golden.assertMatches(dir.resolve("expected.yaml"), run.stdout());
        Golden.assertMatches(dir.resolve("results.txt"), run.stderr());
        boolean failing = run.stderr().contains(": error: ");
        assertEquals(failing ? 1 : 0, run.exitCode(), run.stderr());
        assertFalse(run.stderr().contains("Exception") || run.stderr().contains("\tat "), run.stderr());
        if (failing) {
            assertEquals("", run.stdout(), "no partial output on error");
            return;
        }
        List<Map<String, Object>> generated = generatedBy(function.name(), run.stdout());
        assertFalse(generated.isEmpty(), "the case generates something");
        for (Map<String, Object> object : generated) {
            List<String> problems = validator.validate(object);
            assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        }
    }

    /** The objects of a manifest stream that {@code function} generated (its generated-by annotation). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> generatedBy(String function, String manifests) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(manifests)) {
            if (doc instanceof Map<?, ?> o && o.get("metadata") instanceof Map<?, ?> metadata
                    && metadata.get("annotations") instanceof Map<?, ?> annotations
                    && String.valueOf(annotations.get(Pipeline.GENERATED_BY)).startsWith(function + "/")) {
                out.add((Map<String, Object>) o);
            }
        }
        return out;
    }
}
