package dev.rhoaikrm.modelserving;

import java.util.Optional;

/**
 * The names an hf:// URI carries, held to the grammar of the tools that read them: the repository
 * id to huggingface_hub's own validator, the revision to git's ref-name rules (a Hugging Face
 * revision is a branch, a tag, {@code refs/pr/N} or a commit). The schema's pattern has already
 * limited both to ASCII letters, digits, {@code . _ -} (and {@code /} in a revision), so no shell or
 * Python metacharacter gets this far; these are the finer rules, each with its own message.
 */
final class HuggingFaceNames {
    /** huggingface_hub REPO_ID_REGEX: the repository name has 1 to 96 characters. */
    static final int MAX_NAME = 96;
    /** Longer revisions are refused; git has no limit, but a branch or tag this long is a mistake. */
    static final int MAX_REVISION = 255;

    private HuggingFaceNames() {
    }

    /**
     * Why {@code ORG/NAME} is no repository id, or empty. The rules of huggingface_hub v0.36.2,
     * src/huggingface_hub/utils/_validators.py, validate_repo_id: "namespace/repo_name", each part
     * of {@code [\w\-.]} between word boundaries (so it starts and ends with a letter, a digit or
     * {@code _}), a name of at most 96 characters, no {@code --} or {@code ..}, no {@code .git} at the end.
     */
    static Optional<String> repoIdProblem(String repoId) {
        int slash = repoId.indexOf('/');
        if (slash < 0 || repoId.indexOf('/', slash + 1) >= 0) {
            return Optional.of("a Hugging Face repository id is ORG/NAME, with one /");
        }
        String org = repoId.substring(0, slash);
        String name = repoId.substring(slash + 1);
        for (String part : new String[] {org, name}) {
            if (part.isEmpty() || !isWordChar(part.charAt(0)) || !isWordChar(part.charAt(part.length() - 1))) {
                return Optional.of("\"" + part + "\" must start and end with a letter, a digit or _ (huggingface_hub validate_repo_id)");
            }
        }
        if (name.length() > MAX_NAME) {
            return Optional.of("the repository name has " + name.length() + " characters; Hugging Face allows " + MAX_NAME);
        }
        if (repoId.contains("--") || repoId.contains("..")) {
            return Optional.of("a Hugging Face repository id cannot contain -- or .. (huggingface_hub validate_repo_id)");
        }
        if (repoId.endsWith(".git")) {
            return Optional.of("a Hugging Face repository id cannot end in .git (huggingface_hub validate_repo_id)");
        }
        return Optional.empty();
    }

    /**
     * Why {@code revision} is no git ref name, or empty: the rules of git-check-ref-format(1) that
     * the schema's character set leaves to check (no {@code ..}, no {@code //}, no component that
     * starts with {@code .} or ends with {@code .lock}, no {@code /} or {@code .} at either end).
     */
    static Optional<String> revisionProblem(String revision) {
        if (revision.length() > MAX_REVISION) {
            return Optional.of("the revision has " + revision.length() + " characters; at most " + MAX_REVISION);
        }
        if (revision.contains("..") || revision.contains("//")) {
            return Optional.of("a revision cannot contain .. or // (git check-ref-format)");
        }
        if (revision.startsWith("/") || revision.endsWith("/") || revision.endsWith(".")) {
            return Optional.of("a revision cannot start with / or end with / or . (git check-ref-format)");
        }
        for (String component : revision.split("/")) {
            if (component.startsWith(".") || component.endsWith(".lock")) {
                return Optional.of("a revision's components cannot start with . or end with .lock (git check-ref-format)");
            }
        }
        return Optional.empty();
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
