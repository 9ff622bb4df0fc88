package org.iccsp.events.event.api;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.iccsp.events.event.persistence.EventSession;

public record SessionView(UUID id, UUID eventId, String title, String kind, String audience, String room,
        LocalDateTime startsAt, LocalDateTime endsAt, int capacity) {

    public static SessionView of(EventSession s, ZoneId zone) {
        return new SessionView(s.id, s.eventId, s.title, s.kind, s.audience, s.room,
                s.startsAt.atZoneSameInstant(zone).toLocalDateTime(),
                s.endsAt.atZoneSameInstant(zone).toLocalDateTime(), s.capacity);
    }
}
