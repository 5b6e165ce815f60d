package dev.rhoaikrm.core.importing;

import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.frontdoor.CmpGenerate;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.core.yaml.Yaml;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What Argo CD deploys from a folder that is a kustomization: what it builds, not its files. Its
 * transformers change the objects ({@code namespace:}, {@code labels} with {@code includeSelectors},
 * patches, replacements that fill placeholders), so import reads and compares the build. Each
 * kustomization of the tree that no other one includes is built with the real tool (kustomize or
 * kubectl kustomize; never with plugins or Helm: nothing of the repository is executed), through a
 * wrapper kustomization that adds kustomize's origin annotations, so that every built object is
 * known by the file it came from. A kustomization that reaches outside the tree (a remote base) is
 * not built (import does not fetch), nor is one the tool refuses; their files are read as written,
 * and the report says so, as it does when no tool is found.
 */
final class KustomizeBuilds {
    static final String ORIGIN = "config.kubernetes.io/origin";
    private static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final long TIMEOUT_SECONDS = 120;

    /** The objects to import (built where a build covers their file) and the report's lines on how they were read. */
    record Read(List<SourceObject> objects, List<String> lines) {
    }

    private KustomizeBuilds() {
    }

    static Read read(Path dir, List<SourceObject> files, Environment environment) {
        Path root = dir.toAbsolutePath().normalize();
        Map<Path, Kustomization> all = find(root);
        if (all.isEmpty()) {
            return new Read(files, List.of());
        }
        List<String> lines = new ArrayList<>();
        Optional<List<String>> tool = tool(environment);
        if (tool.isEmpty()) {
            lines.add("kustomize: neither kustomize nor kubectl found (set " + CmpGenerate.KUSTOMIZE_COMMAND + "): the " + all.size()
                    + " kustomization(s) were NOT built, their files are compared as written (namespace:, labels and patches ignored)");
            return new Read(files, lines);
        }
        Map<String, List<SourceObject>> builtByFile = new LinkedHashMap<>();
        List<String> built = new ArrayList<>();
        for (Path top : tops(all)) {
            String name = name(root, top);
            Set<String> remote = reach(all, top);
            if (!remote.isEmpty()) {
                lines.add("kustomize: " + name + " not built: it reaches outside the tree (" + String.join(", ", remote)
                        + "), which import does not fetch; its files are compared as written");
                continue;
            }
            try {
                for (SourceObject o : build(root, top, tool.get())) {
                    builtByFile.computeIfAbsent(o.file(), k -> new ArrayList<>()).add(o);
                }
                built.add(name);
            } catch (BuildFailed e) {
                lines.add("kustomize: " + name + " not built (" + e.getMessage() + "): its files are compared as written");
            }
        }
        if (!built.isEmpty()) {
            lines.add(0, "kustomize: " + String.join(" ", tool.get()) + " built " + built.size() + " kustomization(s) ("
                    + String.join(", ", built) + "): their objects are read and compared as built");
        }
        List<SourceObject> out = new ArrayList<>();
        Set<String> added = new LinkedHashSet<>();
        for (SourceObject o : files) {
            List<SourceObject> fromBuilds = builtByFile.get(o.file());
            if (fromBuilds == null) {
                out.add(o);
            } else if (added.add(o.file())) {
                out.addAll(fromBuilds);
            }
        }
        return new Read(out, lines);
    }

    /** A kustomization file: its folder, and the local folders and the remote entries it lists. */
    private record Kustomization(Path dir, List<Path> folders, List<String> remote) {
    }

