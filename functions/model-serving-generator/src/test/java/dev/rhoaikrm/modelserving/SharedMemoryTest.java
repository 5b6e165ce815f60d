package dev.rhoaikrm.modelserving;

import static dev.rhoaikrm.modelserving.VllmRulesTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import org.junit.jupiter.api.Test;

/**
 * Issue #17 item 2: more than one GPU in the pod gets a memory emptyDir at /dev/shm, as the
 * dashboard mounts on the runtimes it deploys (odh-dashboard v3.3.0 frontend/src/api/k8s/servingRuntimes.ts,
 * 2Gi) and odh-model-controller's multi-node vLLM template does (odh-v3.3
 * config/runtimes/vllm-multinode-template.yaml, 12Gi; internal/controller/utils/nim.go for NIM), sized by
 * GPU count; a memory-backed emptyDir counts against the container's memory limit (Kubernetes
 * Volumes documentation, emptyDir), so the default limit grows by it and a stated one must exceed it.
 */
class SharedMemoryTest {

    @Test
    void dashboardServingRuntimesTs_oneGpuKeepsTheRuntimesDefault() {
        InProcess.Run run = render("  model: {uri: \"pvc://models/granite-3.3-2b-instruct\"}\n  gpu: {count: 1, product: NVIDIA-L4}\n");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).doesNotContain("/dev/shm").contains("memory: 16Gi");
    }

    @Test
    void multinodeTemplate_fourGpusGetFourGibOfSharedMemoryCountedInTheMemoryLimit() {
        InProcess.Run run = render("""
                  model: {uri: "oci://registry.redhat.io/rhelai1/modelcar-llama-3-1-8b-instruct:1.5"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 4, product: NVIDIA-L40S}
                """);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains(
                "    volumeMounts:\n    - mountPath: /dev/shm\n      name: shm\n",
                "  volumes:\n  - name: shm\n    emptyDir:\n      medium: Memory\n      sizeLimit: 4Gi\n", "memory: 20Gi");
    }

    @Test
    void twoGpusGetTheDashboardsTwoGib() {
        InProcess.Run run = render("""
                  model: {uri: "oci://registry.redhat.io/rhelai1/modelcar-llama-3-1-8b-instruct:1.5"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 2, product: NVIDIA-L40S}
                """);
        assertThat(run.stdout()).contains("sizeLimit: 2Gi", "memory: 18Gi");
    }

    @Test
    void kubernetesEmptyDirMemory_aStatedLimitTheSharedMemoryWouldFillIsRefused() {
        InProcess.Run run = render("""
                  model: {uri: "oci://registry.redhat.io/rhelai1/modelcar-llama-3-1-8b-instruct:1.5"}
                  runtime: {maxModelLen: 8192}
                  gpu: {count: 8, product: NVIDIA-L40S}
                  resources: {limits: {memory: 8Gi}}
                """);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("spec.resources: memory limit 8Gi is no more than the 8Gi of shared memory (/dev/shm)");
    }
}
