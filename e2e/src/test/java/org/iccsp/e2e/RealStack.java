package org.iccsp.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that drives the real stack. The stack starts before the first such class of
 * the test JVM and stops after the last one, so every class shares one start (about a minute).
 * Classes run in {@link org.junit.jupiter.api.Order} order (junit-platform.properties); fault
 * tests, which kill components, take {@link #FAULTS} so they come after everything else.
 * After each class, {@link ContractCheck} checks every API answer it received against the merged OpenAPI;
 * a test that fails keeps a screenshot of each browser it used ({@link Browser.FailureScreenshots}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({RealStack.Starter.class, ContractCheck.class, Browser.FailureScreenshots.class})
public @interface RealStack {
    /** @Order of the fault tests: after every class without an @Order (which get Order.DEFAULT). */
    int FAULTS = Integer.MAX_VALUE - 100;

    final class Starter implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(RealStack.class, key -> {
                LocalStack.up();
                return (ExtensionContext.Store.CloseableResource) LocalStack::down;
            });
        }
    }
}
