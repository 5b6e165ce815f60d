package dev.rhoaikrm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Tests that cannot run here count as skipped: without {@link VisibleSkips} JUnit reports an
 * aborted {@code @BeforeAll} or {@code @TestFactory} as no test at all, which is what surefire
 * printed ("Tests run: 0") for the reference parity tests without ../shared.
 */
class VisibleSkipsTest {

    static class ToolMissingForTheClass {
        @BeforeAll
        static void needsATool() {
            abort("kubectl is not on PATH");
        }

        @Test
        void one() {
        }

        @Test
        void two() {
        }
    }

    static class SharedMissingForAFactory {
        @TestFactory
        Stream<DynamicTest> cases() {
            abort("no reference");
            return Stream.empty();
        }

        @Test
        void runs() {
        }
    }

    @Test
    void anAbortedBeforeAllSkipsEveryTestOfTheClass() {
        TestExecutionSummary run = FixtureRun.run(ToolMissingForTheClass.class, true);
        assertThat(run.getTestsSkippedCount()).isEqualTo(2);
        assertThat(run.getTestsFoundCount()).isEqualTo(2);

        TestExecutionSummary without = FixtureRun.run(ToolMissingForTheClass.class, false);
        assertThat(without.getTestsSkippedCount() + without.getTestsAbortedCount() + without.getTestsStartedCount())
                .as("without the extension, the tests vanish").isZero();
    }

    @Test
    void anAbortedFactoryIsOneSkippedTest() {
        TestExecutionSummary run = FixtureRun.run(SharedMissingForAFactory.class, true);
        assertThat(run.getTestsAbortedCount()).isOne();
        assertThat(run.getTestsSucceededCount()).isOne();

        TestExecutionSummary without = FixtureRun.run(SharedMissingForAFactory.class, false);
        assertThat(without.getTestsAbortedCount()).as("without the extension, the factory's tests vanish").isZero();
    }
}
