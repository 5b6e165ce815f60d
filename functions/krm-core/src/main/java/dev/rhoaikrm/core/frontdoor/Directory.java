package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.files.OutputTree;
import dev.rhoaikrm.core.fn.Environment;
import dev.rhoaikrm.core.fn.Outcome;
import dev.rhoaikrm.core.fn.OutputForm;
import dev.rhoaikrm.core.fn.Pipeline;
import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.result.Severity;
import dev.rhoaikrm.core.yaml.InputBytes;
import dev.rhoaikrm.core.yaml.InputLimits;
import dev.rhoaikrm.core.yaml.ObjectScanner;
import dev.rhoaikrm.core.yaml.ScannedInput;
import dev.rhoaikrm.core.yaml.SourceText;
import dev.rhoaikrm.core.yaml.SourceObject;
import dev.rhoaikrm.core.yaml.YamlInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A directory as a package: every Kubernetes object in its YAML files ({@link PackageFiles} says
 * which files), rendered as one input; or one file, or standard input. Used by {@code rhoai-krm
 * render}, {@code validate} and the ArgoCD CMP's generate.
 */
public final class Directory {
    private final FrontDoors doors;
    /** Whether a fleet's destinations render apart ({@link Destinations}): a whole repository's render, not one Application's. */
    private final boolean byDestination;
    private final Optional<Path> fleet;

    /** One input, one run per package: an Application's folder (the ArgoCD CMP), a package. */
    public Directory(FrontDoors doors) {
        this(doors, false, Optional.empty());
    }

    private Directory(FrontDoors doors, boolean byDestination, Optional<Path> fleet) {
        this.doors = doors;
        this.byDestination = byDestination;
        this.fleet = fleet;
    }

    /**
     * {@code rhoai-krm render} and {@code validate}: a repository, whose fleet (if it has one) renders
     * per destination cluster ({@link Destinations}), the clusters of label selectors taken from the
     * cluster descriptions in {@code fleet} ({@code --fleet DIR}) when given.
     */
    public static Directory ofRepository(FrontDoors doors, Optional<Path> fleet) {
        return new Directory(doors, true, fleet);
    }

    /** Prints the rendered manifests, or writes them under {@code output} one file per source/generated path. */
    public int render(Path dir, Optional<Path> output, Io io) {
        return render(new Input(dir), output, io);
    }

    /** {@link #render(Path, Optional, Io)} of a directory, one file, or standard input. */
    public int render(Input input, Optional<Path> output, Io io) {
        Results results = new Results();
        List<List<SourceObject>> packages = packages(input, io.stdin(), output, results);
        if (results.hasErrors()) {
            return doors.finish(results, io);
        }
        List<Outcome.Out> objects = new ArrayList<>();
        Path packageDir = input.packageDirectory(doors.environment().workingDirectory());
        List<Destinations.Group> runs = runs(input, packages, packageDir, results);
        if (output.isPresent()) {
            sharedFile(runs).ifPresent(file -> results.add(new Result(Severity.ERROR, "--output: " + file + " goes to several clusters of the"
                    + " fleet and renders for each: write one cluster at a time (--cluster NAME -o OUT/NAME)", null, null, file, 0)));
        }
        for (Destinations.Group run : results.hasErrors() ? List.<Destinations.Group>of() : runs) {
            Outcome outcome = doors.pipeline().run(run.objects(), Optional.empty(), run.environment(), OutputForm.MANIFESTS);
            objects.addAll(outcome.objects());
            outcome.results().all().forEach(r -> results.add(run.label(r)));
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
        return validate(new Input(dir), io);
    }

    /** {@link #validate(Path, Io)} of a directory, one file, or standard input. */
    public int validate(Input input, Io io) {
        Results results = new Results();
        List<List<SourceObject>> packages = packages(input, io.stdin(), Optional.empty(), results);
        if (results.hasErrors()) {
            return doors.finish(results, io);
        }
        Path packageDir = input.packageDirectory(doors.environment().workingDirectory());
        List<Destinations.Group> runs = runs(input, packages, packageDir, results);
        Set<SourceObject> intents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()); // a shared folder's once
        for (Destinations.Group run : results.hasErrors() ? List.<Destinations.Group>of() : runs) {
            run.objects().stream().filter(o -> Pipeline.INTENT_GROUP.equals(o.summary().group())).forEach(intents::add);
            doors.pipeline().run(run.objects(), Optional.empty(), run.environment(), OutputForm.MANIFESTS).results().all()
                    .forEach(r -> results.add(run.label(r)));
        }
        int code = doors.finish(results, io);
        if (code == ExitCodes.OK) {
            io.err().println(doors.label() + ": " + intents.size() + " intent(s) valid");
        }
        return code;
    }

