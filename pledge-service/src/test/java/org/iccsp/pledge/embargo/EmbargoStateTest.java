package org.iccsp.pledge.embargo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.iccsp.pledge.embargo.persistence.Embargo;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The embargo's lifecycle, sealed -> released, without Quarkus. */
class EmbargoStateTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final OffsetDateTime now = OffsetDateTime.now(clock);

    @Test
    void sealedUntilReleasedOnce() {
        Embargo e = Embargo.seal("embargo-1", "ceasefire-announced", null, "admin", now);
        assertTrue(e.isSealed());
        assertEquals(now, e.createdAt);
        e.release("admin", now.plusHours(1));
        assertFalse(e.isSealed());
        assertEquals("released", e.status);
        assertEquals(now.plusHours(1), e.releasedAt);
        assertEquals("admin", e.releasedBy);
        ProblemException second = assertThrows(ProblemException.class, () -> e.release("embargo-clock", now.plusHours(2)));
        assertTrue(second.getMessage().contains("already released"), second.getMessage());
        assertEquals("admin", e.releasedBy);
        assertEquals(now.plusHours(1), e.releasedAt);
    }

    @Test
    void releaseTimeMustBeInTheFuture() {
        ProblemException past = assertThrows(ProblemException.class,
                () -> Embargo.seal("embargo-1", "x", now, "admin", now));
        assertTrue(past.getMessage().contains("must be in the future"), past.getMessage());
        assertEquals(now.plusMinutes(5), Embargo.seal("embargo-2", "y", now.plusMinutes(5), "admin", now).releaseAt);
    }
}
