package dev.rhoaikrm.appsetdiscovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What ArgoCD takes as a git repository URL and a revision, and when two URLs name one repository.
 * ArgoCD clones https://, http:// and SSH URLs (ssh://user@host/path or user@host:path; argoproj/argo-cd
 * util/git/git.go IsSSHURL, IsHTTPSURL, IsHTTPURL), and git:// and file:// through go-git. A pattern
 * ({@code *}, {@code https://github.com/org/*}) is an AppProject's sourceRepos entry, never a source:
 * refusing it here is what keeps {@code sourceRepos: ['*']} from becoming {@code repoURL: "*"}.
 */
final class RepositoryURL {
    /** The intent's repoURL: a URL with a scheme ArgoCD clones, or scp-like user@host:path; no spaces, no glob characters. */
    static final String PATTERN = "(https?|ssh|git|file)://[^\\s*?\\[\\]{}]+|[A-Za-z0-9._~-]+@[A-Za-z0-9.-]+:[^\\s*?\\[\\]{}]+";
    static final String MEANING = "a git repository URL (https://, http://, ssh://, git://, file:// or user@host:path), not a pattern";
    /**
     * A git revision: a branch, tag, commit or HEAD, as {@code git check-ref-format} allows a name
     * (no spaces or control characters, none of ~ ^ : ? * [ \, no "..", no "@{").
     */
    static final String REVISION = "(?!.*\\.\\.)(?!.*@\\{)[^\\s~^:?*\\[\\\\\\p{Cntrl}]+";
    static final String REVISION_MEANING = "a git revision (a branch, tag, commit or HEAD)";

    private static final Pattern URL = Pattern.compile(PATTERN);
    private static final Pattern REF = Pattern.compile(REVISION);

    private RepositoryURL() {
    }

    static boolean isURL(String value) {
        return value != null && URL.matcher(value).matches();
    }

    static boolean isRevision(String value) {
        return value != null && REF.matcher(value).matches();
    }

    /**
     * Whether two URLs name one repository as ArgoCD decides it (util/git/git.go SameURL and
     * NormalizeGitURL): case, surrounding spaces and a trailing ".git" do not matter, and the
     * scp-like SSH form equals its ssh:// form.
     */
    static boolean same(String left, String right) {
        String l = normalize(left);
        String r = normalize(right);
        return l != null && l.equals(r);
    }

    private static String normalize(String repo) {
        if (repo == null) {
            return null;
        }
        String r = repo.trim().toLowerCase(Locale.ROOT);
        if (r.matches("^(ssh://)?([^/:]*?)@[^@]+$") && !r.startsWith("ssh://")) {
            r = "ssh://" + r.replaceFirst(":", "/");
        }
        if (r.endsWith(".git")) {
            r = r.substring(0, r.length() - ".git".length());
        }
        try {
            return new URI(r).toString().replaceFirst("^ssh://", "");
        } catch (URISyntaxException e) {
            return r;
        }
    }
}
