package org.iccsp.events.event.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.iccsp.events.event.persistence.EventSession;

/** A timetable slot; {@code parity} only when the session balances representation. */
public record SessionView(UUID id, UUID eventId, String title, String kind, String audience, String room,
        LocalDateTime startsAt, LocalDateTime endsAt, int capacity, int placesLeft, String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) ParityView parity) {

    public static SessionView of(EventSession s, ZoneId zone, int placesHeld, ParityView parity) {
        return new SessionView(s.id, s.eventId, s.title, s.kind, s.audience, s.room,
                s.startsAt.atZoneSameInstant(zone).toLocalDateTime(),
                s.endsAt.atZoneSameInstant(zone).toLocalDateTime(), s.capacity, Math.max(0, s.capacity - placesHeld),
                s.status, parity);
    }
}
