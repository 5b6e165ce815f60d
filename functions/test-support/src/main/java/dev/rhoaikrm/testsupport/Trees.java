package dev.rhoaikrm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Repositories laid out from text, for tests of what reads a working tree (discovery, files named
 * by an intent): one path per line, "DIR/" for an empty directory, "link PATH -&gt; TARGET" for a
 * symbolic link, "#" for a comment. Files hold a YAML comment naming themselves; a .git directory
 * is added so that the root is found as in a checkout.
 */
public final class Trees {
    private Trees() {
    }

    public static void build(Path root, String tree) {
        try {
            Files.createDirectories(root.resolve(".git"));
            for (String raw : tree.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("link ")) {
                    String[] parts = line.substring(5).split(" -> ", 2);
                    Path link = root.resolve(parts[0]);
                    Files.createDirectories(link.getParent());
                    Files.createSymbolicLink(link, Path.of(parts[1]));
                } else if (line.endsWith("/")) {
                    Files.createDirectories(root.resolve(line));
                } else {
                    Path file = root.resolve(line);
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, "# " + line + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
