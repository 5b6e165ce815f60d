package dev.rhoaikrm.modelserving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Issue #15 item 4: values of an intent reached the download Job's bash and Python as code. Each
 * payload of the attack is a test that failed on the code before the fix: URIs outside Hugging
 * Face's grammar are refused (huggingface_hub v0.36.2 src/huggingface_hub/utils/_validators.py;
 * git-check-ref-format(1) for the revision), and the Job's script is one constant text that reads
 * every value from its environment. The script is run for real here, with bash and python3, a
 * no-op pip and a huggingface_hub whose snapshot_download records what it was given.
 */
class DownloadJobInjectionTest {
    private static final String MARKER = "PWNED";

    @Test
    void commandSubstitutionInTheRevisionIsRefused() {
        InProcess.Run run = render("hf://org/name@$(touch /tmp/" + MARKER + ")", List.of());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.model.uri", "is not a model URI");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aQuoteBreakingOutOfThePythonStringIsRefused() {
        InProcess.Run run = render("hf://org/na'+__import__('os').system('touch " + MARKER + "')+'me", List.of());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.model.uri", "is not a model URI");
    }

    @Test
    void backtickAndSemicolonInTheRepositoryAreRefused() {
        for (String uri : List.of("hf://org/name;id", "hf://org/`id`", "hf://org/name@main;id", "hf://org/na me")) {
            assertThat(render(uri, List.of()).exitCode()).as(uri).isEqualTo(1);
        }
    }

