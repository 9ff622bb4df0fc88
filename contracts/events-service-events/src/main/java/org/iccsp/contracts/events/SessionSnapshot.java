package org.iccsp.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code org.iccsp.events.session.scheduled|changed|cancelled.v1}: a timetable slot as it stands
 * after the change. Times are UTC instants; {@code parity} is null when the session has no rule.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionSnapshot(String sessionId, String eventId, String title, String kind, String audience, String room,
        OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, Parity parity, String status, String changedBy) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parity(List<String> groups, int tolerance) {
    }
}
