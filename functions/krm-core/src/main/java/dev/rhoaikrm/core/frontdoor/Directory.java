package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.files.OutputTree;
import dev.rhoaikrm.core.fn.Outcome;
import dev.rhoaikrm.core.fn.OutputForm;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.result.Severity;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory as a package: every Kubernetes object in its YAML files (hidden directories,
 * kustomization files and Kptfiles left out), rendered as one input. Used by {@code rhoai-krm
 * render}, {@code validate} and the ArgoCD CMP's generate.
 */
public final class Directory {
    private final FrontDoors doors;

    public Directory(FrontDoors doors) {
        this.doors = doors;
    }

    /** Prints the rendered manifests, or writes them under {@code output} one file per source/generated path. */
    public int render(Path dir, Optional<Path> output, Io io) {
        Results failed = new Results();
        List<List<SourceObject>> packages = packages(dir, failed);
        if (failed.hasErrors()) {
            return doors.finish(failed, io);
        }
        List<Outcome.Out> objects = new ArrayList<>();
        Results results = new Results();
        for (List<SourceObject> pkg : packages) {
            Outcome outcome = doors.pipeline().run(pkg, Optional.empty(), doors.environment().inPackage(dir), OutputForm.MANIFESTS);
            objects.addAll(outcome.objects());
            outcome.results().all().forEach(results::add);
        }
        Outcome all = new Outcome(objects, results);
        if (!all.failed()) {
            if (output.isPresent()) {
                try {
                    int files = write(all, output.get());
                    io.err().println(doors.label() + ": wrote " + files + " file(s) under " + Terminal.escape(output.get().toString()));
                } catch (OutputTree.Refused e) {
                    results.add(new Result(Severity.ERROR, e.getMessage(), null, null, null, 0));
                }
            } else {
                Writers.manifests(all, io.out());
            }
        }
        return doors.finish(results, io);
    }

    /** Checks every intent under the directory; prints only results. */
    public int validate(Path dir, Io io) {
        Results failed = new Results();
        List<List<SourceObject>> packages = packages(dir, failed);
        if (failed.hasErrors()) {
            return doors.finish(failed, io);
        }
        Results results = new Results();
        long intents = 0;
        for (List<SourceObject> pkg : packages) {
            doors.pipeline().run(pkg, Optional.empty(), doors.environment().inPackage(dir), OutputForm.MANIFESTS).results().all()
                    .forEach(results::add);
            intents += pkg.stream().filter(o -> Pipeline.INTENT_GROUP.equals(o.summary().group())).count();
        }
        int code = doors.finish(results, io);
        if (code == ExitCodes.OK) {
            io.err().println(doors.label() + ": " + intents + " intent(s) valid");
        }
        return code;
    }

    /**
     * The objects below {@code dir} grouped as kpt groups them: a folder holding a Kptfile is a
     * package of its own (rendered apart, as kpt renders subpackages), everything else belongs to
     * the nearest package above it, the top folder being one too.
     */
    public static List<List<SourceObject>> packages(Path dir, Results results) {
        Map<Path, List<SourceObject>> byPackage = new java.util.TreeMap<>();
        byPackage.put(dir, new ArrayList<>());
        for (SourceObject o : read(dir, results)) {
            Path file = dir.resolve(o.file());
            Path root = file.getParent();
            while (root != null && !root.equals(dir) && !Files.isRegularFile(root.resolve("Kptfile"))) {
                root = root.getParent();
            }
            byPackage.computeIfAbsent(root == null ? dir : root, k -> new ArrayList<>()).add(o);
        }
        return new ArrayList<>(byPackage.values());
    }

    /**
     * Every object of every YAML file below {@code dir}, in path order; unreadable files become error
     * results. The files together are one input: their total is held to the input limit too.
     */
    public static List<SourceObject> read(Path dir, Results results) {
        List<SourceObject> objects = new ArrayList<>();
        long total = 0;
        for (Path file : yamlFiles(dir)) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            try {
                total += Files.size(file);
            } catch (IOException e) {
                results.add(new Result(Severity.ERROR, "cannot read the file: " + e.getMessage(), null, null, name, 0));
                continue;
            }
            if (total > InputLimits.DEFAULT.maxBytes()) {
                results.add(new Result(Severity.ERROR, "the YAML files under " + dir + " hold more than the input limit of "
                        + InputLimits.DEFAULT.maxBytes() + " bytes together (set -Drhoai.krm.maxInputBytes to change it)", null, null, name, 0));
                return objects;
            }
            try {
                objects.addAll(FrontDoors.readFile(file, name));
            } catch (YamlInputException e) {
                results.add(new Result(Severity.ERROR, e.getMessage(), null, null, name, 0));
            }
        }
        return objects;
    }

    static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new YamlInputException("not a directory: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> isManifestFile(dir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isManifestFile(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false; // .git, .github, kpt's .expected and other hidden folders
            }
        }
        String name = relative.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".yaml") || lower.endsWith(".yml"))
                && !lower.equals("kustomization.yaml") && !lower.equals("kustomization.yml") && !name.equals("Kptfile");
    }

    /** One file per source or generated path under {@code output}, every path checked first; the number of files. */
    private static int write(Outcome outcome, Path output) throws OutputTree.Refused {
        Map<String, List<Outcome.Out>> byFile = new LinkedHashMap<>();
        for (Outcome.Out o : outcome.objects()) {
            String path = o instanceof Outcome.Passed p ? p.source().file() : ((Outcome.Made) o).path();
            byFile.computeIfAbsent(path, k -> new ArrayList<>()).add(o);
        }
        Map<String, String> files = new LinkedHashMap<>();
        byFile.forEach((path, objects) -> files.put(path, Writers.manifests(new Outcome(objects, new Results()))));
        OutputTree.write(output, files);
        return files.size();
    }
}
