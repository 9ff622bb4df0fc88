package org.iccsp.notification.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final RetryPolicy POLICY = new RetryPolicy(8, FIRST, "1s");

    @Test
    void eachRetryWaitsBetweenHalfAndAllOfADoublingStep() {
        for (int attempts = 1; attempts <= 8; attempts++) {
            long step = FIRST.toMillis() << (attempts - 1);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                long delay = POLICY.delayAfter(attempts).toMillis();
                assertTrue(delay >= step / 2 && delay <= step, "attempt " + attempts + ": " + delay + " ms");
                seen.add(delay);
            }
            assertTrue(seen.size() > 100, "jittered, not one fixed delay: " + seen.size() + " distinct values");
        }
    }

    @Test
    void theStepIsCappedAtAnHourHoweverManyAttempts() {
        for (int attempts : new int[] { 11, 20, 21, 64, Integer.MAX_VALUE }) {
            Duration delay = POLICY.delayAfter(attempts);
            assertTrue(delay.compareTo(RetryPolicy.CAP) <= 0 && delay.compareTo(RetryPolicy.CAP.dividedBy(2)) >= 0,
                    attempts + " attempts: " + delay);
        }
    }

    @Test
    void theBudgetIsSpentAtMaxAttempts() {
        assertTrue(!POLICY.exhausted(7) && POLICY.exhausted(8) && POLICY.exhausted(9));
    }

    @Test
    void aPolicyWithoutAttemptsOrBackoffIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, FIRST, "1s"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(3, Duration.ZERO, "1s"));
    }
}
