package dev.rhoaikrm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The sample manifests under {@code samples/}. An object states what must be reported about it in
 * the annotation {@value #EXPECT}, one {@code PATH | message fragment} per line; an object without
 * it must be valid. Annotations live in metadata, which the schemas leave generic, so stating the
 * expectation does not change the verdict.
 */
final class Samples {
    static final String EXPECT = "test.rhoaikrm.dev/expect";

    record Sample(String label, String kind, List<String> expected) {
        boolean valid() {
            return expected.isEmpty();
        }
    }

    private Samples() {
    }

    static Path dir() {
        try {
            return Path.of(Samples.class.getResource("samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every object of a file, {@code kind: List} expanded, with its expectations. */
    static List<Sample> objects(Path file) {
        List<Sample> out = new ArrayList<>();
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(read(file))) {
            if (doc instanceof Map<?, ?> m && "List".equals(m.get("kind"))) {
                ((List<?>) m.get("items")).forEach(item -> out.add(sample((Map<?, ?>) item)));
            } else if (doc != null) {
                out.add(sample((Map<?, ?>) doc));
            }
        }
        return out;
    }

    static List<Sample> all() {
        return files().stream().flatMap(f -> objects(f).stream()).toList();
    }

    private static Sample sample(Map<?, ?> object) {
        Map<?, ?> meta = (Map<?, ?>) object.get("metadata");
        Object annotations = meta.get("annotations");
        Object expect = annotations instanceof Map<?, ?> a ? a.get(EXPECT) : null;
        List<String> expected = expect == null ? List.of()
                : ((String) expect).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String kind = (String) object.get("kind");
        return new Sample(kind + "/" + meta.get("name"), kind, expected);
    }
}
