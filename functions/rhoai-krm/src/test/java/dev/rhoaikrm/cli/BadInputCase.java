package dev.rhoaikrm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One case of the bad-input corpus: a folder under src/test/resources/bad-input/ holding the
 * package's files as they would sit in a repository, and {@code expect.yaml}:
 *
 * <pre>
 * about: what the case shows (one line)
 * function: model-serving-generator   # the function binary of the KRM and plugin doors; "all": each of the four
 * doors: [krm, stream, legacy, render, validate, cmp]   # optional: the doors that apply (default: all of them)
 * legacy: model.yaml                  # optional: the plugin's config file (default: the only file); the rest is its stdin
 * raw: true                           # optional: YAML kpt would refuse, or that re-serialising would change: the KRM
 *                                     # door gets it as items unannotated, so it reports &lt;stdin&gt; for the file
 * krmStdin: list.yaml                 # optional: the KRM door's stdin as it is (a ResourceList of its own); the file is no package file
 * exit: 1                             # optional, 1 unless stated
 * results:                            # every error result, exactly; warnings listed here must appear too
 *                                     # (file: the package's; the Helm stream and the plugin's stdin say &lt;stdin&gt;)
 *   - {severity: error, file: model.yaml, resource: ModelServing/m, path: spec.gpu.count, message: expected integer}
 *   - {severity: error, file: model.yaml, resource: null, path: null, message: duplicate key, doors: [stream]}   # only there
 * </pre>
 *
 * {@code tree.txt} (optional) lays out a repository around the files, in the form of
 * {@link dev.rhoaikrm.testsupport.Trees} (paths, "DIR/", "link PATH -&gt; TARGET"; a .git is added).
 */
record BadInputCase(String name, Path dir, String about, String function, List<String> doors, String legacyConfig,
                    boolean raw, String krmStdin, int exit, List<Expected> results, List<String> files, String tree) {

    static final List<String> ALL_DOORS = List.of("krm", "stream", "legacy", "render", "validate", "cmp");
    static final String EXPECT = "expect.yaml";

    /**
     * One expected result; null fields are "none" (a result about the whole input has no resource,
     * no path). {@code doors}, when given, are the only doors that report it (a KRM item read by
     * lines reaches binding, which names the field, where a file's parser names the line).
     */
    record Expected(String severity, String file, String resource, String path, String message, List<String> doors) {
        Expected(String severity, String file, String resource, String path, String message) {
            this(severity, file, resource, path, message, null);
        }

        /** One entry of expect.yaml's results. */
        @SuppressWarnings("unchecked")
        static Expected of(Map<String, Object> r) {
            return new Expected((String) r.get("severity"), (String) r.get("file"), (String) r.get("resource"),
                    (String) r.get("path"), String.valueOf(r.get("message")), (List<String>) r.get("doors"));
        }

        boolean appliesTo(String door) {
            return doors == null || doors.contains(door);
        }
    }

    static List<BadInputCase> all(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().map(BadInputCase::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static BadInputCase load(Path dir) {
        try {
            Map<String, Object> e = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(dir.resolve(EXPECT)));
            List<String> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(EXPECT) && !n.equals("tree.txt") && !n.equals(e.get("krmStdin"))).sorted().toList();
            }
            String legacy = (String) e.get("legacy");
            if (legacy == null && files.size() == 1) {
                legacy = files.get(0);
            }
            List<String> doors = new ArrayList<>((List<String>) e.getOrDefault("doors", ALL_DOORS));
            if (legacy == null) {
                doors.remove("legacy");
            }
            if (e.get("krmStdin") == null && files.isEmpty()) {
                throw new IllegalStateException(dir + ": no input file");
            }
            List<Expected> results = new ArrayList<>();
            for (Map<String, Object> r : (List<Map<String, Object>>) e.getOrDefault("results", List.of())) {
                results.add(Expected.of(r));
            }
            Path tree = dir.resolve("tree.txt");
            return new BadInputCase(dir.getFileName().toString(), dir, (String) e.get("about"), (String) e.get("function"),
                    List.copyOf(doors), legacy, Boolean.TRUE.equals(e.get("raw")), (String) e.get("krmStdin"),
                    (Integer) e.getOrDefault("exit", 1), List.copyOf(results), files,
                    Files.exists(tree) ? Files.readString(tree) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(dir.resolve(EXPECT) + ": " + e.getMessage(), e);
        }
    }

    byte[] bytes(String file) {
        try {
            return Files.readAllBytes(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
