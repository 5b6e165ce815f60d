package dev.rhoaikrm.core.frontdoor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A package's {@code .krmignore}, read as kpt reads it (kyaml kio/ignorefilesmatcher.go and
 * pkgio_reader.go, kubernetes-sigs/kustomize): gitignore patterns, relative to the folder holding the
 * file, in the top folder and in each subpackage (a folder with a Kptfile); a package's patterns
 * cover only that package, never its subpackages. The syntax is gitignore's (git-scm.com/docs/gitignore):
 * {@code #} comments, {@code !} re-includes, a trailing {@code /} matches folders only, a pattern
 * with a {@code /} before its end is anchored to the folder, one without matches a name at any
 * depth, {@code *} {@code ?} {@code [..]} within a name and {@code **} across folders; the last
 * matching pattern wins. A folder that matches is not entered, so nothing below it is re-included,
 * a subpackage included (as the real kpt does, whatever kyaml's comment says). One difference,
 * on purpose: kpt's matcher (monochromegane/go-gitignore) does not take {@code a/**}{@code /b} to
 * match {@code a/b} and {@code a/x/y/b}; git does, and so does this.
 * Written here rather than taken from JGit (the one Java gitignore matcher): a 3 MB dependency on
 * the start path of every render for a few dozen lines.
 */
public final class KrmIgnore {
    public static final String FILE_NAME = ".krmignore";

    private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {
    }

    private static final KrmIgnore NONE = new KrmIgnore(List.of());

    private final List<Rule> rules;

    private KrmIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    /** The patterns of {@code dir/.krmignore}, or none when there is no such regular file. */
    public static KrmIgnore in(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return NONE;
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Patterns one per line, as in a .krmignore file. */
    public static KrmIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.stripTrailing();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            if (negated || line.startsWith("\\#") || line.startsWith("\\!")) {
                line = line.substring(1);
            }
            boolean directoryOnly = line.endsWith("/");
            if (directoryOnly) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                continue;
            }
            // a slash at the start or in the middle anchors the pattern to the .krmignore's folder
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            String regex = (anchored ? "" : "(?:.*/)?") + globToRegex(line);
            rules.add(new Rule(Pattern.compile(regex), negated, directoryOnly));
        }
        return new KrmIgnore(List.copyOf(rules));
    }

    /**
     * Whether the path, relative to the .krmignore's folder and "/" separated, is ignored.
     *
     * @param directory whether the path is a folder (patterns ending in "/" match only folders)
     */
    public boolean ignores(String relative, boolean directory) {
        boolean ignored = false;
        for (Rule r : rules) {
            if ((directory || !r.directoryOnly()) && r.pattern().matcher(relative).matches()) {
                ignored = !r.negated();
            }
        }
        return ignored;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    private static String globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && glob.startsWith("**", i)) {
                boolean atStart = i == 0 || glob.charAt(i - 1) == '/';
                boolean atEnd = i + 2 == glob.length();
                if (atStart && atEnd) {
                    re.append(".*"); // "a/**": everything inside a
                    i += 2;
                } else if (atStart && glob.charAt(i + 2) == '/') {
                    re.append("(?:.*/)?"); // "**/b", "a/**/b": zero or more folders
                    i += 3;
                } else {
                    re.append("[^/]*"); // "a**b" is an ordinary star
                    i += 2;
                }
                continue;
            }
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    }
                }
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        re.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, end);
                        if (set.startsWith("!")) {
                            set = "^" + set.substring(1);
                        }
                        re.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                        i = end;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return re.toString();
    }
}
