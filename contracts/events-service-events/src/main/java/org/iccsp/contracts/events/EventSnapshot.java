package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * Data of {@code org.iccsp.events.event.scheduled|changed|cancelled.v1}: the event as it stands after
 * the change. Times are UTC instants; {@code timeZone} is the venue's IANA zone. {@code organizerSubject}
 * is the token subject of the organiser who scheduled it (who runs it), {@code changedBy} whoever made
 * this change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventSnapshot(String eventId, String title, String kind, String venue, String timeZone,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String visibility, int capacity, String feedsEventId,
        String status, String organizerSubject, String changedBy) {
}
