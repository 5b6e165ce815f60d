package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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

    /** What {@link #kptRenderBesideCat} leaves: the package's files, and the same package's files after `cat` as the function. */
    record KptRendered(Map<String, String> rendered, Map<String, String> yardstick) {
    }

    /**
     * Copies {@code example} twice under {@code tmp} with {@link #HAND_WRITTEN} beside it, renders one
     * copy in place with {@code kpt fn render --allow-exec} running {@code exec} and the other with
     * {@code /bin/cat}, checks that both succeed and that a second render changes nothing, and
     * returns both packages' files: every file the function does not own must be the same in both.
     */
    static KptRendered kptRenderBesideCat(Path example, String exec, String configPath, Path tmp) {
        String kpt = Processes.requireTool("kpt");
        Path pkg = tmp.resolve("pkg");
        Path yard = tmp.resolve("yard");
        for (Path p : List.of(pkg, yard)) {
            copyTree(example, p);
            write(p.resolve("hand-written.yaml"), HAND_WRITTEN);
        }
        write(pkg.resolve("Kptfile"), kptfile("pkg", exec, configPath));
        write(yard.resolve("Kptfile"), kptfile("pkg", "/bin/cat", configPath));
        for (String dir : List.of("yard", "pkg")) {
            Processes.Result r = Processes.run(List.of(kpt, "fn", "render", dir, "--allow-exec"), tmp);
            assertThat(r.exitCode()).as(r.describe()).isZero();
        }
        Map<String, String> rendered = snapshot(pkg);
        Processes.Result again = Processes.run(List.of(kpt, "fn", "render", "pkg", "--allow-exec"), tmp);
        assertThat(again.exitCode()).as(again.describe()).isZero();
        assertThat(snapshot(pkg)).as("a second render changes nothing").isEqualTo(rendered);
        return new KptRendered(rendered, snapshot(yard));
    }

    /** Lays out a plugin home with bin/make-plugin-home, as a user does. */
    static Path pluginHome(Path dir) {
        Processes.Result made = Processes.run(List.of(dev.rhoaikrm.testsupport.Golden.projectRoot().resolve("bin/make-plugin-home").toString(),
                dir.toString()), dev.rhoaikrm.testsupport.Golden.projectRoot());
        assertThat(made.exitCode()).as(made.describe()).isZero();
        return dir;
    }

    /** kubectl kustomize --enable-alpha-plugins DIR, run in DIR with the plugin home. */
    static Processes.Result kustomize(Path dir, Path pluginHome) {
        String kubectl = Processes.requireTool("kubectl");
        return Processes.run(List.of(kubectl, "kustomize", "--enable-alpha-plugins", dir.toString()), dir,
                Map.of("KUSTOMIZE_PLUGIN_HOME", pluginHome.toString()), new byte[0]);
    }

    /** Skips (visibly) where no network namespace can be made: {@code unshare -rn} (user and network namespaces). */
    static void requireOffline() {
        Processes.Result probe;
        try {
            probe = Processes.run(List.of("unshare", "-rn", "true"), dev.rhoaikrm.testsupport.Golden.projectRoot());
        } catch (RuntimeException e) {
            probe = null;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(probe != null && probe.exitCode() == 0,
                "unshare -rn cannot make a network namespace here: the offline builds are not checked");
    }

    /** {@link #kustomize}, in a new user and network namespace with no network (unshare -rn): what it fetches fails. */
    static Processes.Result kustomizeOffline(Path dir, Path pluginHome) {
        return kustomizeOffline(dir, pluginHome, dir.toString());
    }

    /** kubectl kustomize of a directory or URL {@code target}, run in {@code dir} with the network off. */
    static Processes.Result kustomizeOffline(Path dir, Path pluginHome, String target) {
        String kubectl = Processes.requireTool("kubectl");
        return Processes.run(List.of("unshare", "-rn", kubectl, "kustomize", "--enable-alpha-plugins", target), dir,
                Map.of("KUSTOMIZE_PLUGIN_HOME", pluginHome.toString()), new byte[0]);
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
