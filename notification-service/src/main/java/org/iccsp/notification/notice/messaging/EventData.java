package org.iccsp.notification.notice.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.iccsp.platform.messaging.PoisonMessageException;

/**
 * Reading event payloads, which arrive as the producers' contract records: a value this service cannot do
 * without, missing, makes the record poison (it goes to the DLQ).
 */
final class EventData {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EventData() {
    }

    static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new PoisonMessageException("event data lacks " + field, null);
        }
        return value;
    }

    static String when(OffsetDateTime start, OffsetDateTime end) {
        return at(start) + " – " + at(end);
    }

    /** A moment as people read it in a message, in UTC. */
    static String at(OffsetDateTime time) {
        return WHEN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
