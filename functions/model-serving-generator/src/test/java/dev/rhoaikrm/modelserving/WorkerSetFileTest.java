package dev.rhoaikrm.modelserving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.gpuworkerset.GpuWorkerSetFunction;
import dev.rhoaikrm.testsupport.InProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17, "the GPU check must run where users keep their files": models and GPU pools live in
 * different folders (and ArgoCD Applications), so a model names its GpuWorkerSet's file,
 * gpu.workerSetFile, relative to its own file and confined to the repository; the pools are the
 * facts gpu-workerset-generator publishes for that file (phase 1 over it).
 */
class WorkerSetFileTest {
    static final String WORKERS = """
            apiVersion: rhoai-krm.dev/v1alpha1
            kind: GpuWorkerSet
            metadata: {name: gpu-workers}
            spec:
              cluster: {platform: aws, region: us-east-2, infrastructureId: ocp-2qkbk, image: ami-0fd7c367ed8a90d52}
              pools:
                - {name: l4, instanceType: g6.2xlarge, zones: [us-east-2a]}
                - {name: l40s, instanceType: g6e.12xlarge, zones: [us-east-2a]}
            """;

    @TempDir
    Path repo;
    Path modelDir;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("components/gpu-workers"));
        Files.writeString(repo.resolve("components/gpu-workers/gpu-workers.yaml"), WORKERS);
        modelDir = Files.createDirectories(repo.resolve("usecases/models/granite"));
    }

    InProcess.Run render(String gpu) throws IOException {
        Files.writeString(modelDir.resolve("model.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata: {name: granite}
                spec:
                  model: {uri: "pvc://models/granite-3.3-8b-instruct"}
                  runtime: {maxModelLen: 8192}
                """ + "  gpu: " + gpu + "\n");
        return InProcess.render(modelDir, List.of(new ModelServingFunction(), new GpuWorkerSetFunction()));
    }

    @Test
    void thePoolOfTheNamedFileSizesAndPlacesTheModel() throws IOException {
        InProcess.Run run = render("{count: 2, pool: l40s, workerSetFile: ../../../components/gpu-workers/gpu-workers.yaml}");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).contains("rhoai-krm.dev/gpu-pool: l40s").doesNotContain("rhoai-krm.dev/unchecked")
                .as("the GpuWorkerSet is read, not rendered here").doesNotContain("kind: MachineSet");
    }

    @Test
    void aPoolTheFileDoesNotDeclareIsAnError() throws IOException {
        InProcess.Run run = render("{count: 1, pool: a100, workerSetFile: ../../../components/gpu-workers/gpu-workers.yaml}");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.gpu.pool: no GpuWorkerSet pool is named \"a100\"; pools: l4 (g6.2xlarge, 1 × NVIDIA-L4),"
                + " l40s (g6e.12xlarge, 4 × NVIDIA-L40S)");
    }

    @Test
    void moreGpusThanANodeOfThePoolHasIsAnError() throws IOException {
        InProcess.Run run = render("{count: 2, pool: l4, workerSetFile: ../../../components/gpu-workers/gpu-workers.yaml}");
        assertThat(run.stderr()).contains("spec.gpu.count: 2 GPUs per replica, but a node of pool l4 (g6.2xlarge, 1 × NVIDIA-L4) has 1");
    }

    @Test
    void aProductIsCheckedAgainstThePoolsOfTheFileToo() throws IOException {
        InProcess.Run run = render("{count: 1, product: NVIDIA-A10G, workerSetFile: ../../../components/gpu-workers/gpu-workers.yaml}");
        assertThat(run.stderr()).contains("spec.gpu.product: no GpuWorkerSet pool offers nodes with 1 × NVIDIA-A10G");
    }

    @Test
    void withoutTheFileThePoolCheckIsSkippedVisibly() throws IOException {
        InProcess.Run run = render("{count: 1, pool: l40s}");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).contains("warning", "spec.gpu.pool: GPU check skipped: no GpuWorkerSet in the input declares pool l40s");
        assertThat(run.stdout()).contains("rhoai-krm.dev/unchecked: \"GPU check: no GpuWorkerSet declaring pool l40s (gpu.workerSetFile)\"");
    }

    @Test
    void aPathOutOfTheRepositoryIsRefused() throws IOException {
        Files.writeString(repo.getParent().resolve("outside-" + repo.getFileName() + ".yaml"), WORKERS);
        InProcess.Run run = render("{count: 1, pool: l40s, workerSetFile: ../../../../outside-" + repo.getFileName() + ".yaml}");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.gpu.workerSetFile: \"../../../../outside-", "leads outside the repository");
    }

    @Test
    void aSymbolicLinkOutOfTheRepositoryIsRefusedWhateverLiesBeyond(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("gpu-workers.yaml"), WORKERS);
        Files.createSymbolicLink(repo.resolve("components/linked"), elsewhere);
        InProcess.Run exists = render("{count: 1, pool: l40s, workerSetFile: ../../../components/linked/gpu-workers.yaml}");
        InProcess.Run missing = render("{count: 1, pool: l40s, workerSetFile: ../../../components/linked/nothing.yaml}");
        InProcess.Run absent = render("{count: 1, pool: l40s, workerSetFile: ../../../components/gpu-workers/nothing.yaml}");
        assertThat(exists.exitCode()).isEqualTo(1);
        // krm-core's ReferencedFile: one message whether or not anything exists beyond the link
        assertThat(exists.stderr()).contains("spec.gpu.workerSetFile: \"../../../components/linked/gpu-workers.yaml\" leads outside the repository");
        assertThat(missing.stderr()).contains("spec.gpu.workerSetFile: \"../../../components/linked/nothing.yaml\" leads outside the repository");
        assertThat(absent.stderr()).contains("\"../../../components/gpu-workers/nothing.yaml\" is neither a file of the input nor a file at"
                + " ../../../components/gpu-workers/nothing.yaml");
    }

    /**
     * kpt tells an exec function its files' paths relative to the package (internal.config.kubernetes.io/path)
     * but runs it in its own working directory: a reference is refused, with that reason, when the intent's
     * file is not where the function looks; a path annotation climbing out gets the same answer (no probe).
     */
    @Test
    void underKptTheIntentsOwnFileMustBeInTheDirectoryTheFunctionRunsIn() {
        for (String path : List.of("usecases/models/granite/model.yaml", "../../../../../etc/hostname")) {
            InProcess.Run run = InProcess.stdin("""
                    apiVersion: config.kubernetes.io/v1
                    kind: ResourceList
                    items:
                    - apiVersion: rhoai-krm.dev/v1alpha1
                      kind: ModelServing
                      metadata:
                        name: granite
                        annotations: {internal.config.kubernetes.io/path: "%s", config.kubernetes.io/path: "%s"}
                      spec:
                        model: {uri: "pvc://models/granite-3.3-8b-instruct"}
                        runtime: {maxModelLen: 8192}
                        gpu: {count: 1, pool: l40s, workerSetFile: ../../../components/gpu-workers/gpu-workers.yaml}
                    """.formatted(path, path), new ModelServingFunction());
            assertThat(run.stdout()).as(path).contains("severity: error", "the intent's own file " + path + " is not at",
                    "kpt: run kpt fn render from the package's directory");
        }
    }

    @Test
    void anAbsolutePathOrAFileWithoutGpuWorkerSetIsRefused() throws IOException {
        assertThat(render("{count: 1, pool: l40s, workerSetFile: /etc/passwd}").stderr())
                .contains("spec.gpu.workerSetFile: \"/etc/passwd\" is an absolute path");
        Files.writeString(repo.resolve("components/other.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        assertThat(render("{count: 1, pool: l40s, workerSetFile: ../../../components/other.yaml}").stderr())
                .contains("spec.gpu.workerSetFile: \"../../../components/other.yaml\" holds no GpuWorkerSet intent");
    }

    @Test
    void aGpuWorkerSetWithErrorsIsNotPassedUnchecked() throws IOException {
        Files.writeString(repo.resolve("components/gpu-workers/gpu-workers.yaml"), WORKERS.replace("g6e.12xlarge", "g6e.nosuch"));
        InProcess.Run run = render("{count: 1, pool: l40s, workerSetFile: ../../../components/gpu-workers/gpu-workers.yaml}");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.gpu.pool: pool l40s: GpuWorkerSet gpu-workers has errors");
    }
}
