package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Reading YAML files and streams as plain maps, for the ArgoCD and Helm example tests. */
final class Yamls {
    private Yamls() {
    }

    /** The documents of a stream, null ones skipped; each must be a mapping. */
    static List<Map<String, Object>> load(String yaml) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
            if (doc != null) {
                docs.add(asMap(doc));
            }
        }
        return docs;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code parent[key]} as a map; empty when absent. */
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return parent.get(key) == null ? Map.of() : asMap(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    static List<String> strings(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return ((List<?>) o).stream().map(String::valueOf).toList();
    }

    /** Validates the objects whose kind has a vendored schema; returns the others' {@code apiVersion kind}. */
    static Set<String> validateKnownKinds(List<Map<String, Object>> objects, String where) {
        Set<String> unknown = new TreeSet<>();
        for (Map<String, Object> o : objects) {
            String apiVersion = String.valueOf(o.get("apiVersion"));
            String kind = String.valueOf(o.get("kind"));
            if (SchemaValidator.shipped().hasSchema(apiVersion, kind)) {
                assertThat(SchemaValidator.shipped().validate(o)).as(where).isEmpty();
            } else {
                unknown.add(apiVersion + " " + kind);
            }
        }
        return unknown;
    }
}
