package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Update mode rewrites and fails: a test that rewrote an expectation fails naming every file it
 * rewrote, a test whose expectations hold passes, and CI refuses the mode. The fixtures run
 * through the JUnit launcher with the switch on.
 */
class GoldenUpdateTest {
    static Path dir;

    @BeforeEach
    void switchOn(@TempDir Path tmp) throws IOException {
        dir = tmp;
        Files.writeString(dir.resolve("a.txt"), "old a\n");
        Files.writeString(dir.resolve("same.txt"), "same\n");
        System.setProperty(GoldenUpdate.PROPERTY, "true");
        GoldenUpdate.ciForOwnTests = "false"; // the fixtures run in update mode also when this build runs under CI=true
    }

    @AfterEach
    void switchOff() {
        System.clearProperty(GoldenUpdate.PROPERTY);
        GoldenUpdate.ciForOwnTests = null;
        GoldenUpdate.forget(dir);
    }

    static class RewritesTwoFiles {
        @Test
        void test() {
            Golden.assertMatches(dir.resolve("a.txt"), "new a\n");
            Golden.assertMatches(dir.resolve("sub/b.txt"), "new b\n");
        }
    }

    static class MatchesAlready {
        @Test
        void test() {
            Golden.assertMatches(dir.resolve("same.txt"), "same\n");
        }
    }

    static class DynamicCases {
        @TestFactory
        Stream<DynamicTest> cases() {
            return Stream.of(DynamicTest.dynamicTest("changed", () -> Golden.assertMatches(dir.resolve("a.txt"), "new a\n")),
                    DynamicTest.dynamicTest("unchanged", () -> Golden.assertMatches(dir.resolve("same.txt"), "same\n")));
        }
    }

    @Test
    void aTestThatRewroteFilesFailsNamingThemAll() throws IOException {
        TestExecutionSummary run = FixtureRun.run(RewritesTwoFiles.class, true);
        assertThat(run.getTotalFailureCount()).isOne();
        assertThat(FixtureRun.messages(run)).contains("golden update rewrote 2 files", "a.txt", "sub/b.txt",
                "run again without -Drhoai.golden.update=true");
        assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("new a\n");
        assertThat(Files.readString(dir.resolve("sub/b.txt"))).isEqualTo("new b\n");
        assertThat(GoldenUpdate.rewritten()).contains(dir.resolve("a.txt").toAbsolutePath().normalize());
    }

    @Test
    void expectationsThatHoldPass() {
        TestExecutionSummary run = FixtureRun.run(MatchesAlready.class, true);
        assertThat(run.getTestsSucceededCount()).as(FixtureRun.messages(run)).isOne();
        assertThat(GoldenUpdate.rewritten()).noneMatch(f -> f.startsWith(dir.toAbsolutePath().normalize()));
    }

    @Test
    void eachDynamicTestIsHeldToTheRuleOnItsOwn() {
        TestExecutionSummary run = FixtureRun.run(DynamicCases.class, true);
        assertThat(run.getTestsFailedCount()).isOne();
        assertThat(run.getTestsSucceededCount()).isOne();
        assertThat(run.getFailures().get(0).getTestIdentifier().getDisplayName()).isEqualTo("changed");
    }

    @Test
    void withoutTheExtensionTheFirstRewriteFailsAtOnce() throws IOException {
        TestExecutionSummary run = FixtureRun.run(RewritesTwoFiles.class, false);
        assertThat(FixtureRun.messages(run)).contains("golden update rewrote 1 file", "a.txt");
        assertThat(dir.resolve("sub/b.txt")).doesNotExist();
    }

    @Test
    void ciRefusesUpdateMode() {
        assertThatThrownBy(() -> GoldenUpdate.requested("true", null, "true")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("refuses to run under CI=true");
        assertThatThrownBy(() -> GoldenUpdate.requested(null, "1", "true")).isInstanceOf(AssertionError.class);
        assertThat(GoldenUpdate.requested(null, null, "true")).isFalse();
        assertThat(GoldenUpdate.requested("false", "0", null)).isFalse();
        assertThat(GoldenUpdate.requested(null, "1", null)).isTrue();
        assertThat(GoldenUpdate.requested("true", null, "false")).isTrue();
    }
}
