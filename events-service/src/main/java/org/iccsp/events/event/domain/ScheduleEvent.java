package org.iccsp.events.event.domain;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Schedule an event, or change one (the same details): {@code startsAt}/{@code endsAt} are wall-clock
 * times at the venue, in {@code timeZone}; {@code parity} is optional.
 */
public record ScheduleEvent(String title, String description, EventKind kind, String venue, String timeZone,
        LocalDateTime startsAt, LocalDateTime endsAt, Visibility visibility, int capacity, UUID feedsEventId,
        ParityRule.Terms parity) {
}
