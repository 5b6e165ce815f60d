package dev.rhoaikrm.appsetdiscovery;

/**
 * Paths of the intent are repository paths in the form ArgoCD compares them: relative to the
 * repository root, '/'-separated, with no "." or ".." segment, no empty segment and no trailing
 * '/'. ArgoCD matches directory globs against such paths as written, so a leading "./" or a
 * trailing '/' would silently match nothing; ".." and absolute paths would leave the repository,
 * which ArgoCD refuses.
 */
final class RepoPaths {
    private RepoPaths() {
    }

    /** The problem with a path (or glob) of the intent, or null when it is in ArgoCD's form. */
    static String problem(String path) {
        if (path.startsWith("/")) {
            return "\"" + path + "\" is absolute: paths are relative to the repository root";
        }
        String[] segments = path.split("/", -1);
        for (String s : segments) {
            if (s.equals("..")) {
                return "\"" + path + "\" climbs out of its directory with \"..\": paths stay inside the repository";
            }
        }
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".")) {
                return "\"" + path + "\" is not in the form ArgoCD compares paths in: write \"" + normal(segments)
                        + "\" (no \".\" or empty segments, no trailing /)";
            }
        }
        return null;
    }

    private static String normal(String[] segments) {
        StringBuilder b = new StringBuilder();
        for (String s : segments) {
            if (!s.isEmpty() && !s.equals(".")) {
                b.append(b.length() == 0 ? "" : "/").append(s);
            }
        }
        return b.length() == 0 ? "<a directory below the root>" : b.toString();
    }

    /** The first segment of a glob that names a hidden directory (ArgoCD never lists those), or null. */
    static String hiddenSegment(String glob) {
        for (String s : glob.split("/")) {
            if (s.startsWith(".")) {
                return s;
            }
        }
        return null;
    }

    /** How many '/'-separated segments a path (or a glob whose classes do not match '/') has. */
    static int segments(String path) {
        return path.split("/", -1).length;
    }
}
