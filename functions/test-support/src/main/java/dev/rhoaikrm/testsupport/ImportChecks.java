package dev.rhoaikrm.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rhoaikrm.core.fn.KrmFunction;
import dev.rhoaikrm.core.importing.FunctionImporter;
import dev.rhoaikrm.core.importing.Importable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Checks of {@code rhoai-krm import} shared by the functions' tests. */
public final class ImportChecks {
    private ImportChecks() {
    }

    /** Every fix the function's report can name is text of its README (backticks aside): a fix is a documented difference. */
    public static void assertFixesDocumented(Importable function, Path readme) {
        String text;
        try {
            text = Files.readString(readme).replace("`", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Importable.Fix fix : function.fixes()) {
            assertTrue(text.contains(fix.name()), readme + " does not document the fix \"" + fix.name() + "\"");
        }
    }

    /** Copies parts of a tree (folders or files, relative paths) to {@code target}, keeping their paths. */
    public static Path copy(Path from, Path target, String... parts) {
        try {
            for (String part : parts) {
                Path source = from.resolve(part);
                try (var walk = Files.walk(source)) {
                    for (Path p : walk.toList()) {
                        Path to = target.resolve(from.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.createDirectories(to.getParent());
                            Files.copy(p, to);
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports {@code dir} with one function and checks the result against the golden files
     * {@code intents.yaml} and {@code report.txt} in {@code golden}: nothing left to review, and
     * the intents render without errors.
     */
    public static <F extends KrmFunction & Importable> void importMatchesGolden(Path dir, F function, Path golden) {
        InProcess.Run run = InProcess.importDir(dir, Optional.empty(), List.of(new FunctionImporter(function, function)));
        assertEquals(0, run.exitCode(), run.stderr());
        Golden.assertMatches(golden.resolve("intents.yaml"), run.stdout());
        Golden.assertMatches(golden.resolve("report.txt"), run.stderr());
        assertEquals(List.of(), reviewLines(run.stderr()), "differences no README documents");
        assertRenders(run.stdout(), function);
    }

    /**
     * What an example renders imports back into an intent that renders it exactly: every object
     * reproduced, no difference at all.
     */
    public static <F extends KrmFunction & Importable> void examplesRoundTrip(Path examples, F function, Path work) {
        try (var dirs = Files.list(examples)) {
            for (Path example : dirs.filter(d -> Files.isRegularFile(d.resolve(".expected/manifests.yaml"))).sorted().toList()) {
                Path dir = Files.createDirectories(work.resolve(example.getFileName().toString()));
                Files.copy(example.resolve(".expected/manifests.yaml"), dir.resolve("manifests.yaml"));
                InProcess.Run run = InProcess.importDir(dir, Optional.empty(), List.of(new FunctionImporter(function, function)));
                assertEquals(0, run.exitCode(), run.stderr());
                assertTrue(run.stderr().lines().filter(l -> l.startsWith("#     ")).findAny().isEmpty(),
                        example + " does not round-trip:\n" + run.stderr());
                assertTrue(run.stderr().contains(" 0 differences"), example + ":\n" + run.stderr());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Intents (a YAML stream) render without errors, as one input per intent (imported intents may share a name). */
    public static void assertRenders(String intents, KrmFunction function) {
        try {
            Path dir = Files.createTempDirectory("import-render");
            int i = 0;
            for (String intent : intents.split("(?m)^---\n")) {
                Path one = Files.createDirectories(dir.resolve("intent-" + i++));
                Files.writeString(one.resolve("intent.yaml"), intent);
                InProcess.Run render = InProcess.render(one, List.of(function));
                assertEquals(0, render.exitCode(), intent + "\n" + render.stderr());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's lines marked for review. */
    public static List<String> reviewLines(String report) {
        return report.lines().filter(l -> l.endsWith("[review]")).toList();
    }
}
