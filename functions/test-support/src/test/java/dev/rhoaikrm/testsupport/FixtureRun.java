package dev.rhoaikrm.testsupport;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a fixture class (a nested class, which surefire does not run by itself) through the JUnit
 * launcher, as surefire runs a test class: with or without extension auto-detection, without the
 * console listeners of the outer run, on a thread of its own (nothing of the outer test's state).
 */
final class FixtureRun {
    private FixtureRun() {
    }

    static TestExecutionSummary run(Class<?> fixture, boolean autodetectExtensions) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(fixture))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", String.valueOf(autodetectExtensions))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Thread thread = new Thread(() -> LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(request, summary), "fixture " + fixture.getSimpleName());
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return summary.getSummary();
    }

    static String messages(TestExecutionSummary summary) {
        StringBuilder b = new StringBuilder();
        summary.getFailures().forEach(f -> b.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException().getMessage()).append('\n'));
        return b.toString();
    }
}
