package org.iccsp.events.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The registration's state machine, without Quarkus or a database; time from a fixed clock. */
class RegistrationLifecycleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime NOW = OffsetDateTime.now(CLOCK);
    private static final Runnable ALLOWED = () -> { };

    private static Registration fresh() {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.places = 1;
        return r;
    }

    private static Registration in(String status) {
        Registration r = fresh();
        r.status = status;
        return r;
    }

    private static void assertConflict(Runnable transition, Registration r, String status) {
        ProblemException e = assertThrows(ProblemException.class, transition::run);
        assertEquals(409, e.problem().status());
        assertEquals(status, r.status, "a refused transition changes nothing");
    }

    @Test
    void aNewRegistrationIsConfirmedRequestedOrWaitlisted() {
        Registration confirmed = fresh();
        confirmed.confirm(NOW);
        assertEquals("confirmed", confirmed.status);
        assertEquals(NOW, confirmed.updatedAt);
        assertTrue(confirmed.holdsPlaces());

        Registration requested = fresh();
        requested.awaitDecision(NOW);
        assertEquals("requested", requested.status);
        assertFalse(requested.holdsPlaces());

        Registration waitlisted = fresh();
        waitlisted.joinWaitlist(7, NOW);
        assertEquals("waitlisted", waitlisted.status);
        assertEquals(7L, waitlisted.waitlistPosition);
        assertFalse(waitlisted.holdsPlaces());
    }

    @Test
    void onlyANewRegistrationIsConfirmedOrRequestedDirectly() {
        Registration r = in("waitlisted");
        assertConflict(() -> r.confirm(NOW), r, "waitlisted");
        assertConflict(() -> r.awaitDecision(NOW), r, "waitlisted");
        Registration confirmed = in("confirmed");
        assertConflict(() -> confirmed.joinWaitlist(1, NOW), confirmed, "confirmed");
    }

    @Test
    void anOrganiserApprovesARequestOrAWaitlistedOne() {
        Registration requested = in("requested");
        requested.approve(ALLOWED, NOW);
        assertEquals("confirmed", requested.status);

        Registration waitlisted = in("waitlisted");
        waitlisted.waitlistPosition = 3L;
        waitlisted.approve(ALLOWED, NOW);
        assertEquals("confirmed", waitlisted.status);
        assertNull(waitlisted.waitlistPosition);
    }

    @Test
    void approvalChecksTheStatusBeforeThePlaceAndRefusalChangesNothing() {
        Registration confirmed = in("confirmed");
        assertConflict(() -> confirmed.approve(() -> {
            throw new AssertionError("the place is not checked for a registration that cannot be approved");
        }, NOW), confirmed, "confirmed");

        Registration requested = in("requested");
        assertConflict(() -> requested.approve(() -> {
            throw ProblemException.conflict("full");
        }, NOW), requested, "requested");
    }

    @Test
    void aRequestedRegistrationJoinsTheWaitlist() {
        Registration r = in("requested");
        r.joinWaitlist(12, NOW);
        assertEquals("waitlisted", r.status);
        assertEquals(12L, r.waitlistPosition);
    }

    @Test
    void theHeadOfTheWaitlistIsOfferedAPlaceWhichItHolds() {
        Registration r = in("waitlisted");
        r.waitlistPosition = 1L;
        r.offer(NOW.plus(Duration.ofHours(48)), NOW);
        assertEquals("offered", r.status);
        assertEquals(NOW.plusHours(48), r.offerExpiresAt);
        assertTrue(r.holdsPlaces());

        Registration requested = in("requested");
        assertConflict(() -> requested.offer(NOW.plusHours(48), NOW), requested, "requested");
    }

    @Test
    void anOfferIsAcceptedWhileItLasts() {
        Registration r = offered(NOW.plusMinutes(1));
        r.acceptOffer(ALLOWED, NOW);
        assertEquals("confirmed", r.status);
        assertNull(r.waitlistPosition);
        assertNull(r.offerExpiresAt);
    }

    @Test
    void anExpiredOfferCannotBeAcceptedButExpires() {
        Registration r = offered(NOW);
        ProblemException e = assertThrows(ProblemException.class, () -> r.acceptOffer(ALLOWED, NOW));
        assertEquals(409, e.problem().status());
        assertEquals("offered", r.status);

        assertTrue(r.expireOffer(NOW));
        assertEquals("expired", r.status);
        assertNull(r.waitlistPosition);
        assertFalse(r.holdsPlaces());
    }

    @Test
    void anOfferStillRunningOrAlreadyTakenDoesNotExpire() {
        Registration running = offered(NOW.plusSeconds(1));
        assertFalse(running.expireOffer(NOW));
        assertEquals("offered", running.status);

        Registration taken = in("confirmed");
        assertFalse(taken.expireOffer(NOW));
        assertEquals("confirmed", taken.status);
    }

    @Test
    void acceptingNeedsAnOfferAndTheEventsConsent() {
        Registration waitlisted = in("waitlisted");
        assertConflict(() -> waitlisted.acceptOffer(ALLOWED, NOW), waitlisted, "waitlisted");
        Registration r = offered(NOW.plusHours(1));
        assertConflict(() -> r.acceptOffer(() -> {
            throw ProblemException.conflict("event cancelled");
        }, NOW), r, "offered");
    }

    @Test
    void anyLiveRegistrationIsCancelledOrRejected() {
        for (String live : new String[] {"requested", "confirmed", "waitlisted", "offered"}) {
            Registration cancelled = in(live);
            cancelled.waitlistPosition = 4L;
            cancelled.offerExpiresAt = NOW;
            cancelled.cancel(NOW);
            assertEquals("cancelled", cancelled.status);
            assertNull(cancelled.waitlistPosition);
            assertNull(cancelled.offerExpiresAt);

            Registration rejected = in(live);
            rejected.reject(NOW);
            assertEquals("rejected", rejected.status);
        }
    }

    @Test
    void anEndedRegistrationStaysEnded() {
        for (String ended : new String[] {"rejected", "cancelled", "expired"}) {
            Registration r = in(ended);
            assertConflict(() -> r.cancel(NOW), r, ended);
            assertConflict(() -> r.reject(NOW), r, ended);
            assertConflict(() -> r.approve(ALLOWED, NOW), r, ended);
            assertConflict(() -> r.offer(NOW, NOW), r, ended);
        }
    }

    private static Registration offered(OffsetDateTime expiresAt) {
        Registration r = in("offered");
        r.waitlistPosition = 1L;
        r.offerExpiresAt = expiresAt;
        return r;
    }
}