    /** The pipeline runs: one per package, or (a repository's render) per package and destination of its fleet, wherever its intents are. */
    private List<Destinations.Group> runs(Input input, List<List<SourceObject>> packages, Path packageDir, Results results) {
        Environment env = doors.environment().inPackage(packageDir);
        if (byDestination && !input.isStdin()) {
            return Destinations.split(packages, env.packageDirectory(), doors.pipeline().functions(), env, fleet, results);
        }
        return packages.stream().map(pkg -> new Destinations.Group(Optional.empty(), env, pkg)).toList();
    }

    /** A file whose objects go to several runs (a fleet's shared folder): --output would write it once per cluster. */
    private static Optional<String> sharedFile(List<Destinations.Group> runs) {
        Set<SourceObject> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Destinations.Group run : runs) {
            for (SourceObject o : run.objects()) {
                if (!seen.add(o)) {
                    return Optional.of(o.file());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The objects below {@code dir} grouped as kpt groups them: a folder holding a Kptfile is a
     * package of its own (rendered apart, as kpt renders subpackages), everything else belongs to
     * the nearest package above it, the top folder being one too.
     */
    public static List<List<SourceObject>> packages(Path dir, Results results) {
        return packages(new Input(dir), null, Optional.empty(), results);
    }

    private static List<List<SourceObject>> packages(Input input, byte[] stdin, Optional<Path> output, Results results) {
        List<SourceObject> objects = read(input, stdin, output, results);
        if (input.isStdin() || input.isFile()) {
            return List.of(objects);
        }
        Path dir = input.path();
        Map<Path, List<SourceObject>> byPackage = new java.util.TreeMap<>();
        byPackage.put(dir, new ArrayList<>());
        for (SourceObject o : objects) {
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
        return read(new Input(dir), null, Optional.empty(), results);
    }

    /**
     * The Kubernetes objects of the input: of every YAML file below a directory ({@link PackageFiles}
     * says which), of one file, or of {@code stdin}. Documents that are no Kubernetes object (a
     * JSON6902 patch list, a values file: neither apiVersion nor kind) are left out with an info
     * result, as are the folders PackageFiles leaves out for a reason; unreadable files are errors.
     */
    public static List<SourceObject> read(Input input, byte[] stdin, Optional<Path> output, Results results) {
        List<SourceObject> objects = new ArrayList<>();
        if (input.isStdin()) {
            try {
                ScannedInput scanned = ObjectScanner.scan(SourceText.decode(stdin == null ? new byte[0] : stdin, FrontDoors.STDIN,
                        InputLimits.DEFAULT), FrontDoors.STDIN, InputLimits.DEFAULT);
                objects.addAll(krmObjects(scanned, FrontDoors.STDIN, results));
            } catch (YamlInputException e) {
                results.add(new Result(Severity.ERROR, e.getMessage(), null, null, FrontDoors.STDIN, 0));
            }
            return objects;
        }
        Path dir = input.isFile() ? input.path().toAbsolutePath().getParent() : input.path();
        List<Path> files = input.isFile() ? List.of(input.path().toAbsolutePath()) : yamlFiles(dir, output, results);
        long total = 0;
        for (Path file : files) {
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
                byte[] bytes = InputBytes.readFile(file, InputLimits.DEFAULT.maxBytes(), name);
                objects.addAll(krmObjects(ObjectScanner.scan(SourceText.decode(bytes, name, InputLimits.DEFAULT), name,
                        InputLimits.DEFAULT), name, results));
            } catch (YamlInputException e) {
                results.add(new Result(Severity.ERROR, e.getMessage(), null, null, name, 0));
            }
        }
        return objects;
    }

    /** The documents that are Kubernetes objects, or meant to be (one of apiVersion and kind is an error later, not skipped). */
    private static List<SourceObject> krmObjects(ScannedInput scanned, String name, Results results) {
        List<Integer> notMappings = new ArrayList<>();
        List<SourceObject> objects = new ArrayList<>();
        for (SourceObject o : scanned.mappings(notMappings)) {
            if (o.summary().apiVersion() == null && o.summary().kind() == null) {
                results.add(new Result(Severity.INFO, "left out: a document with neither apiVersion nor kind is no Kubernetes object",
                        null, null, name, 0));
            } else {
                objects.add(o);
            }
        }
        for (int line : notMappings) {
            results.add(new Result(Severity.INFO, "line " + line + ": left out: a document that is not a mapping (a JSON6902 patch,"
                    + " a list or a scalar) is no Kubernetes object", null, null, name, 0));
        }
        return objects;
    }

    static List<Path> yamlFiles(Path dir, Optional<Path> output, Results skipped) {
        if (!Files.isDirectory(dir)) {
            throw new YamlInputException("not a directory: " + dir);
        }
        return PackageFiles.of(dir, output, skipped);
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
