package dev.rhoaikrm.cli;

import dev.rhoaikrm.testsupport.Golden;
import dev.rhoaikrm.testsupport.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** One attack of src/test/resources/attacks/ (format in the README there). */
record AttackCase(String name, Path dir, String about, String app, boolean demonstrate, List<String> executable,
                  List<Expected> errors) {
    static final Path ROOT = Golden.projectRoot().resolve("functions/rhoai-krm/src/test/resources/attacks");
    static final String MARK = "pwned";

    record Expected(String file, String field, String message) {
        String line() {
            return file + (field == null ? "" : ": " + field) + ": ";
        }
    }

    static List<AttackCase> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(AttackCase::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static AttackCase load(Path dir) {
        try {
            Map<String, Object> e = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(dir.resolve("expect.yaml")));
            List<Expected> errors = ((List<Map<String, Object>>) e.get("errors")).stream()
                    .map(m -> new Expected((String) m.get("file"), (String) m.get("field"), (String) m.get("message"))).toList();
            return new AttackCase(dir.getFileName().toString(), dir, (String) e.get("about"), (String) e.getOrDefault("app", "app"),
                    !Boolean.FALSE.equals(e.get("demonstrate")), (List<String>) e.getOrDefault("executable", List.of()), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository laid out under {@code workspace}/repo (links, @REPO@, modes); returns its real path. */
    Path layOut(Path workspace) {
        try {
            Path repo = Files.createDirectories(workspace.resolve("repo")).toRealPath();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String relative = dir.relativize(p).toString();
                    if (relative.equals("expect.yaml") || relative.equals("tree.txt")) {
                        continue;
                    }
                    Path target = repo.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, Files.readString(p, StandardCharsets.UTF_8).replace("@REPO@", repo.toString()),
                            StandardCharsets.UTF_8);
                }
            }
            Path tree = dir.resolve("tree.txt");
            Trees.build(repo, Files.exists(tree) ? Files.readString(tree) : "");
            for (String x : executable) {
                Files.setPosixFilePermissions(repo.resolve(x), PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return repo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file named {@link #MARK} below {@code dir}: what a payload that ran left behind. */
    static List<Path> marks(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().equals(MARK)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
