package dev.rhoaikrm.testsupport;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Holds {@link GoldenUpdate}'s rule for every test of a module that has test-support on its test
 * classpath (registered through META-INF/services, with JUnit's extension auto-detection that the
 * parent pom turns on): a test, parameterized test or dynamic test that rewrote an expectation
 * fails after it ran, naming the files (so all of a test's files are rewritten in one run); every
 * test class fails before it starts when update mode is asked for under CI=true.
 */
public final class GoldenUpdateExtension implements BeforeAllCallback, InvocationInterceptor {

    @Override
    public void beforeAll(ExtensionContext context) {
        GoldenUpdate.requested(); // refuses under CI=true
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext extensionContext) throws Throwable {
        guarded(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext extensionContext) throws Throwable {
        guarded(invocation);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
                                     ExtensionContext extensionContext) throws Throwable {
        guarded(invocation);
    }

    private static void guarded(Invocation<Void> invocation) throws Throwable {
        List<Path> rewritten = new ArrayList<>();
        List<Path> outer = GoldenUpdate.beginTest(rewritten);
        try {
            invocation.proceed();
        } catch (Throwable failed) {
            if (!rewritten.isEmpty()) {
                failed.addSuppressed(new AssertionError(GoldenUpdate.failure(rewritten)));
            }
            throw failed;
        } finally {
            GoldenUpdate.endTest(outer);
        }
        if (!rewritten.isEmpty()) {
            throw new AssertionError(GoldenUpdate.failure(rewritten));
        }
    }
}
