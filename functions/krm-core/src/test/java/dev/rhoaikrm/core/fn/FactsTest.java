package dev.rhoaikrm.core.fn;

import static dev.rhoaikrm.core.fn.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.frontdoor.FrontDoors;
import dev.rhoaikrm.core.frontdoor.Io;
import dev.rhoaikrm.core.intent.IntentSchema;
import dev.rhoaikrm.core.intent.Schema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Typed facts between intents: every known function binds and publishes (phase 1) before any
 * function expands (phase 2), whatever their order and whether the publisher runs at all; an
 * intent with errors publishes nothing and is listed as such; a function that does not run reports
 * nothing about its intents.
 */
class FactsTest {
    /** What a Shelf intent publishes. */
    record Shelf(String name, long size) {
    }

    /** Kind Shelf: publishes its size; refuses to resolve when asked to. */
    static final class ShelfFunction implements KrmFunction {
        int expanded;

        @Override
        public String name() {
            return "shelf-generator";
        }

        @Override
        public IntentSchema schema() {
            return new IntentSchema("rhoai-krm.dev/v1alpha1", "Shelf", "test", Schema.object()
                    .field("size", Schema.integer().min(1).byDefault(1L))
                    .field("broken", Schema.bool().byDefault(false)));
        }

        @Override
        public void publish(Intent intent, Publication out) {
            out.publish(new Shelf(intent.name(), intent.spec().integer("size")));
            if (intent.spec().bool("broken")) {
                out.hasErrors();
            }
        }

        @Override
        public void expand(Intent intent, Expansion out) {
            expanded++;
            if (intent.spec().bool("broken")) {
                out.error(intent.spec().pathOf("broken"), "does not resolve");
            }
        }
    }

    /** Kind Book: a ConfigMap naming the shelves it sees, and the broken ones. */
    static final class BookFunction implements KrmFunction {
        @Override
        public String name() {
            return "book-generator";
        }

        @Override
        public IntentSchema schema() {
            return new IntentSchema("rhoai-krm.dev/v1alpha1", "Book", "test", Schema.object());
        }

        @Override
        public void expand(Intent intent, Expansion out) {
            Facts facts = out.facts();
            out.emit(map("apiVersion", "v1", "kind", "ConfigMap", "metadata", map("name", intent.name()), "data", map(
                    "shelves", facts.all(Shelf.class).stream().map(s -> s.name() + "=" + s.size()).collect(Collectors.joining(",")),
                    "intents", String.valueOf(facts.intents("Shelf").size()),
                    "broken", facts.withErrors("Shelf").stream().map(IntentRef::describe).collect(Collectors.joining(",")))));
        }
    }

    static final String INPUT = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Book
            metadata: {name: book}
            spec: {}
            ---
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Shelf
            metadata: {name: a}
            spec: {size: 2}
            ---
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Shelf
            metadata: {name: b}
            spec: {size: 3, broken: true}
            ---
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: Shelf
            metadata: {name: c}
            spec: {size: 0}
            """;

    static String[] run(FunctionSet functions, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(input.getBytes(StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = new FrontDoors(new Pipeline(functions), "test", new Environment(Map.of(), Path.of("."))).stream(io);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aConsumerReadsTheFactsOfAFunctionThatDoesNotRun() {
        ShelfFunction shelves = new ShelfFunction();
        String[] run = run(FunctionSet.runningWith(new BookFunction(), shelves), INPUT);
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        // a published, b withdrew its fact (hasErrors after publish), c did not bind (size 0 < 1)
        assertThat(run[1]).contains("shelves: a=2\n", "intents: \"3\"", "broken: Shelf b,Shelf c");
        assertThat(run[2]).as("nothing is reported about intents of a function that does not run").isEmpty();
        assertThat(shelves.expanded).isZero();
    }

    @Test
    void phaseOneEndsBeforeAnyExpansionWhateverTheOrder() {
        for (List<KrmFunction> order : List.of(List.<KrmFunction>of(new BookFunction(), new ShelfFunction()),
                List.<KrmFunction>of(new ShelfFunction(), new BookFunction()))) {
            String[] run = run(FunctionSet.of(order, true), INPUT);
            assertThat(run[0]).isEqualTo("1");
            assertThat(run[2]).contains("Shelf/b: spec.broken: does not resolve", "Shelf/c: spec.size: 0 is less than the minimum 1");
        }
        String[] fine = run(FunctionSet.of(List.of(new BookFunction(), new ShelfFunction()), true), INPUT.substring(0, INPUT.indexOf("---\napiVersion: rhoai-krm.dev/v1alpha1\nkind: Shelf\nmetadata: {name: b}")));
        assertThat(fine[1]).contains("shelves: a=2\n");
    }
}
