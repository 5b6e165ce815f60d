package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A bounded, seeded fuzz run over every function: mutated intents (from the examples) inside
 * ResourceLists and plain streams. Invariant: the run either succeeds, and every generated object
 * is valid against its upstream schema, or fails with error results (exit 1); never an uncaught
 * exception (exit 3), never a hang (5 s per input).
 */
class FuzzTest {
    static final long SEED = Long.getLong("rhoai.fuzz.seed", 20261127L);
    static final int INPUTS = Integer.getInteger("rhoai.fuzz.inputs", 2000);
    static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    record Run(int code, String out, String err) {
    }

    static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Golden.projectRoot().resolve("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/.expected/")).sorted().toList()) {
                String text = Files.readString(f);
                if (text.contains("apiVersion: rhoai-krm.dev/")) {
                    seeds.add(text);
                }
            }
        }
        return seeds;
    }

    @Test
    void mutatedInputsNeverCrashOrHang() throws Exception {
        List<String> seeds = seeds();
        assertThat(seeds).isNotEmpty();
        Random random = new Random(SEED);
        Pipeline pipeline = new Pipeline(Functions.all(), true);
        int succeeded = 0;
        for (int i = 0; i < INPUTS; i++) {
            String intent = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), random);
            String input = random.nextBoolean() ? Mutations.asResourceList(intent) : intent;
            Run run = runWithTimeout(pipeline, input, i);
            if (run.code() == 3 || run.err().contains("internal error") || run.err().contains("\tat ")) {
                fail("input " + i + " (seed " + SEED + ") crashed:\n" + run.err() + "\n--- input:\n" + input);
            }
            assertThat(run.code()).as("input %d: %s", i, run.err()).isIn(0, 1);
            if (run.code() == 0) {
                succeeded++;
                assertThat(generatedObjectsProblems(made(input, run.out()), validatorFor(input))).as("input %d:\n%s", i, input).isEmpty();
            } else {
                assertThat(run.err()).as("input %d failed without saying why", i).contains("error");
            }
        }
        assertThat(succeeded).as("some mutations must still be valid input").isPositive();
    }

    static Run runWithTimeout(Pipeline pipeline, String input, int index) throws Exception {
        Future<Run> future = EXECUTOR.submit(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Io io = new Io(input.getBytes(StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = new FrontDoors(pipeline, "fuzz", new Environment(Map.of(), Path.of("").toAbsolutePath())).standardInput(io);
            } catch (RuntimeException | StackOverflowError e) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                return new Run(3, "", "internal error: " + trace);
            }
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        });
        try {
            return future.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("input " + index + " hung:\n" + input);
        }
    }

    /**
     * What a run made. The KRM door copies the items it does not own back unread (kpt parsed them
     * before; a broken one goes back as it came): its output starts with the input, and the
     * generated items follow.
     */
    static String made(String input, String output) {
        if (input.startsWith("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\n")) {
            assertThat(output).as("items come back unchanged").startsWith(input);
            return "kind: ResourceList\nitems:\n" + output.substring(input.length());
        }
        return output;
    }

    /**
     * The validator for what an input generates: a DataScienceCluster (and DSCInitialization) is
     * checked against the CRDs of the RHOAI release its composition names, or of the default
     * release (read from the composer's own intent schema).
     */
    static SchemaValidator validatorFor(String input) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*release: \"([0-9]+\\.[0-9]+)\"").matcher(input);
        try {
            return SchemaValidator.withModels().forRelease(m.find() ? m.group(1) : DEFAULT_RELEASE);
        } catch (IllegalArgumentException notAReleaseWithSchemas) { // a mutation the composer refused anyway
            return SchemaValidator.withModels().forRelease(DEFAULT_RELEASE);
        }
    }

    @SuppressWarnings("unchecked")
    static final String DEFAULT_RELEASE = (String) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
            ((Map<String, Object>) new dev.rhoaikrm.dsccomposer.DscComposerFunction().schema().toJsonSchema().get("properties"))
                    .get("spec")).get("properties")).get("release")).get("default");

    static List<String> generatedObjectsProblems(String output) {
        return generatedObjectsProblems(output, SchemaValidator.withModels());
    }

    /** Schema problems of the generated objects in a run's output (ResourceList items or plain documents). */
    @SuppressWarnings("unchecked")
    static List<String> generatedObjectsProblems(String output, SchemaValidator validator) {
        List<String> problems = new ArrayList<>();
        for (Object doc : new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).setAllowDuplicateKeys(true).build()).loadAllFromString(output)) {
            if (!(doc instanceof Map<?, ?> map)) {
                continue;
            }
            List<Object> objects = "ResourceList".equals(map.get("kind")) ? (List<Object>) map.get("items") : List.of(map);
            for (Object o : objects == null ? List.of() : objects) {
                Map<String, Object> object = (Map<String, Object>) o;
                Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
                Map<String, Object> annotations = metadata == null ? null : (Map<String, Object>) metadata.get("annotations");
                if (annotations != null && annotations.containsKey("rhoai-krm.dev/generated-by")) {
                    problems.addAll(validator.validate(object));
                }
            }
        }
        return problems;
    }
}
