package org.iccsp.notification.delivery.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long notices and deliveries are kept ({@code iccsp.retention.*}, ISO-8601 durations). */
@ConfigMapping(prefix = "iccsp.retention")
public interface Retention {
    /** How often the janitor runs (a scheduler period such as {@code 1h}, or {@code off}). */
    @WithDefault("1h")
    String interval();

    /** In-app notices, counted from when their recipient read them. */
    @WithDefault("P30D")
    Duration readNotices();

    /** In-app notices never read, counted from when they were written. */
    @WithDefault("P180D")
    Duration unreadNotices();

    /** Delivered emails and webhooks with their attempt log, counted from the delivery. */
    @WithDefault("P30D")
    Duration deliveries();

    /** Failed deliveries (which an admin may replay), counted from their last attempt. */
    @WithDefault("P90D")
    Duration failedDeliveries();

    /** Rows deleted per transaction, so a large purge never holds long locks. */
    @WithDefault("1000")
    int batchSize();
}
