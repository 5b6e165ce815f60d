package dev.rhoaikrm.testsupport;

import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * A test that cannot run here (no kpt or kubectl on PATH, no ../shared beside the checkout) is
 * reported as skipped with its reason, never left out of the count. JUnit reports an aborted
 * {@code @BeforeAll} or {@code @TestFactory} as an aborted container, which surefire and failsafe
 * count as no test at all ("Tests run: 0"); this extension turns
 * <ul>
 * <li>a {@code @TestFactory} that aborts into one dynamic test, "skipped", that aborts with the reason;</li>
 * <li>a {@code @BeforeAll} that aborts into every test of the class skipped with the reason.</li>
 * </ul>
 * Registered like {@link GoldenUpdateExtension}; {@link ConsoleReport} prints the reasons.
 */
public final class VisibleSkips implements InvocationInterceptor, ExecutionCondition {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(VisibleSkips.class);
    private static final String ABORTED = "beforeAll aborted";

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                           ExtensionContext extensionContext) throws Throwable {
        try {
            return invocation.proceed();
        } catch (TestAbortedException aborted) {
            @SuppressWarnings("unchecked")
            T skipped = (T) Stream.of(DynamicTest.dynamicTest("skipped", () -> {
                throw aborted;
            }));
            return skipped;
        }
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                         ExtensionContext extensionContext) throws Throwable {
        try {
            invocation.proceed();
        } catch (TestAbortedException aborted) {
            extensionContext.getStore(NAMESPACE).put(ABORTED, aborted.getMessage());
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = context.getTestMethod().isPresent() ? context.getStore(NAMESPACE).get(ABORTED, String.class) : null;
        return reason == null ? ConditionEvaluationResult.enabled("")
                : ConditionEvaluationResult.disabled(reason.replaceFirst("^Assumption failed: ", ""));
    }
}
