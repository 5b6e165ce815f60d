package dev.rhoaikrm.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A relative path resolved inside a root directory the way the kernel would resolve it, one
 * component at a time, but without ever looking outside the root: a "..", or a symbolic link whose
 * target is absolute or climbs above the root, ends the walk as {@link Problem#OUTSIDE} before
 * anything beyond the root is touched. So the answer for a path that leaves the root is the same
 * whether or not something exists out there, and a repository cannot use us to probe the machine.
 *
 * <p>ArgoCD refuses the same links in a repository ({@code CheckOutOfBoundsSymlinks},
 * argo-cd util/io/files/util.go); kustomize reads a file only when its real path lies under the
 * kustomization's directory (api/internal/loader/loadrestrictions.go).
 */
public final class ContainedPath {
    /** Why a path has no place inside the root. */
    public enum Problem {
        /** it leaves the root, through ".." or a symbolic link (absolute, or climbing above the root) */
        OUTSIDE,
        /** a component does not exist inside the root, or is not a directory where one is needed */
        MISSING,
        /** more symbolic links than the kernel follows (40): a loop */
        LOOP
    }

    /** The real path inside the root, or the problem. */
    public record Resolved(Path path, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private static final int MAX_LINKS = 40;

    private ContainedPath() {
    }

    /**
     * Resolves {@code relative} from {@code from}, both inside {@code root}.
     *
     * @param root     a real path (no symbolic link in it), as {@link Path#toRealPath} gives
     * @param from     the directory the path is relative to: the root or a real directory below it
     * @param relative a relative path, "/" separated; an absolute one is {@link Problem#OUTSIDE}
     */
    public static Resolved resolve(Path root, Path from, String relative) {
        Path start = from.toAbsolutePath().normalize();
        if (!start.startsWith(root)) {
            return new Resolved(null, Problem.OUTSIDE);
        }
        List<String> current = new ArrayList<>();
        root.relativize(start).forEach(p -> {
            if (!p.toString().isEmpty()) {
                current.add(p.toString());
            }
        });
        Deque<String> pending = new ArrayDeque<>();
        if (!push(pending, relative)) {
            return new Resolved(null, Problem.OUTSIDE);
        }
        int links = 0;
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (current.isEmpty()) {
                    return new Resolved(null, Problem.OUTSIDE);
                }
                current.remove(current.size() - 1);
                continue;
            }
            Path candidate = join(root, current).resolve(name);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(candidate, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException | NotDirectoryException e) {
                return new Resolved(null, Problem.MISSING);
            } catch (IOException | InvalidPathException e) {
                return new Resolved(null, Problem.MISSING);
            }
            if (attributes.isSymbolicLink()) {
                if (++links > MAX_LINKS) {
                    return new Resolved(null, Problem.LOOP);
                }
                String target;
                try {
                    target = Files.readSymbolicLink(candidate).toString();
                } catch (IOException e) {
                    return new Resolved(null, Problem.MISSING);
                }
                if (!push(pending, target)) {
                    return new Resolved(null, Problem.OUTSIDE);
                }
                continue; // the target is read from the link's own directory
            }
            if (!attributes.isDirectory() && !pending.stream().allMatch(p -> p.isEmpty() || p.equals("."))) {
                return new Resolved(null, Problem.MISSING); // a file where the path needs a directory
            }
            current.add(name);
        }
        return new Resolved(join(root, current), null);
    }

    /** Puts the components of {@code path} in front of the pending ones; false for an absolute path. */
    private static boolean push(Deque<String> pending, String path) {
        if (path.startsWith("/") || path.indexOf('\0') >= 0) {
            return false;
        }
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            pending.push(parts[i]);
        }
        return true;
    }

    private static Path join(Path root, List<String> components) {
        Path p = root;
        for (String c : components) {
            p = p.resolve(c);
        }
        return p;
    }

    /** The real path of a directory, or null when it cannot be read. */
    public static Path real(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
