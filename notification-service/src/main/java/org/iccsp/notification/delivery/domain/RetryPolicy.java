package org.iccsp.notification.delivery.domain;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.Config;

/**
 * How a channel retries, the one policy of every channel: at most {@code maxAttempts} attempts; after
 * the n-th failed one the step is {@code firstBackoff × 2^(n-1)}, capped at one hour, and the delay a
 * uniformly random point between half the step and the whole step (so retries of many messages spread
 * out, yet none comes back much sooner than planned). {@code interval} is how often the channel looks
 * for due work besides the wake-up after each commit.
 *
 * <p>The retry state lives in the database (a retry may come hours and restarts later), which is why
 * this is not SmallRye Fault Tolerance's in-memory {@code @Retry}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, String interval) {
    static final Duration CAP = Duration.ofHours(1);

    public RetryPolicy {
        if (maxAttempts < 1 || firstBackoff.isNegative() || firstBackoff.isZero()) {
            throw new IllegalArgumentException("max-attempts " + maxAttempts + ", first-backoff " + firstBackoff);
        }
    }

    /** {@code <prefix>.max-attempts} (8), {@code .first-backoff} (5 s), {@code .interval} (1 s). */
    static RetryPolicy fromConfig(Config config, String prefix) {
        return new RetryPolicy(config.getOptionalValue(prefix + ".max-attempts", Integer.class).orElse(8),
                config.getOptionalValue(prefix + ".first-backoff", Duration.class).orElse(Duration.ofSeconds(5)),
                config.getOptionalValue(prefix + ".interval", String.class).orElse("1s"));
    }

    /** Whether {@code attempts} failed attempts use up the budget. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait before the next attempt, after {@code attempts} failed ones. */
    public Duration delayAfter(int attempts) {
        long ceiling = Math.min(CAP.toMillis(), firstBackoff.toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
