package org.iccsp.directory.organization.domain;

import static org.iccsp.directory.organization.domain.OrganizationLifecycle.ACTIVE;
import static org.iccsp.directory.organization.domain.OrganizationLifecycle.DEACTIVATED;
import static org.iccsp.directory.organization.domain.OrganizationLifecycle.ERASED;
import static org.iccsp.directory.organization.domain.OrganizationLifecycle.ERASURE_REQUESTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The lifecycle and erasure rules on their own: no Quarkus, no database, a fixed clock. */
class OrganizationLifecycleRulesTest {
    private static final Clock REQUESTED = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock CONFIRMED = Clock.fixed(Instant.parse("2026-12-03T15:30:00Z"), ZoneOffset.UTC);

    @Test
    void deactivationIsReversible() {
        assertEquals(DEACTIVATED, ACTIVE.deactivate());
        assertEquals(ACTIVE, DEACTIVATED.reactivate());
        assertTrue(ACTIVE.isListed());
        assertFalse(DEACTIVATED.isListed());
        assertFalse(ERASURE_REQUESTED.isListed());
        assertFalse(ERASED.isListed());
    }

    @Test
    void erasureIsRequestedThenConfirmedOrWithdrawnAndIsFinal() {
        assertEquals(ERASURE_REQUESTED, ACTIVE.requestErasure());
        assertEquals(ERASURE_REQUESTED, DEACTIVATED.requestErasure());
        assertEquals(DEACTIVATED, ERASURE_REQUESTED.withdrawErasure(), "a withdrawn request leaves it deactivated");
        assertEquals(ERASED, ERASURE_REQUESTED.confirmErasure());
    }

    @Test
    void everyOtherMoveIsRefusedNamingTheState() {
        refused(ACTIVE, OrganizationLifecycle::reactivate);
        refused(ACTIVE, OrganizationLifecycle::withdrawErasure);
        refused(ACTIVE, OrganizationLifecycle::confirmErasure);
        refused(DEACTIVATED, OrganizationLifecycle::deactivate);
        refused(DEACTIVATED, OrganizationLifecycle::confirmErasure);
        refused(ERASURE_REQUESTED, OrganizationLifecycle::deactivate);
        refused(ERASURE_REQUESTED, OrganizationLifecycle::reactivate);
        refused(ERASURE_REQUESTED, OrganizationLifecycle::requestErasure);
        for (UnaryOperator<OrganizationLifecycle> move : java.util.List.<UnaryOperator<OrganizationLifecycle>>of(
                OrganizationLifecycle::deactivate, OrganizationLifecycle::reactivate,
                OrganizationLifecycle::requestErasure, OrganizationLifecycle::withdrawErasure,
                OrganizationLifecycle::confirmErasure)) {
            refused(ERASED, move);
        }
    }

    @Test
    void codesRoundTrip() {
        for (OrganizationLifecycle l : OrganizationLifecycle.values()) {
            assertEquals(l, OrganizationLifecycle.fromCode(l.code()));
        }
        assertEquals("erasure-requested", ERASURE_REQUESTED.code());
        assertThrows(IllegalArgumentException.class, () -> OrganizationLifecycle.fromCode("closed"));
    }

    @Test
    void anErasureTakesItsTimesFromTheClockAndItsConfirmationFromAnotherPerson() {
        Erasure requested = Erasure.requested("org-1", "cso-alice", REQUESTED);
        assertEquals(OffsetDateTime.parse("2026-12-01T09:00:00Z"), requested.requestedAt());
        assertFalse(requested.isConfirmed());
        assertNull(requested.legalBasis());

        Erasure done = requested.confirmed("admin-carol", "  GDPR art. 17(3)(b): grant records kept 10 years ", CONFIRMED);
        assertTrue(done.isConfirmed());
        assertEquals(OffsetDateTime.parse("2026-12-03T15:30:00Z"), done.erasedAt());
        assertEquals("admin-carol", done.confirmedBy());
        assertEquals("cso-alice", done.requestedBy());
        assertEquals("GDPR art. 17(3)(b): grant records kept 10 years", done.legalBasis(), "stripped");
        assertThrows(IllegalStateException.class, () -> done.confirmed("admin-dan", "again", CONFIRMED));
    }

    @Test
    void aConfirmationNeedsALegalBasisOfReasonableLengthAndASecondPerson() {
        Erasure requested = Erasure.requested("org-1", "admin-carol", REQUESTED);
        assertEquals("legalBasis", assertThrows(Erasure.InvalidConfirmation.class,
                () -> requested.confirmed("admin-dan", " ", CONFIRMED)).field());
        assertEquals("legalBasis", assertThrows(Erasure.InvalidConfirmation.class,
                () -> requested.confirmed("admin-dan", null, CONFIRMED)).field());
        assertEquals("legalBasis", assertThrows(Erasure.InvalidConfirmation.class,
                () -> requested.confirmed("admin-dan", "x".repeat(Erasure.LEGAL_BASIS_MAX + 1), CONFIRMED)).field());
        Erasure.InvalidConfirmation self = assertThrows(Erasure.InvalidConfirmation.class,
                () -> requested.confirmed("admin-carol", "art. 17", CONFIRMED));
        assertNull(self.field(), "who confirms is the problem, not a field");
    }

    @Test
    void thePersonalFieldsCoverNamesContactsFreeTextAndIdentifiers() {
        for (String field : java.util.List.of("legalName", "nameEn", "nameAr", "nameHe", "description",
                "contactEmail", "contacts", "registryIds", "reviewReason", "website", "city")) {
            assertTrue(Erasure.PERSONAL_FIELDS.contains(field), field);
        }
        assertFalse(Erasure.PERSONAL_FIELDS.contains("status"), "the decisions' history stays readable");
    }

    private static void refused(OrganizationLifecycle from, UnaryOperator<OrganizationLifecycle> move) {
        OrganizationLifecycle.IllegalMove e = assertThrows(OrganizationLifecycle.IllegalMove.class, () -> move.apply(from));
        assertEquals(from, e.from());
        assertTrue(e.getMessage().contains(from.code()), e.getMessage());
    }
}
