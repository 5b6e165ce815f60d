package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.core.yaml.Yaml;
import dev.rhoaikrm.testsupport.InProcess;
import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output Go's YAML readers read as we do (issue 15 item 5): U+2028, U+2029 and U+0085 are line
 * breaks to go-yaml, so written raw a display name added a key or cut an object short. kubectl
 * kustomize reads our output, generated and passed through, and must see the same objects with
 * the same fields. (Its own output writes them raw again, so only its structure is compared.)
 */
class LineSeparatorsIT {
    static final String DISPLAY = "Qwen\u2028kind: Secret\u2029x\u0085y";

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(String yaml) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\n")) {
            if (!doc.isBlank()) {
                out.add((Map<String, Object>) Yaml.toJava(Yaml.composeOne(doc, "t")));
            }
        }
        return out;
    }

    @Test
    void kustomizeReadsOurOutputAsWeWroteIt(@TempDir Path tmp) {
        String kubectl = Processes.requireTool("kubectl");
        E2e.write(tmp.resolve("in/model.yaml"), """
                apiVersion: rhoai-krm.dev/v1alpha1
                kind: ModelServing
                metadata: {name: qwen}
                spec:
                  model: {uri: "hf://Qwen/Qwen2.5-7B-Instruct"}
                  gpu: {count: 1, product: NVIDIA-L40S}
                  displayName: "%s"
                """.formatted(DISPLAY.replace("\u2028", "\\L").replace("\u2029", "\\P").replace("\u0085", "\\N")));
        // a hand-written object passes through with the characters raw in a value and in a comment
        E2e.write(tmp.resolve("in/settings.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings # note\u2028kind: Secret\n"
                + "data:\n  title: a\u2028b\n");
        InProcess.Run ours = InProcess.render(tmp.resolve("in"), Functions.all());
        assertThat(ours.exitCode()).as(ours.stderr()).isZero();
        assertThat(ours.stdout()).doesNotContain("\u2028", "\u2029", "\u0085").contains("\"Qwen\\Lkind: Secret\\Px\\Ny\"");

        E2e.write(tmp.resolve("out/manifests.yaml"), ours.stdout());
        E2e.write(tmp.resolve("out/kustomization.yaml"), "resources:\n  - manifests.yaml\n");
        Processes.Result kustomized = Processes.run(List.of(kubectl, "kustomize", tmp.resolve("out").toString()), tmp);
        assertThat(kustomized.exitCode()).as(kustomized.describe()).isZero();
        List<Map<String, Object>> theirs = objects(kustomized.stdout());
        List<Map<String, Object>> mine = objects(ours.stdout());
        assertThat(theirs).hasSameSizeAs(mine);
        assertThat(theirs.stream().map(LineSeparatorsIT::fields).sorted().toList())
                .isEqualTo(mine.stream().map(LineSeparatorsIT::fields).sorted().toList());
    }

    /** An object's kind, name and every field path in it: what a line break in a value would change. */
    static String fields(Map<String, Object> object) {
        List<String> paths = new ArrayList<>();
        walk("", object, paths);
        return object.get("kind") + "/" + ((Map<?, ?>) object.get("metadata")).get("name") + " " + paths.stream().sorted().toList();
    }

    private static void walk(String prefix, Object value, List<String> paths) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(prefix + "." + k, v, paths));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(prefix + "[" + i + "]", l.get(i), paths);
            }
        } else {
            paths.add(prefix);
        }
    }
}
