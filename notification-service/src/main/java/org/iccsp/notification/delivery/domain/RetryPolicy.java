package org.iccsp.notification.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, shared by the email and webhook dispatchers: after the n-th failed
 * attempt the step is {@code first × 2^(n-1)}, capped at one hour, and the delay a uniformly random
 * point between half the step and the whole step (so retries of many messages spread out, yet none
 * comes back much sooner than planned).
 */
public final class Backoff {
    static final Duration CAP = Duration.ofHours(1);

    private Backoff() {
    }

    public static Duration after(int attempts, Duration first) {
        long ceiling = Math.min(CAP.toMillis(), first.toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
