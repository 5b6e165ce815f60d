package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus' update mode changes only what the rewriting door disproves: warnings and
 * per-door entries written by hand survive, as do comments and the rest of expect.yaml.
 */
class BadInputUpdateTest {
    private static final BadInputCase CASE = new BadInputCase("c", Path.of("c"), "about", "model-serving-generator",
            BadInputCase.ALL_DOORS, "model.yaml", false, null, 1, List.of(), List.of("model.yaml"), null);

    private static BadInputCase.Expected error(String resource, String path, String message) {
        return new BadInputCase.Expected("error", "model.yaml", resource, path, message);
    }

    @Test
    void keepsWhatTheDoorStillReportsAndWhatOtherDoorsExpect() {
        String text = """
                about: "a case"
                function: model-serving-generator
                results:
                  # the binding names the field
                  - {severity: error, file: "model.yaml", resource: "ModelServing/m", path: "spec.gpu.count",
                     message: "expected integer"}
                  - {severity: warning, file: "model.yaml", resource: "ModelServing/m", path: "spec.gpu",
                     message: "added by hand"}
                  - {severity: error, file: "<stdin>", resource: "ModelServing/m", path: "spec.gpu", doors: [krm],
                     message: "only the KRM door says this"}
                  - {severity: error, file: "model.yaml", resource: "ModelServing/m", path: "spec.model", doors: ["render", "validate"],
                     message: "old words"}
                  - {severity: error, file: "model.yaml", resource: "ModelServing/m", path: "spec.gone",
                     message: "no longer reported"}
                exit: 1
                """;
        List<BadInputCase.Expected> reported = List.of(
                error("ModelServing/m", "spec.gpu.count", "expected integer, got \"x\""),
                new BadInputCase.Expected("warning", "model.yaml", "ModelServing/m", "spec.gpu", "added by hand, and more"),
                new BadInputCase.Expected("warning", "model.yaml", null, null, "a warning nobody asked for"),
                error("ModelServing/m", "spec.model", "line 3, column 4: new words"),
                error("ModelServing/m", "spec.runtime", "a new error"));
        assertThat(BadInputUpdate.rewritten(text, CASE, "render", reported)).isEqualTo("""
                about: "a case"
                function: model-serving-generator
                results:
                  # the binding names the field
                  - {severity: error, file: "model.yaml", resource: "ModelServing/m", path: "spec.gpu.count",
                     message: "expected integer"}
                  - {severity: warning, file: "model.yaml", resource: "ModelServing/m", path: "spec.gpu",
                     message: "added by hand"}
                  - {severity: error, file: "<stdin>", resource: "ModelServing/m", path: "spec.gpu", doors: [krm],
                     message: "only the KRM door says this"}
                  - {severity: error, file: "model.yaml", resource: "ModelServing/m", path: "spec.model", doors: [render, validate],
                     message: "new words"}
                  - {severity: error, file: "model.yaml", resource: "ModelServing/m", path: "spec.runtime",
                     message: "a new error"}
                exit: 1
                """);
    }

    @Test
    void anEmptyListGrowsAndAnEmptiedOneShrinks() {
        String none = "about: x\nresults: []\n# trailing\n";
        String one = BadInputUpdate.rewritten(none, CASE, "render", List.of(error(null, null, "broken")));
        assertThat(one).isEqualTo("""
                about: x
                results:
                  - {severity: error, file: "model.yaml", resource: null, path: null,
                     message: "broken"}
                # trailing
                """);
        assertThat(BadInputUpdate.rewritten(one, CASE, "render", List.of())).isEqualTo(none);
    }

    @Test
    void theStreamDoorsStdinIsWrittenAsThePackagesFile() {
        String text = "about: x\nresults: []\n";
        assertThat(BadInputUpdate.rewritten(text, CASE, "stream",
                List.of(new BadInputCase.Expected("error", "<stdin>", null, null, "bad (at byte 12)"))))
                .contains("file: \"model.yaml\"", "message: \"bad\"");
    }
}
