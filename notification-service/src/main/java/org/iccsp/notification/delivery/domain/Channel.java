package org.iccsp.notification.delivery.domain;

import java.util.Optional;
import org.iccsp.notification.delivery.persistence.Notification;

/**
 * One way of delivering a notification (email, webhook). {@link DeliveryPipeline} does everything else
 * the same way for every channel: claiming due rows, the span, the retry policy, the delivery log,
 * the metrics and the wake-up after commit.
 */
public interface Channel {
    /** The {@code notification.channel} value this channel delivers. */
    String name();

    /** The name of each attempt's span ("email send", "webhook POST"). */
    String spanName();

    /** Where its retry policy is configured: {@code <prefix>.max-attempts}, {@code .first-backoff}, {@code .interval}. */
    String configPrefix();

    /**
     * Tries once, in the delivery's transaction and with its span current. A thrown exception counts
     * as a failed attempt, described by its exception chain.
     */
    Attempt attempt(Notification n);

    /** Why a failed delivery cannot be replayed now (for instance its endpoint is disabled), if so. */
    default Optional<String> replayRefusal(Notification n) {
        return Optional.empty();
    }
}
