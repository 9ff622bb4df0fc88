package org.iccsp.events.event.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code org.iccsp.events.session.scheduled|changed|cancelled.v1}: a timetable slot as it stands
 * after the change. Times are UTC instants; {@code parity} is null when the session has no rule.
 */
public record SessionSnapshot(UUID sessionId, UUID eventId, String title, String kind, String audience, String room,
        OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, Parity parity, String status, String changedBy) {

    public record Parity(List<String> groups, int tolerance) {
    }
}
