package dev.rhoaikrm.appsetdiscovery;

import dev.rhoaikrm.core.files.ContainedPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working tree as ArgoCD's repo-server sees a checkout of it.
 *
 * <p>Directories: what {@code GetGitDirectories} lists for the git directory generator: every
 * directory below the root, depth first in name order, skipping any whose name starts with "."
 * (and all below it), never following symbolic links (a link to a directory is not a directory
 * there), and not the root itself. Directories with no file below them are left out too: git
 * cannot hold them, so ArgoCD's checkout never has them.
 *
 * <p>Symbolic links: ArgoCD refuses to render any Application of a repository that holds a link
 * whose target is absolute or, read segment by segment, climbs above the root
 * ({@code CheckOutOfBoundsSymlinks}); such links are collected here.
 */
final class RepositoryTree {
    /** More entries than this is not a GitOps repository but a mistaken root (a home directory, /). */
    static final int MAX_ENTRIES = 200_000;

    private final Path root;
    private final List<String> directories = new ArrayList<>();
    private final TreeMap<String, Boolean> symlinks = new TreeMap<>();

    private RepositoryTree(Path root) {
        this.root = root;
    }

    /** Thrown when the tree cannot be read or is far too large. */
    static final class TreeException extends Exception {
        private static final long serialVersionUID = 1L;

        TreeException(String message) {
            super(message);
        }
    }

    static RepositoryTree scan(Path root) throws TreeException {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            throw new TreeException("cannot read the repository root " + root + ": " + e.getMessage());
        }
        if (!Files.isDirectory(real)) {
            throw new TreeException("the repository root " + root + " is not a directory");
        }
        RepositoryTree tree = new RepositoryTree(real);
        try {
            tree.walk();
        } catch (UncheckedIOException | IOException e) {
            throw new TreeException("cannot read the working tree under " + real + ": " + e.getMessage());
        }
        return tree;
    }

    private void walk() throws IOException {
        List<String> withFiles = new ArrayList<>();
        int[] entries = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                count(entries);
                if (!dir.equals(root) && dir.getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE; // git's own data: never a symlink of the work tree
                }
                if (!dir.equals(root) && !isHidden(relative(dir))) {
                    directories.add(relative(dir));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                count(entries);
                if (attrs.isSymbolicLink()) {
                    symlinks.put(relative(file), outOfBounds(file));
                }
                withFiles.add(relative(file.getParent()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                throw exc;
            }
        });
        // depth first, in name order per directory, as Go's WalkDir lists them
        directories.sort(RepositoryTree::walkOrder);
        Set<String> nonEmpty = new HashSet<>();
        for (String dir : withFiles) {
            for (String d = dir; !d.isEmpty(); d = parent(d)) {
                if (!nonEmpty.add(d)) {
                    break;
                }
            }
        }
        directories.removeIf(d -> !nonEmpty.contains(d));
    }

    private static void count(int[] entries) throws IOException {
        if (++entries[0] > MAX_ENTRIES) {
            throw new IOException("more than " + MAX_ENTRIES + " files and directories: is this the repository's root?");
        }
    }

    /** Compares two paths as a pre-order walk with sorted entries visits them: segment by segment. */
    static int walkOrder(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private String relative(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static boolean isHidden(String relative) {
        for (String s : relative.split("/")) {
            if (s.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** ArgoCD's rule: an absolute target, or a relative one that climbs above the root at any step. */
    private boolean outOfBounds(Path link) throws IOException {
        String target = Files.readSymbolicLink(link).toString();
        if (target.startsWith("/")) {
            return true;
        }
        Path current = link.getParent();
        for (String part : target.split("/")) {
            current = current.resolve(part).normalize();
            if (!current.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    Path root() {
        return root;
    }

    /** Every directory the git directory generator considers, in its order. */
    List<String> directories() {
        return directories;
    }

    /** Symbolic links whose target leaves the repository. */
    List<String> outOfBoundsLinks() {
        return symlinks.entrySet().stream().filter(e -> e.getValue()).map(e -> e.getKey()).toList();
    }

    /** Symbolic links (any target), by path. */
    Set<String> symlinks() {
        return symlinks.keySet();
    }

    /** What ArgoCD's repo-server would say of this path as an Application's source path, or null when it renders. */
    String appPathProblem(String path) {
        // resolved inside the root only: the answer for a link out must not tell what lies out there
        ContainedPath.Resolved resolved = ContainedPath.resolve(root, root, path);
        if (resolved.problem() == ContainedPath.Problem.OUTSIDE) {
            return "leaves the repository (through .. or a symbolic link)";
        }
        if (!resolved.ok()) {
            return "does not exist in the working tree";
        }
        Path dir = resolved.path();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return "is not a directory";
        }
        return deployable(dir) ? null : "holds nothing ArgoCD can deploy (no kustomization, Chart.yaml, or YAML/JSON/Jsonnet file)";
    }

    /** Kustomize, Helm, or plain manifests (a directory app reads *.yaml, *.yml, *.json and *.jsonnet). */
    private static boolean deployable(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                // kustomization.yaml/.yml and Chart.yaml are YAML files too; kustomize also reads "Kustomization"
                if (name.equals("Kustomization") || lower.endsWith(".yaml") || lower.endsWith(".yml")
                        || lower.endsWith(".json") || lower.endsWith(".jsonnet")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