    /** Every kustomization below the root (hidden folders left out, as Directory reads the tree). */
    private static Map<Path, Kustomization> find(Path root) {
        Map<Path, Kustomization> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> FILE_NAMES.contains(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Arrays.stream(root.relativize(p).toString().split("/")).noneMatch(s -> s.startsWith(".")))
                    .sorted().toList()) {
                Path dir = file.getParent();
                if (!out.containsKey(dir)) {
                    out.put(dir, parse(dir, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Kustomization parse(Path dir, Path file) {
        List<Path> folders = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        Object doc;
        try {
            doc = Yaml.toJava(Yaml.composeOne(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (IOException | RuntimeException e) {
            return new Kustomization(dir, folders, remote); // the build reports it
        }
        if (doc instanceof Map<?, ?> map) {
            for (String field : List.of("resources", "bases", "components")) {
                if (((Map<String, Object>) map).get(field) instanceof List<?> entries) {
                    for (Object entry : entries) {
                        Path local = dir.resolve(String.valueOf(entry)).normalize();
                        if (Files.isDirectory(local)) {
                            folders.add(local);
                        } else if (!Files.isRegularFile(local)) {
                            remote.add(String.valueOf(entry)); // a URL (kustomize fetches it) or nothing at all
                        }
                    }
                }
            }
        }
        return new Kustomization(dir, folders, remote);
    }

    /**
     * The kustomizations no other one includes (one that cannot be built does not count): the folders an
     * Argo CD Application would point at. Each object is built once per top that includes its file.
     */
    private static List<Path> tops(Map<Path, Kustomization> all) {
        Set<Path> included = new LinkedHashSet<>();
        all.values().stream().filter(k -> reach(all, k.dir()).isEmpty()).forEach(k -> included.addAll(k.folders()));
        return all.keySet().stream().filter(d -> !included.contains(d)).toList();
    }

    /** The remote entries a kustomization reaches through the local ones it includes. */
    private static Set<String> reach(Map<Path, Kustomization> all, Path top) {
        Set<String> remote = new LinkedHashSet<>();
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> todo = new ArrayList<>(List.of(top));
        while (!todo.isEmpty()) {
            Path d = todo.remove(todo.size() - 1);
            Kustomization k = all.get(d);
            if (k == null || !seen.add(d)) {
                continue;
            }
            remote.addAll(k.remote());
            todo.addAll(k.folders());
        }
        return remote;
    }

    /** The command: RHOAI_KRM_KUSTOMIZE (as for the CMP), else kustomize build, else kubectl kustomize, from PATH. */
    private static Optional<List<String>> tool(Environment environment) {
        Optional<String> stated = environment.variable(CmpGenerate.KUSTOMIZE_COMMAND);
        if (stated.isPresent()) {
            return Optional.of(List.of(stated.get().trim().split("\\s+")));
        }
        for (List<String> candidate : List.of(List.of("kustomize", "build"), List.of("kubectl", "kustomize"))) {
            if (onPath(candidate.get(0), environment)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean onPath(String program, Environment environment) {
        for (String dir : environment.variable("PATH").orElse("").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static final class BuildFailed extends Exception {
        private static final long serialVersionUID = 1L;

        BuildFailed(String message) {
            super(message);
        }
    }

    /** Builds one kustomization through a wrapper that asks kustomize for origin annotations. */
    private static List<SourceObject> build(Path root, Path top, List<String> tool) throws BuildFailed {
        Path wrapper = null;
        try {
            wrapper = Files.createTempDirectory("rhoai-krm-import");
            // kustomize takes only relative paths to other kustomizations
            String relative = wrapper.toRealPath().relativize(top.toRealPath()).toString().replace('\\', '/');
            Files.writeString(wrapper.resolve("kustomization.yaml"), "resources:\n- " + relative + "\nbuildMetadata: [originAnnotations]\n",
                    StandardCharsets.UTF_8);
            List<String> argv = new ArrayList<>(tool);
            argv.add(wrapper.toString());
            String output;
            try {
                output = run(argv);
            } catch (BuildFailed e) {
                // the tool's message names the folder by the wrapper's paths: say it as the report does
                String name = name(root, top);
                throw new BuildFailed(e.getMessage().replaceFirst("^(exit code [0-9]+: )[EWIF][0-9]{4} [0-9:.]+\\s+[0-9]+ \\S+] ", "$1")
                        .replace(relative, name).replace(top.toRealPath().toString(), name).replace(wrapper.toRealPath().toString(), "."));
            }
            List<SourceObject> out = new ArrayList<>();
            for (SourceObject o : ObjectScanner.scan(SourceText.of(output), "kustomize", InputLimits.DEFAULT).documents()) {
                Optional<String> file = origin(o, wrapper.toRealPath(), root.toRealPath());
                file.ifPresent(f -> out.add(withoutOrigin(o, f)));
            }
            return out;
        } catch (IOException e) {
            throw new BuildFailed(e.getMessage());
        } catch (YamlInputException e) {
            throw new BuildFailed("its output does not read: " + e.getMessage());
        } finally {
            deleteQuietly(wrapper);
        }
    }

    private static String run(List<String> argv) throws IOException, BuildFailed {
        Process p = new ProcessBuilder(argv).start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        byte[] out = readAll(p.getInputStream());
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BuildFailed(String.join(" ", argv) + " took more than " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new BuildFailed("interrupted");
        }
        if (p.exitValue() != 0) {
            String message = new String(err.join(), StandardCharsets.UTF_8).strip();
            int newline = message.indexOf('\n');
            throw new BuildFailed("exit code " + p.exitValue() + ": " + (newline < 0 ? message : message.substring(0, newline)));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The file (relative to the import root) a built object came from; empty for generated or remote objects and files outside. */
    @SuppressWarnings("unchecked")
    private static Optional<String> origin(SourceObject o, Path wrapper, Path root) {
        String annotation = o.summary().annotation(ORIGIN);
        if (annotation == null) {
            return Optional.empty();
        }
        Object origin = Yaml.toJava(Yaml.composeOne(annotation, ORIGIN));
        if (!(origin instanceof Map<?, ?> m) || ((Map<String, Object>) m).get("repo") != null || !(m.get("path") instanceof String path)) {
            return Optional.empty();
        }
        Path file = wrapper.resolve(path).normalize();
        return file.startsWith(root) ? Optional.of(root.relativize(file).toString().replace('\\', '/')) : Optional.empty();
    }

    /** The built object as Argo CD would apply it: without the origin annotation the wrapper asked for. */
    @SuppressWarnings("unchecked")
    private static SourceObject withoutOrigin(SourceObject o, String file) {
        Map<String, Object> map = new LinkedHashMap<>(o.toMap());
        Map<String, Object> metadata = new LinkedHashMap<>((Map<String, Object>) map.get("metadata"));
        Map<String, Object> annotations = new LinkedHashMap<>((Map<String, Object>) metadata.get("annotations"));
        annotations.remove(ORIGIN);
        if (annotations.isEmpty()) {
            metadata.remove("annotations");
        } else {
            metadata.put("annotations", annotations);
        }
        map.put("metadata", metadata);
        return ObjectScanner.scan(SourceText.of(Yaml.dump(map)), file, InputLimits.DEFAULT).documents().get(0);
    }

    private static String name(Path root, Path dir) {
        String name = root.relativize(dir).toString().replace('\\', '/');
        return name.isEmpty() ? "." : name;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail the import
        }
    }
}
