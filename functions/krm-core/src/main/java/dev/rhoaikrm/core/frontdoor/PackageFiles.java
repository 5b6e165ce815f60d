package dev.rhoaikrm.core.frontdoor;

import dev.rhoaikrm.core.result.Result;
import dev.rhoaikrm.core.result.Results;
import dev.rhoaikrm.core.result.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The YAML files of a directory that hold its Kubernetes objects, as a GitOps repository lays them
 * out. Left out: hidden files and folders (.git, kpt's .expected), kustomization files and
 * Kptfiles (the tools' own configuration), what a package's {@code .krmignore} names (as kpt
 * reads it, {@link KrmIgnore}), a Helm chart (a folder with Chart.yaml: its templates are Go
 * templates, not YAML, until helm renders them) and build output (Maven's {@code target/} beside a
 * pom.xml, the render's own {@code -o} folder). What is left out for a reason a user may not expect
 * is said as an info result.
 */
final class PackageFiles {
    private static final Set<String> TOOL_FILES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization", "Kptfile");

    private PackageFiles() {
    }

    /** The files in path order, relative to nothing (each resolved from {@code dir}). */
    static List<Path> of(Path dir, Optional<Path> output, Results skipped) {
        Path outputDir = output.map(o -> o.toAbsolutePath().normalize()).orElse(null);
        List<Path> files = new ArrayList<>();
        // in path order, as the files: a folder's listing order is the file system's
        Map<String, String> left = new TreeMap<>();
        // the .krmignore of the package each folder belongs to: kpt applies a package's file to that package only
        Deque<Path> packages = new ArrayDeque<>();
        Deque<KrmIgnore> ignores = new ArrayDeque<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) throws IOException {
                    while (!packages.isEmpty() && !folder.startsWith(packages.peek())) {
                        packages.pop();
                        ignores.pop();
                    }
                    String relative = dir.relativize(folder).toString().replace('\\', '/');
                    boolean top = folder.equals(dir);
                    if (!top && folder.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE; // .git, .github, kpt's .expected
                    }
                    // a pattern of the package above leaves out a subpackage too (kpt 1.0's kpt fn source does; KrmIgnoreKptIT)
                    if (!top && ignores.peek().ignores(packages.peek().relativize(folder).toString().replace('\\', '/'), true)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    boolean subpackage = !top && Files.isRegularFile(folder.resolve("Kptfile"));
                    if (outputDir != null && folder.toAbsolutePath().normalize().equals(outputDir)) {
                        left.put(relative, "left out: the output folder of this render (-o)");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (folder.getFileName() != null && folder.getFileName().toString().equals("target")
                            && Files.isRegularFile(folder.resolveSibling("pom.xml"))) {
                        left.put(relative, "left out: Maven build output (a target folder beside a pom.xml)");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.isRegularFile(folder.resolve("Chart.yaml"))) {
                        left.put(relative.isEmpty() ? "." : relative, "left out: a Helm chart (its templates are not YAML until helm renders"
                                + " them; expand its intents with helm's --post-renderer, see README.md)");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (top || subpackage) {
                        packages.push(folder);
                        ignores.push(KrmIgnore.in(folder));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !isManifestFile(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!ignores.peek().ignores(packages.peek().relativize(file).toString().replace('\\', '/'), false)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        left.forEach((folder, why) -> skipped.add(new Result(Severity.INFO, why, null, null, folder + "/", 0)));
        return files;
    }

    private static boolean isManifestFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml")) && !TOOL_FILES.contains(name)
                && !lower.equals("kustomization.yaml") && !lower.equals("kustomization.yml");
    }
}
