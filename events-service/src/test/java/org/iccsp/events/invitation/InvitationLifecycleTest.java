package org.iccsp.events.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

/** The invitation's lifecycle (issued → accepted | declined | revoked; resend keeps it issued), without Quarkus. */
class InvitationLifecycleTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Invitation issued() {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.eventId = UUID.randomUUID();
        invitation.email = "leader@example.org";
        invitation.tokenHash = "hash-1";
        invitation.expiresAt = NOW.plusDays(7);
        invitation.createdAt = NOW.minusDays(1);
        invitation.updatedAt = NOW.minusDays(1);
        return invitation;
    }

    @Test
    void anIssuedInvitationIsAcceptedAndStaysAcceptedWhenUsedAgain() {
        Invitation invitation = issued();
        assertEquals(Invitation.ISSUED, invitation.status);
        invitation.accept(NOW);
        assertEquals(Invitation.ACCEPTED, invitation.status);
        assertEquals(NOW, invitation.acceptedAt);
        invitation.accept(NOW.plusHours(1));
        assertEquals(Invitation.ACCEPTED, invitation.status);
        refused(() -> invitation.decline(NOW.plusHours(2)), invitation);
        refused(() -> invitation.revoke(NOW.plusHours(2)), invitation);
        refused(() -> invitation.resend("hash-2", NOW.plusHours(2)), invitation);
    }

    @Test
    void aDeclinedInvitationCannotBeAcceptedRevokedOrResent() {
        Invitation invitation = issued();
        invitation.decline(NOW);
        assertEquals(Invitation.DECLINED, invitation.status);
        assertEquals(NOW, invitation.declinedAt);
        assertEquals(NOW, invitation.updatedAt);
        refused(() -> invitation.accept(NOW.plusHours(1)), invitation);
        refused(() -> invitation.revoke(NOW.plusHours(1)), invitation);
        refused(() -> invitation.resend("hash-2", NOW.plusHours(1)), invitation);
        refused(() -> invitation.decline(NOW.plusHours(1)), invitation);
        assertNull(invitation.acceptedAt);
    }

    @Test
    void aRevokedInvitationCannotBeAcceptedDeclinedOrResent() {
        Invitation invitation = issued();
        invitation.revoke(NOW);
        assertEquals(Invitation.REVOKED, invitation.status);
        assertEquals(NOW, invitation.revokedAt);
        refused(() -> invitation.accept(NOW.plusHours(1)), invitation);
        refused(() -> invitation.decline(NOW.plusHours(1)), invitation);
        refused(() -> invitation.resend("hash-2", NOW.plusHours(1)), invitation);
        refused(() -> invitation.revoke(NOW.plusHours(1)), invitation);
        assertEquals("hash-1", invitation.tokenHash);
    }

    @Test
    void aResendKeepsItIssuedWithANewTokenAndCountsIt() {
        Invitation invitation = issued();
        invitation.resend("hash-2", NOW);
        invitation.resend("hash-3", NOW.plusMinutes(5));
        assertEquals(Invitation.ISSUED, invitation.status);
        assertEquals("hash-3", invitation.tokenHash);
        assertEquals(2, invitation.resendCount);
        assertEquals(NOW.plusMinutes(5), invitation.updatedAt);
        invitation.accept(NOW.plusHours(1));
        assertEquals(Invitation.ACCEPTED, invitation.status);
    }

    @Test
    void anExpiredInvitationCannotBeAcceptedDeclinedOrResentButCanBeRevoked() {
        Invitation invitation = issued();
        OffsetDateTime later = invitation.expiresAt;
        refused(() -> invitation.accept(later), invitation);
        refused(() -> invitation.decline(later), invitation);
        refused(() -> invitation.resend("hash-2", later), invitation);
        assertEquals(0, invitation.resendCount);
        invitation.revoke(later);
        assertEquals(Invitation.REVOKED, invitation.status);
    }

    /** A refused transition is a 409 and changes nothing. */
    private static void refused(Runnable transition, Invitation invitation) {
        String status = invitation.status;
        String hash = invitation.tokenHash;
        int resends = invitation.resendCount;
        OffsetDateTime updated = invitation.updatedAt;
        ProblemException refused = assertThrows(ProblemException.class, transition::run);
        assertEquals(409, refused.problem().status());
        assertEquals(status, invitation.status);
        assertEquals(hash, invitation.tokenHash);
        assertEquals(resends, invitation.resendCount);
        assertEquals(updated, invitation.updatedAt);
    }
}
