package dev.rhoaikrm.core.fn;

import dev.rhoaikrm.core.yaml.YamlInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where ArgoCD should fetch manifests from, so that a fork works without rewriting files: the
 * intent's repoURL and revision; else the ArgoCD CMP's environment (ARGOCD_APP_SOURCE_REPO_URL,
 * ARGOCD_APP_SOURCE_TARGET_REVISION); else, only when asked, the working tree's
 * {@code git remote get-url origin} (SSH normalised to HTTPS) and current branch.
 */
public final class GitSource {
    public static final String REPO_URL_VARIABLE = "ARGOCD_APP_SOURCE_REPO_URL";
    public static final String REVISION_VARIABLE = "ARGOCD_APP_SOURCE_TARGET_REVISION";
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$");
    private static final Pattern SSH_URL = Pattern.compile("^ssh://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+)$");

    /** A resolved source, and where each part came from (for messages). */
    public record Resolved(String repoURL, String revision, String repoURLFrom, String revisionFrom) {
    }

    private GitSource() {
    }

    /**
     * @param repoURL     from the intent, if set
     * @param revision    from the intent, if set
     * @param useGit      whether the git working tree may be asked (opt-in)
     * @return the source, or empty when no repoURL can be found
     */
    public static Optional<Resolved> resolve(Optional<String> repoURL, Optional<String> revision, Environment env, boolean useGit) {
        String url = null;
        String urlFrom = null;
        if (repoURL.isPresent()) {
            url = repoURL.get();
            urlFrom = "the intent";
        } else if (env.variable(REPO_URL_VARIABLE).isPresent()) {
            url = checked(REPO_URL_VARIABLE, env.variable(REPO_URL_VARIABLE).get());
            urlFrom = REPO_URL_VARIABLE;
        } else if (useGit && mayRunGit(env)) {
            Optional<String> origin = git(env.workingDirectory(), "remote", "get-url", "origin");
            if (origin.isPresent()) {
                url = checked("git remote origin", toHttps(origin.get()));
                urlFrom = "git remote origin";
            }
        }
        if (url == null) {
            return Optional.empty();
        }
        String rev;
        String revFrom;
        if (revision.isPresent()) {
            rev = revision.get();
            revFrom = "the intent";
        } else if (env.variable(REVISION_VARIABLE).isPresent()) {
            rev = checked(REVISION_VARIABLE, env.variable(REVISION_VARIABLE).get());
            revFrom = REVISION_VARIABLE;
        } else if (useGit && mayRunGit(env)
                && git(env.workingDirectory(), "rev-parse", "--abbrev-ref", "HEAD").filter(b -> !b.equals("HEAD")).isPresent()) {
            rev = checked("the git branch", git(env.workingDirectory(), "rev-parse", "--abbrev-ref", "HEAD").get());
            revFrom = "the git branch";
        } else {
            rev = "HEAD";
            revFrom = "the default";
        }
        return Optional.of(new Resolved(url, rev, urlFrom, revFrom));
    }

    /**
     * A value from the environment or git, which lands in generated Applications and ApplicationSet
     * templates: the ArgoCD CMP passes what the Application's author wrote, so a line break would
     * add fields, and {{ }} would be evaluated by the ApplicationSet controller.
     */
    private static String checked(String from, String value) {
        boolean bad = value.contains("{{") || value.contains("}}");
        for (int i = 0; i < value.length() && !bad; i++) {
            bad = Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))
                    || value.charAt(i) == '\u2028' || value.charAt(i) == '\u2029';
        }
        if (bad) {
            throw new YamlInputException("\"" + value + "\" holds white space, a control character or {{ }}: not a repository URL or"
                    + " revision to write into an Application", from, -1);
        }
        return value;
    }

    /**
     * Whether the git working tree may be asked. Never in the ArgoCD plugin (ARGOCD_APP_NAME is set):
     * the repository is untrusted there, and git reads its configuration (a bare repository
     * committed into it, say), which can name programs to run. Nothing runs but our functions.
     */
    static boolean mayRunGit(Environment env) {
        return env.variable("ARGOCD_APP_NAME").isEmpty();
    }

    /** git@github.com:org/repo.git and ssh://git@github.com/org/repo.git → https://github.com/org/repo.git. */
    public static String toHttps(String remote) {
        String r = remote.trim();
        if (r.startsWith("https://") || r.startsWith("http://")) {
            return r.replaceFirst("^(https?://)[^@/]+@", "$1"); // drop credentials in the URL
        }
        Matcher ssh = SSH_URL.matcher(r);
        if (ssh.matches()) {
            return "https://" + ssh.group(1) + "/" + ssh.group(2);
        }
        Matcher scp = SCP_LIKE.matcher(r);
        if (scp.matches()) {
            return "https://" + scp.group(1) + "/" + scp.group(2);
        }
        return r;
    }

    private static Optional<String> git(Path dir, String... args) {
        // no fsmonitor hook, and a bare repository only when named: what git runs on its own stays off
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "core.fsmonitor=false", "-c", "safe.bareRepository=explicit",
                "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            String value = new String(out, StandardCharsets.UTF_8).trim();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
