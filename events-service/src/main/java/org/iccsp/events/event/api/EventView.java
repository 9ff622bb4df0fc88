package org.iccsp.events.event.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.event.persistence.Event;

/** An event as the API returns it: local times at the venue and the same instants in UTC. */
public record EventView(UUID id, String title, String description, String kind, String venue, String timeZone,
        LocalDateTime startsAt, LocalDateTime endsAt, OffsetDateTime startsAtUtc, OffsetDateTime endsAtUtc,
        String visibility, int capacity, int placesLeft, UUID feedsEventId, List<UUID> fedBy, String status,
        ParityView parity) {

    public static EventView of(Event e, int placesHeld, List<UUID> fedBy, ParityView parity) {
        return new EventView(e.id, e.title, e.description, e.kind, e.venue, e.timeZone,
                e.startsAt.atZoneSameInstant(e.zone()).toLocalDateTime(),
                e.endsAt.atZoneSameInstant(e.zone()).toLocalDateTime(),
                e.startsAt.withOffsetSameInstant(ZoneOffset.UTC), e.endsAt.withOffsetSameInstant(ZoneOffset.UTC),
                e.visibility, e.capacity, Math.max(0, e.capacity - placesHeld), e.feedsEventId, fedBy, e.status,
                parity);
    }
}
