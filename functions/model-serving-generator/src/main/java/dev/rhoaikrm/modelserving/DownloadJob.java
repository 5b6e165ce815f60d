package dev.rhoaikrm.modelserving;

import static dev.rhoaikrm.core.fn.Manifests.map;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Job that downloads hf:// weights into the PVC. Idempotent: a marker file holding the
 * repository and revision makes a re-run a no-op. Resumable: snapshot_download continues partial
 * files, and the Job retries. Immutable-safe: the Job's name carries a hash of what it downloads,
 * so a changed source or revision creates a new Job instead of an update ArgoCD cannot apply.
 */
final class DownloadJob {
    /** Where the PVC is mounted in the Job. */
    static final String MOUNT = "/models";

    private final ModelServing m;

    DownloadJob(ModelServing model) {
        this.m = model;
    }

    /** &lt;name&gt;-download-&lt;8 hex of source, revision and patterns&gt;, within the 63 characters a Job may have. */
    String name() {
        String suffix = "-download-" + hash();
        String base = m.name().length() + suffix.length() > 63 ? m.name().substring(0, 63 - suffix.length()) : m.name();
        int end = base.length();
        while (end > 0 && base.charAt(end - 1) == '-') {
            end--; // no dash before the suffix's own (a loop, not replaceAll: no regex compiled on the way)
        }
        return base.substring(0, end) + suffix;
    }

    private String hash() {
        String identity = m.uri().repoId() + "@" + m.uri().revisionOrMain() + "|" + String.join(",", patterns()) + "|" + m.uri().folder();
        return HexFormat.of().formatHex(Sha256.digest(identity.getBytes(StandardCharsets.UTF_8)), 0, 4);
    }

    /** Mistral's own checkpoint format, which vLLM loads only when asked (--load-format mistral). */
    static final String MISTRAL_FORMAT = "consolidated*.safetensors";

    /**
     * What not to download: as stated, else the formats vLLM does not load by default. vLLM's
     * load_format auto picks the Mistral format when consolidated*.safetensors are in the model
     * directory and the Hugging Face one otherwise (vllm-project/vllm 0e06f498
     * vllm/model_executor/model_loader/default_loader.py DefaultModelLoader._prepare_weights; a local
     * directory is listed as it is, transformers_utils/repo_utils.py list_repo_files); the Hugging
     * Face format loads the shards model.safetensors.index.json names and drops any other
     * .safetensors (0a1ee72e weight_utils.py filter_duplicate_safetensors_files). Leaving out the
     * consolidated.safetensors Mistral-7B-v0.3 ships beside its shards therefore loads the shards;
     * --load-format mistral reads consolidated*.safetensors, so they are downloaded then.
     */
    List<String> patterns() {
        List<String> patterns = m.download().ignorePatterns();
        if (!m.download().at().has("ignorePatterns") && mistralFormat()) {
            return patterns.stream().filter(p -> !p.equals(MISTRAL_FORMAT)).toList();
        }
        return patterns;
    }

    private boolean mistralFormat() {
        List<String> args = m.runtime().args();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--load-format=mistral") || args.get(i).equals("--load-format mistral")
                    || args.get(i).equals("--load-format") && i + 1 < args.size() && args.get(i + 1).equals("mistral")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Job, placed where the model will run: the predictor's node selector and tolerations
     * (without a GPU request), so that a volume of a WaitForFirstConsumer storage class binds in a
     * zone the model's GPU nodes are in (the PVC binds where its first pod runs).
     */
    Map<String, Object> job(Map<String, String> nodeSelector, List<Map<String, Object>> tolerations) {
        List<Object> env = new ArrayList<>();
        env.add(map("name", "HF_HUB_DISABLE_TELEMETRY", "value", "1"));
        // the values of the intent reach the script as data, never as code (issue #15 item 4)
        env.add(map("name", "HF_REPO_ID", "value", m.uri().repoId()));
        env.add(map("name", "HF_REVISION", "value", m.uri().revisionOrMain()));
        env.add(map("name", "MODEL_DIR", "value", MOUNT + "/" + m.uri().folder()));
        env.add(map("name", "HF_IGNORE_PATTERNS", "value", String.join("\n", patterns())));
        String secret = m.model().secretName().orElse(null);
        if (secret != null) {
            env.add(map("name", "HF_TOKEN", "valueFrom", map("secretKeyRef", map("key", "HF_TOKEN", "name", secret))));
        }
        Resources r = m.downloadResources();
        Map<String, Object> container = map(
                "command", List.of("bash", "-ec", SCRIPT),
                "env", env,
                "image", m.download().image(),
                "name", "download",
                "resources", map("limits", map("cpu", r.cpuLimit(), "memory", r.memoryLimit()),
                        "requests", map("cpu", r.cpuRequest(), "memory", r.memoryRequest())),
                "securityContext", map("allowPrivilegeEscalation", false, "capabilities", map("drop", List.of("ALL")),
                        "runAsNonRoot", true, "seccompProfile", map("type", "RuntimeDefault")),
                "volumeMounts", List.of(map("mountPath", MOUNT, "name", "model-storage")));
        Map<String, Object> podSpec = map(
                "containers", List.of(container),
                "nodeSelector", nodeSelector == null ? null : new TreeMap<>(nodeSelector),
                "restartPolicy", "OnFailure",
                "tolerations", tolerations,
                "volumes", List.of(map("name", "model-storage", "persistentVolumeClaim", map("claimName", m.claimName()))));
        return map("apiVersion", "batch/v1", "kind", "Job",
                "metadata", map("name", name(), "namespace", m.targetNamespace()),
                "spec", map("backoffLimit", 6, "template", map("spec", podSpec)));
    }

    /**
     * The same text for every model: what to download comes from the environment (HF_REPO_ID,
     * HF_REVISION, MODEL_DIR, HF_IGNORE_PATTERNS one per line), so no value of an intent is ever
     * parsed by bash or Python. The heredoc is quoted ('PYEOF'): bash expands nothing inside it.
     */
    static final String SCRIPT = String.join("\n",
            "echo \"=== Downloading ${HF_REPO_ID}@${HF_REVISION} into ${MODEL_DIR} ===\"",
            "df -h \"$(dirname \"${MODEL_DIR}\")\"",
            "pip install -q --no-cache-dir 'huggingface_hub>=0.30,<1.0'",
            "python3 << 'PYEOF'",
            "import os, sys",
            "from huggingface_hub import snapshot_download",
            "repo_id = os.environ['HF_REPO_ID']",
            "revision = os.environ['HF_REVISION']",
            "target = os.environ['MODEL_DIR']",
            "ignore = [p for p in os.environ['HF_IGNORE_PATTERNS'].split('\\n') if p]",
            "want = repo_id + '@' + revision",
            "marker = os.path.join(target, '.download_complete')",
            "if os.path.exists(marker) and open(marker).read().strip() == want:",
            "    print('Model already downloaded (marker found). Skipping.')",
            "    sys.exit(0)",
            "snapshot_download(repo_id=repo_id, revision=revision, local_dir=target, ignore_patterns=ignore)",
            "with open(marker, 'w') as f:",
            "    f.write(want)",
            "print('Download complete.')",
            "PYEOF",
            "ls -lh \"${MODEL_DIR}/\"",
            "df -h \"$(dirname \"${MODEL_DIR}\")\"",
            "echo DONE",
            "");
}