    @Test
    void huggingFaceGrammarBeyondTheCharacterSetIsRefusedWithItsRule() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("hf://org/foo--bar", "cannot contain -- or ..");
        refused.put("hf://org/foo..bar", "cannot contain -- or ..");
        refused.put("hf://org/.repo_id", "must start and end with a letter, a digit or _");
        refused.put("hf://org/repo_id.", "must start and end with a letter, a digit or _");
        refused.put("hf://org/foo.git", "cannot end in .git");
        refused.put("hf://org/" + "a".repeat(100), "Hugging Face allows 96");
        refused.put("hf://org/name@v1..2", "cannot contain .. or //");
        refused.put("hf://org/name@refs//pr/1", "cannot contain .. or //");
        refused.put("hf://org/name@main.lock", "end with .lock");
        refused.put("hf://org/name@/main", "cannot start with /");
        refused.put("hf://org/name@.hidden", "cannot start with .");
        refused.forEach((uri, message) -> {
            InProcess.Run run = render(uri, List.of());
            assertThat(run.exitCode()).as(uri).isEqualTo(1);
            assertThat(run.stderr()).as(uri).contains("spec.model.uri", message);
        });
    }

    /** huggingface_hub tests/test_utils_validators.py VALID_VALUES, as ORG/NAME, and Hub revisions. */
    @Test
    void validNamesPass() {
        for (String uri : List.of("hf://foo/bar", "hf://123/Foo-BAR_foo.bar123", "hf://Qwen/Qwen2.5-Math-7B-Instruct@main",
                "hf://org/name@refs/pr/12", "hf://org/name@v1.0", "hf://org/name@0123456789abcdef0123456789abcdef01234567")) {
            InProcess.Run run = render(uri, List.of());
            assertThat(run.exitCode()).as(uri + ": " + run.stderr()).isZero();
        }
    }

    @Test
    void theScriptIsOneTextForEveryModel() {
        Map<String, Object> a = job(render("hf://org/a", List.of("x")));
        Map<String, Object> b = job(render("hf://other/b@v2", List.of("y\\")));
        assertThat(container(a).get("command")).isEqualTo(container(b).get("command"))
                .isEqualTo(List.of("bash", "-ec", DownloadJob.SCRIPT));
        assertThat(DownloadJob.SCRIPT).doesNotContain("hf://", "org/a", "other/b");
    }

    @Test
    void anIgnorePatternWithATrailingBackslashReachesSnapshotDownloadAsData(@TempDir Path tmp) throws IOException {
        List<String> patterns = List.of("foo\\", "', __import__('os').system('touch " + MARKER + "'), '", "*.bin");
        Map<String, Object> job = job(render("hf://org/name@v1", patterns));
        Map<String, String> env = env(container(job));
        assertThat(env).containsEntry("HF_REPO_ID", "org/name").containsEntry("HF_REVISION", "v1")
                .containsEntry("MODEL_DIR", "/models/name");

        Map<String, Object> recorded = runScript(tmp, env);
        assertThat(recorded).containsEntry("repo_id", "org/name").containsEntry("revision", "v1")
                .containsEntry("ignore_patterns", patterns);
        assertThat(tmp.resolve(MARKER)).doesNotExist();
        assertThat(tmp.resolve("models/name/.download_complete")).hasContent("org/name@v1");
    }

    /** Defence in depth: were a hostile value to get past the grammar, bash and Python still read it as data. */
    @Test
    void hostileValuesInTheEnvironmentStayData(@TempDir Path tmp) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("HF_REPO_ID", "org/$(touch " + MARKER + "1)");
        env.put("HF_REVISION", "'+__import__('os').system('touch " + MARKER + "2')+'");
        env.put("MODEL_DIR", "/models/x`touch " + MARKER + "3`");
        env.put("HF_IGNORE_PATTERNS", "a\\\n\"; touch " + MARKER + "4; \"");
        Map<String, Object> recorded = runScript(tmp, env);
        assertThat(recorded).containsEntry("repo_id", env.get("HF_REPO_ID")).containsEntry("revision", env.get("HF_REVISION"))
                .containsEntry("ignore_patterns", List.of("a\\", "\"; touch " + MARKER + "4; \""));
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(MARKER));
        }
    }

    /** Runs the Job's script as its container would, with MODEL_DIR moved under {@code tmp}; what snapshot_download got. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> runScript(Path tmp, Map<String, String> jobEnv) throws IOException {
        String bash = Processes.requireTool("bash");
        String python = Processes.requireTool("python3");
        Files.createDirectories(tmp.resolve("models")); // the PVC's mount point
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path pip = bin.resolve("pip");
        Files.writeString(pip, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(pip, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(bin.resolve("python3"), Path.of(python));
        Path hub = Files.createDirectories(tmp.resolve("py/huggingface_hub"));
        Path record = tmp.resolve("record.json");
        Files.writeString(hub.resolve("__init__.py"), String.join("\n",
                "import json, os",
                "def snapshot_download(**kwargs):",
                "    os.makedirs(kwargs['local_dir'], exist_ok=True)",
                "    with open(os.environ['TEST_RECORD'], 'w') as f:",
                "        json.dump(kwargs, f)",
                ""));
        Map<String, String> env = new HashMap<>(jobEnv);
        env.put("MODEL_DIR", tmp + env.get("MODEL_DIR"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("PYTHONPATH", tmp.resolve("py").toString());
        env.put("TEST_RECORD", record.toString());
        Processes.Result result = Processes.run(List.of(bash, "-ec", DownloadJob.SCRIPT), tmp, env, new byte[0]);
        assertThat(result.exitCode()).as(result.describe()).isZero();
        Map<String, Object> recorded = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(record, StandardCharsets.UTF_8)); // JSON is YAML
        assertThat(recorded.get("local_dir")).isEqualTo(env.get("MODEL_DIR"));
        return recorded;
    }

    private static InProcess.Run render(String uri, List<String> ignorePatterns) {
        StringBuilder intent = new StringBuilder("apiVersion: rhoai-krm.dev/v1alpha1\nkind: ModelServing\nmetadata: {name: m}\nspec:\n")
                .append("  model: {uri: ").append(quoted(uri)).append(", parameters: 1B}\n")
                .append("  storage: {size: 100Gi}\n");
        if (!ignorePatterns.isEmpty()) {
            intent.append("  download:\n    ignorePatterns:\n");
            ignorePatterns.forEach(p -> intent.append("      - ").append(quoted(p)).append('\n'));
        }
        return InProcess.stdin(intent.toString(), new ModelServingFunction());
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(InProcess.Run run) {
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(run.stdout())) {
            if (doc instanceof Map<?, ?> m && "Job".equals(m.get("kind"))) {
                return (Map<String, Object>) m;
            }
        }
        throw new AssertionError("no Job in\n" + run.stdout());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(Map<String, Object> job) {
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) job.get("spec")).get("template")).get("spec");
        return ((List<Map<String, Object>>) spec.get("containers")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) container.get("env")) {
            if (e.get("value") != null) {
                env.put((String) e.get("name"), (String) e.get("value"));
            }
        }
        return env;
    }
}
