package org.iccsp.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration FIRST = Duration.ofSeconds(5);

    @Test
    void eachRetryWaitsBetweenHalfAndAllOfADoublingStep() {
        for (int attempts = 1; attempts <= 8; attempts++) {
            long step = FIRST.toMillis() << (attempts - 1);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                long delay = Backoff.after(attempts, FIRST).toMillis();
                assertTrue(delay >= step / 2 && delay <= step, "attempt " + attempts + ": " + delay + " ms");
                seen.add(delay);
            }
            assertTrue(seen.size() > 100, "jittered, not one fixed delay: " + seen.size() + " distinct values");
        }
    }

    @Test
    void theStepIsCappedAtAnHourHoweverManyAttempts() {
        for (int attempts : new int[] { 11, 20, 21, 64, Integer.MAX_VALUE }) {
            Duration delay = Backoff.after(attempts, FIRST);
            assertTrue(delay.compareTo(Backoff.CAP) <= 0 && delay.compareTo(Backoff.CAP.dividedBy(2)) >= 0,
                    attempts + " attempts: " + delay);
        }
    }
}
