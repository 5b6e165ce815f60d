package dev.rhoaikrm.modelserving;

import dev.rhoaikrm.core.fn.Manifests;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Job that downloads hf:// weights into the PVC. Idempotent: a marker file holding the
 * repository and revision makes a re-run a no-op. Resumable: snapshot_download continues partial
 * files, and the Job retries. Immutable-safe: the Job's name carries a hash of what it downloads,
 * so a changed source or revision creates a new Job instead of an update ArgoCD cannot apply.
 */
final class DownloadJob {
    private final ModelServingSpec m;

    DownloadJob(ModelServingSpec model) {
        this.m = model;
    }

    /** &lt;name&gt;-download-&lt;8 hex of source, revision and patterns&gt;, within the 63 characters a Job may have. */
    String name() {
        String suffix = "-download-" + hash();
        String base = m.name.length() + suffix.length() > 63 ? m.name.substring(0, 63 - suffix.length()) : m.name;
        return base.replaceAll("-+$", "") + suffix;
    }

    private String hash() {
        String identity = m.uri.repoId() + "@" + m.uri.revisionOrMain() + "|" + String.join(",", patterns()) + "|" + m.uri.folder();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private List<String> patterns() {
        return m.download.strings("ignorePatterns");
    }

    Map<String, Object> job() {
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVarBuilder().withName("HF_HUB_DISABLE_TELEMETRY").withValue("1").build());
        String secret = m.model.string("secretName");
        if (secret != null) {
            env.add(new EnvVarBuilder().withName("HF_TOKEN").withNewValueFrom().withNewSecretKeyRef()
                    .withName(secret).withKey("HF_TOKEN").endSecretKeyRef().endValueFrom().build());
        }
        Resources r = m.downloadResources;
        Job job = new JobBuilder()
                .withNewMetadata().withName(name()).withNamespace(m.namespace).endMetadata()
                .withNewSpec().withBackoffLimit(6)
                .withNewTemplate().withNewMetadata().endMetadata()
                .withNewSpec().withRestartPolicy("OnFailure")
                .addNewContainer().withName("download").withImage(m.download.string("image"))
                .withCommand("bash", "-ec", script())
                .withEnv(env)
                .withNewResources()
                .addToRequests("cpu", new Quantity(r.cpuRequest())).addToRequests("memory", new Quantity(r.memoryRequest()))
                .addToLimits("cpu", new Quantity(r.cpuLimit())).addToLimits("memory", new Quantity(r.memoryLimit()))
                .endResources()
                .withNewSecurityContext().withAllowPrivilegeEscalation(false).withRunAsNonRoot(true)
                .withNewCapabilities().withDrop("ALL").endCapabilities()
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
                .addNewVolumeMount().withName("model-storage").withMountPath("/models").endVolumeMount()
                .endContainer()
                .addNewVolume().withName("model-storage").withNewPersistentVolumeClaim().withClaimName(m.claimName())
                .endPersistentVolumeClaim().endVolume()
                .endSpec().endTemplate().endSpec().build();
        return Manifests.fromModel(job);
    }

    String script() {
        String target = "/models/" + m.uri.folder();
        String want = m.uri.repoId() + "@" + m.uri.revisionOrMain();
        String ignore = patterns().stream().map(p -> "'" + p.replace("'", "\\'") + "'").collect(Collectors.joining(", "));
        return String.join("\n",
                "echo \"=== Downloading " + want + " ===\"",
                "df -h /models",
                "pip install -q --no-cache-dir 'huggingface_hub>=0.30,<1.0'",
                "python3 << 'PYEOF'",
                "import os, sys",
                "from huggingface_hub import snapshot_download",
                "target = '" + target + "'",
                "want = '" + want + "'",
                "marker = os.path.join(target, '.download_complete')",
                "if os.path.exists(marker) and open(marker).read().strip() == want:",
                "    print('Model already downloaded (marker found). Skipping.')",
                "    sys.exit(0)",
                "snapshot_download(",
                "    repo_id='" + m.uri.repoId() + "',",
                "    revision='" + m.uri.revisionOrMain() + "',",
                "    local_dir=target,",
                "    ignore_patterns=[" + ignore + "],",
                ")",
                "with open(marker, 'w') as f:",
                "    f.write(want)",
                "print('Download complete.')",
                "PYEOF",
                "ls -lh " + target + "/",
                "df -h /models",
                "echo DONE",
                "");
    }
}
