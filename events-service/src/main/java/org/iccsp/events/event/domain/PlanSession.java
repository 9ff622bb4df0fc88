package org.iccsp.events.event.domain;

import java.time.LocalDateTime;

/** Add a session to the timetable, or change one: wall-clock times at the venue; {@code parity} is optional. */
public record PlanSession(String title, SessionKind kind, Audience audience, String room, LocalDateTime startsAt,
        LocalDateTime endsAt, int capacity, ParityRule.Terms parity) {
}
