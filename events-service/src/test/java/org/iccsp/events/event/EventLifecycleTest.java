package org.iccsp.events.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The event's lifecycle (scheduled → cancelled), without Quarkus. */
class EventLifecycleTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aScheduledEventIsCancelledOnce() {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.status = Event.SCHEDULED;
        event.cancel(NOW);
        assertTrue(event.isCancelled());
        assertEquals(NOW, event.updatedAt);

        ProblemException again = assertThrows(ProblemException.class, () -> event.cancel(NOW.plusHours(1)));
        assertEquals(409, again.problem().status());
        assertEquals(NOW, event.updatedAt, "a refused cancellation changes nothing");
    }
}
