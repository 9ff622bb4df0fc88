package org.iccsp.notification.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, capped at one hour: shared by the email and webhook dispatchers. */
public final class Backoff {
    private Backoff() {
    }

    public static Duration after(int attempts, Duration first) {
        long ceiling = Math.min(Duration.ofHours(1).toMillis(), first.toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
