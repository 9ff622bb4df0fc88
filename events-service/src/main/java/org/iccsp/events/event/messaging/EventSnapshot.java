package org.iccsp.events.event.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of {@code org.iccsp.events.event.scheduled|changed|cancelled.v1}: the event as it stands after
 * the change. Times are UTC instants; {@code timeZone} is the venue's IANA zone. {@code organizerSubject}
 * is the token subject of the organiser who scheduled it (who runs it), {@code changedBy} whoever made
 * this change.
 */
public record EventSnapshot(UUID eventId, String title, String kind, String venue, String timeZone,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String visibility, int capacity, UUID feedsEventId,
        String status, String organizerSubject, String changedBy) {
}
