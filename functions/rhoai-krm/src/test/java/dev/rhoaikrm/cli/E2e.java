package dev.rhoaikrm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small file helpers shared by the end-to-end tests. */
final class E2e {
    static final String HAND_WRITTEN = """
            # Objects nobody generated. Their comments must survive.
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings        # why this name
              labels: {app: demo, "quoted-key": 'x'}
            data:
              run.sh: |
                #!/bin/sh
                exec server --port 8080   # not a YAML comment
              number-as-string: "007"
              multi: >-
                folded
                text
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: creds
            type: Opaque
            stringData:
              token: "a: b"
            """;

    private E2e() {
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below a directory, by relative path, with its content. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kptfile(String name, String exec, String configPath) {
        return """
                apiVersion: kpt.dev/v1
                kind: Kptfile
                metadata:
                  name: %s
                  annotations: {config.kubernetes.io/local-config: "true"}
                pipeline:
                  mutators:
                    - exec: %s
                      configPath: %s
                """.formatted(name, exec, configPath);
    }
}
