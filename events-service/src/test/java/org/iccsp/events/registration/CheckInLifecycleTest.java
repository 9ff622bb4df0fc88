package org.iccsp.events.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** Check-in, its undo and the walk-in on the registration aggregate, without Quarkus; time from a fixed clock. */
class CheckInLifecycleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-10T08:15:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime NOW = OffsetDateTime.now(CLOCK);
    private static final OffsetDateTime LATER = NOW.plus(Duration.ofMinutes(5));

    private static Registration in(String status) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.places = 1;
        r.status = status;
        return r;
    }

    private static void assertConflict(Runnable transition) {
        ProblemException e = assertThrows(ProblemException.class, transition::run);
        assertEquals(409, e.problem().status());
    }

    @Test
    void aConfirmedParticipantIsCheckedInOnceAndTheCheckInCanBeUndone() {
        Registration r = in("confirmed");
        r.checkIn(NOW);
        assertEquals(NOW, r.checkedInAt);
        assertEquals(NOW, r.updatedAt);

        assertConflict(() -> r.checkIn(LATER));
        assertEquals(NOW, r.checkedInAt, "a second check-in keeps the first time");

        r.undoCheckIn(LATER);
        assertNull(r.checkedInAt);
        assertEquals(LATER, r.updatedAt);
        assertEquals("confirmed", r.status, "undoing a check-in keeps the registration");

        assertConflict(() -> r.undoCheckIn(LATER));
        r.checkIn(LATER);
        assertEquals(LATER, r.checkedInAt);
    }

    @Test
    void onlyAConfirmedRegistrationIsCheckedIn() {
        for (String status : new String[] {"requested", "waitlisted", "offered", "rejected", "cancelled", "expired"}) {
            Registration r = in(status);
            assertConflict(() -> r.checkIn(NOW));
            assertNull(r.checkedInAt, status + ": a refused check-in changes nothing");
            assertNull(r.updatedAt);
        }
    }

    @Test
    void aWalkInIsConfirmedAndCheckedInAtOnceUnlessThePlaceCheckRefuses() {
        Registration walkIn = in(null);
        walkIn.walkIn(() -> { }, NOW);
        assertEquals("confirmed", walkIn.status);
        assertEquals(NOW, walkIn.checkedInAt);
        assertEquals(true, walkIn.holdsPlaces());

        Registration full = in(null);
        assertConflict(() -> full.walkIn(() -> {
            throw ProblemException.conflict("no place left");
        }, NOW));
        assertNull(full.status);
        assertNull(full.checkedInAt);

        Registration existing = in("confirmed");
        assertConflict(() -> existing.walkIn(() -> { }, NOW));
        assertNull(existing.checkedInAt, "only a new registration walks in");
    }
}
