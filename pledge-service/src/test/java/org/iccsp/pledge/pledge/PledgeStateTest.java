package org.iccsp.pledge.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.pledge.pledge.persistence.Pledge;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The pledge's lifecycle on the aggregate, without Quarkus: allowed transitions and refused ones. */
class PledgeStateTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final OffsetDateTime now = OffsetDateTime.now(clock);
    private final LocalDate today = LocalDate.now(clock);

    private static Pledge draft() {
        Pledge p = new Pledge();
        p.id = "pledge-1";
        p.memberCode = "DE";
        p.status = PledgeStatus.DRAFT;
        p.amount = new BigDecimal("100.00");
        p.currency = "EUR";
        p.disbursedTotal = new BigDecimal("0.00");
        return p;
    }

    private Pledge committed() {
        Pledge p = draft();
        p.submit(null);
        p.announce(now);
        p.commit();
        return p;
    }

    private static ProblemException refused(Pledge p, Consumer<Pledge> change) {
        PledgeStatus before = p.status;
        ProblemException e = assertThrows(ProblemException.class, () -> change.accept(p));
        assertEquals(before, p.status, "a refused transition changes nothing");
        return e;
    }

    @Test
    void draftToFulfilled() {
        Pledge p = draft();
        p.submit(null);
        assertEquals(PledgeStatus.SUBMITTED, p.status);
        assertFalse(p.sealed);
        p.announce(now);
        assertEquals(PledgeStatus.ANNOUNCED, p.status);
        assertEquals(now, p.announcedAt);
        p.commit();
        assertEquals(PledgeStatus.COMMITTED, p.status);
        assertEquals(new BigDecimal("40.00"), p.disburse(new BigDecimal("40"), today, today));
        assertEquals(PledgeStatus.DISBURSED, p.status);
        p.disburse(new BigDecimal("60.00"), today.minusDays(1), today);
        assertEquals(PledgeStatus.FULFILLED, p.status);
        assertEquals(new BigDecimal("100.00"), p.disbursedTotal);
        assertTrue(refused(p, x -> x.withdraw("too late")).getMessage().contains("fulfilled"));
    }

    @Test
    void onlyTheNextStepIsAllowed() {
        Pledge p = draft();
        assertTrue(refused(p, x -> x.announce(now)).getMessage().contains("cannot announce a pledge that is draft"));
        refused(p, Pledge::commit);
        refused(p, x -> x.disburse(BigDecimal.ONE, today, today));
        p.submit(null);
        refused(p, x -> x.submit(null));
        refused(p, Pledge::commit);
        p.announce(now);
        refused(p, x -> x.announce(now));
        refused(p, x -> x.disburse(BigDecimal.ONE, today, today));
        refused(p, x -> x.requireStatus("revise", PledgeStatus.DRAFT));
    }

    @Test
    void sealedUntilItsEmbargoIsReleased() {
        Pledge p = draft();
        p.submit("embargo-1");
        assertTrue(p.sealed);
        assertEquals("embargo-1", p.embargoId);
        assertTrue(refused(p, x -> x.announce(now)).getMessage().contains("sealed"));
        p.announceOnRelease(now);
        assertEquals(PledgeStatus.ANNOUNCED, p.status);
        assertFalse(p.sealed);
        assertEquals(now, p.updatedAt);
        Pledge open = draft();
        open.submit(null);
        refused(open, x -> x.announceOnRelease(now));
    }

    @Test
    void disbursementsAreMadeNotPromised() {
        Pledge p = committed();
        assertTrue(refused(p, x -> x.disburse(new BigDecimal("10"), today.plusDays(1), today)).getMessage()
                .contains("future"));
        refused(p, x -> x.disburse(new BigDecimal("10"), null, today));
        refused(p, x -> x.disburse(new BigDecimal("0"), today, today));
        refused(p, x -> x.disburse(new BigDecimal("1.001"), today, today));
        ProblemException above = refused(p, x -> x.disburse(new BigDecimal("100.01"), today, today));
        assertTrue(above.getMessage().contains("100.00 EUR"), above.getMessage());
        assertEquals(new BigDecimal("0.00"), p.disbursedTotal);
    }

    @Test
    void withdrawalNeedsAReasonAndIsNewsOnlyOncePublished() {
        Pledge draft = draft();
        refused(draft, x -> x.withdraw(" "));
        assertFalse(draft.withdraw(" changed our mind "));
        assertEquals(PledgeStatus.WITHDRAWN, draft.status);
        assertEquals("changed our mind", draft.withdrawalReason);
        refused(draft, x -> x.withdraw("again"));

        Pledge sealed = draft();
        sealed.submit("embargo-1");
        assertFalse(sealed.withdraw("never known"));

        Pledge submitted = draft();
        submitted.submit(null);
        assertTrue(submitted.withdraw("known"));

        Pledge committed = committed();
        assertTrue(committed.withdraw("budget cut"));
        assertNull(committed.embargoId);
    }
}
