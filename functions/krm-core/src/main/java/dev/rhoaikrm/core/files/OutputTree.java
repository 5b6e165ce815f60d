package dev.rhoaikrm.core.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Files written below an output directory ({@code render -o OUT}, {@code import -o OUT}) without
 * ever writing through a symbolic link: OUT may be a checkout, and a committed link at a generated
 * path would otherwise send our text to any file the user can write. Every path is checked before
 * the first byte is written, component by component without following links, so a refused path
 * leaves no partial output; each file is then opened with O_NOFOLLOW. OUT itself is the user's
 * choice and may be a link.
 */
public final class OutputTree {
    private OutputTree() {
    }

    /** A path that cannot be written; nothing has been written when it is thrown by {@link #check}. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Checks every path, then writes every file (UTF-8); on Refused nothing has been written. */
    public static void write(Path out, Map<String, String> files) throws Refused {
        Path root = check(out, files.keySet());
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new Refused("cannot create the output directory " + out + ": " + e.getMessage());
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = root;
            List<String> parts = List.of(f.getKey().split("/"));
            try {
                for (String dir : parts.subList(0, parts.size() - 1)) {
                    target = target.resolve(dir);
                    createDirectory(target, f.getKey());
                }
                target = target.resolve(parts.get(parts.size() - 1));
                try (SeekableByteChannel channel = Files.newByteChannel(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                    ByteBuffer bytes = ByteBuffer.wrap(f.getValue().getBytes(StandardCharsets.UTF_8));
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                }
            } catch (IOException e) {
                throw new Refused("cannot write " + f.getKey() + " under " + out + ": " + e.getMessage());
            }
        }
    }

    private static void createDirectory(Path dir, String file) throws IOException, Refused {
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()) {
                throw new Refused("refusing to write " + file + ": " + dir + " is not a directory (a symbolic link is never followed)");
            }
        }
    }

    /**
     * Checks that every path can be written below {@code out} without following a link, and
     * returns where OUT really is. Nothing is created.
     */
    public static Path check(Path out, Iterable<String> files) throws Refused {
        Path root;
        try {
            root = Files.exists(out) ? out.toRealPath() : out.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new Refused("cannot use " + out + " as the output directory: " + e.getMessage());
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new Refused(out + " is not a directory");
        }
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            String problem = problem(root, file);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(String.join("; ", problems) + "; nothing was written");
        }
        return root;
    }

    private static String problem(Path root, String file) {
        if (file.isEmpty() || file.startsWith("/") || file.indexOf('\0') >= 0 || file.indexOf('\\') >= 0) {
            return "refusing to write \"" + file + "\": not a relative path";
        }
        String[] parts = file.split("/");
        Path p = root;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return "refusing to write \"" + file + "\": it must stay below the output directory (no . or .. and no empty part)";
            }
            p = p.resolve(part);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return null; // from here on everything is made by us
            } catch (IOException e) {
                return "cannot write \"" + file + "\": " + e.getMessage();
            }
            boolean last = i == parts.length - 1;
            if (a.isSymbolicLink()) {
                return "refusing to write \"" + file + "\": " + String.join("/", List.of(parts).subList(0, i + 1))
                        + " is a symbolic link in the output directory, and links are never written through";
            }
            if (last ? !a.isRegularFile() : !a.isDirectory()) {
                return "refusing to write \"" + file + "\": " + String.join("/", List.of(parts).subList(0, i + 1))
                        + (last ? " exists and is not a regular file" : " is not a directory");
            }
        }
        return null;
    }
}
