package dev.rhoaikrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rhoaikrm.testsupport.Processes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases of the bad-input corpus through the real {@code kpt fn render --allow-exec} with the built
 * function binaries: the render fails, says why (the case's first error), shows no stack trace,
 * and leaves every file of the package, and of the folder around it, exactly as it was.
 */
class BadInputKptIT {
    static final List<String> CASES = List.of(
            "ms-wrong-type-string-for-integer", "ms-two-intents-one-name", "intent-output-dir-escapes",
            "gws-collides-with-hand-written-machineset", "gws-from-machineset-symlink-out",
            "dsc-kueue-managed-on-3-3", "as-directory-dotdot", "as-symlink-absolute",
            "yaml-duplicate-key-spec-modelserving", "yaml-alias-bomb-intent");

    static Stream<String> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renderFailsAndChangesNothing(String name, @TempDir Path tmp) {
        String kpt = Processes.requireTool("kpt");
        BadInputCase c = BadInputCase.load(BadInputCorpusTest.CORPUS.resolve(name));
        Path pkg = tmp.resolve("pkg");
        BadInputDoors.writeWorkspace(c, pkg);
        E2e.write(pkg.resolve("Kptfile"), E2e.kptfile("pkg", Processes.launcher(c.function()), c.legacyConfig()));
        Map<String, String> before = E2e.snapshot(tmp);

        // run where the package is, as a repository's CI would: discovery finds the root from there
        Processes.Result run = Processes.run(List.of(kpt, "fn", "render", ".", "--allow-exec"), pkg);
        assertThat(run.exitCode()).as(run.describe()).isNotZero();
        String said = run.stdout() + run.stderr();
        assertThat(said).as(run.describe()).doesNotContain("\tat ", "Exception");
        if (!c.raw() && c.tree() == null) {
            // kpt itself refuses a raw case's YAML, and what a package's symbolic links point to, before
            // any function runs; otherwise the function says why
            assertThat(said.replace("\\\"", "\"")).as(run.describe()).contains(c.results().get(0).message());
        }
        assertThat(E2e.snapshot(tmp)).as("nothing in or beside the package changed").isEqualTo(before);
    }
}
