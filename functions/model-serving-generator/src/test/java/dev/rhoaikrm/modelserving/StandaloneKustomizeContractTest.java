package dev.rhoaikrm.modelserving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.InProcess;
import org.junit.jupiter.api.Test;

/**
 * Standalone kustomize (build --enable-alpha-plugins --enable-exec) runs the function named by the
 * intent's config.kubernetes.io/function annotation as a KRM function. It is not installed here,
 * so this feeds exactly what it sends: a generator gets no items, only the functionConfig; a
 * transformer gets every resource with kustomize's and kyaml's bookkeeping annotations.
 */
class StandaloneKustomizeContractTest {
    static final String FUNCTION_CONFIG = """
            functionConfig:
              apiVersion: rhoai-krm.dev/v1alpha1
              kind: ModelServing
              metadata:
                name: granite
                annotations:
                  config.kubernetes.io/function: |
                    exec:
                      path: ./bin/model-serving-generator
                  config.kubernetes.io/local-config: "true"
              spec:
                model: {uri: "oci://quay.io/redhat-ai-services/modelcar-catalog:granite-3.3-8b-instruct"}
                runtime: {maxModelLen: 8192}
                gpu: {count: 1, product: NVIDIA-L4}
            """;

    @Test
    void asAGeneratorItExpandsTheFunctionConfig() {
        InProcess.Run run = InProcess.stdin("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n" + FUNCTION_CONFIG,
                new ModelServingFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n- apiVersion: v1\n  kind: Namespace\n")
                .contains("  kind: InferenceService\n", "      networking.kserve.io/visibility: exposed\n")
                .endsWith(FUNCTION_CONFIG);
    }

    @Test
    void asATransformerItKeepsEveryResourceWithItsAnnotations() {
        String items = """
                apiVersion: config.kubernetes.io/v1
                kind: ResourceList
                items:
                - apiVersion: v1
                  kind: ConfigMap
                  metadata:
                    name: settings
                    annotations:
                      config.kubernetes.io/index: '0'
                      internal.config.kubernetes.io/index: '0'
                      internal.config.kubernetes.io/annotations-migration-resource-id: '0'
                      kustomize.config.k8s.io/id: |
                        kind: ConfigMap
                        name: settings
                        version: v1
                  data: {x: "1"}
                """;
        InProcess.Run run = InProcess.stdin(items + FUNCTION_CONFIG, new ModelServingFunction());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith(items).contains("  name: granite\n    namespace: granite\n");
    }
}
