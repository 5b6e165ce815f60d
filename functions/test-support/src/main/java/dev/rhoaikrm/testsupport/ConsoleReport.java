package dev.rhoaikrm.testsupport;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on the console what Maven's summary only counts: each skipped test with its reason (a
 * missing kpt, kubectl or ../shared), and at the end the files golden update mode rewrote.
 * Registered through META-INF/services for every module with test-support on its test classpath.
 *
 * <p>It writes to the JVM's own standard error: surefire and failsafe capture System.out and
 * System.err into target/*-reports (redirectTestOutputToFile), but pass what a forked JVM writes
 * to its native stream to the console.
 */
public final class ConsoleReport implements TestExecutionListener {
    private static final PrintStream NATIVE_ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print("[SKIPPED] " + name(test) + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            print("[SKIPPED] " + name(test) + (test.isContainer() ? " (all of it)" : "") + ": "
                    + reason.replaceFirst("^Assumption failed: ", ""));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<Path> rewritten = GoldenUpdate.rewritten();
        if (!rewritten.isEmpty()) {
            print("[GOLDEN UPDATE] " + GoldenUpdate.failure(rewritten).replace("\n", System.lineSeparator()));
        }
    }

    /** "Class > method > dynamic test", from the display names under the engine. */
    private String name(TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> t = Optional.of(test); t.isPresent() && t.get().getParentId().isPresent();
                t = plan == null ? Optional.empty() : plan.getParent(t.get())) {
            names.add(0, t.get().getDisplayName());
        }
        return names.isEmpty() ? test.getDisplayName() : String.join(" > ", names);
    }

    private static void print(String line) {
        NATIVE_ERR.println(line);
    }
}
