package org.iccsp.events.invitation.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.iccsp.platform.web.ProblemException;

/**
 * An invitation to one event for one email address; the token itself is never stored. Its lifecycle:
 * {@code issued} → {@code accepted} | {@code declined} | {@code revoked}; a resend keeps it {@code issued} with a new
 * token (the old one stops working) and counts the resends. A refused transition is a 409 and changes nothing.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {
    public static final String ISSUED = "issued";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String REVOKED = "revoked";

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String email;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    @Column(nullable = false)
    public String status = ISSUED;

    @Column(name = "resend_count", nullable = false)
    public int resendCount;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "declined_at")
    public OffsetDateTime declinedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Bumped on every change: the invitation's ETag. */
    @Version
    public long version;

    public boolean isExpired(OffsetDateTime now) {
        return !expiresAt.isAfter(now);
    }

    /**
     * The invitee accepts (registers with the token): an issued invitation becomes accepted; an accepted one stays
     * so (the invitee may register again after cancelling). Declined, revoked or expired ones cannot be accepted.
     */
    public void accept(OffsetDateTime now) {
        refuseUnless(ISSUED.equals(status) || ACCEPTED.equals(status), "accepted");
        refuseIfExpired(now, "accepted");
        status = ACCEPTED;
        acceptedAt = now;
        updatedAt = now;
    }

    /** The invitee declines an issued, unexpired invitation. */
    public void decline(OffsetDateTime now) {
        refuseUnless(ISSUED.equals(status), "declined");
        refuseIfExpired(now, "declined");
        status = DECLINED;
        declinedAt = now;
        updatedAt = now;
    }

    /** An organiser revokes an issued invitation: its token stops working and it no longer admits the invitee. */
    public void revoke(OffsetDateTime now) {
        refuseUnless(ISSUED.equals(status), "revoked");
        status = REVOKED;
        revokedAt = now;
        updatedAt = now;
    }

    /**
     * An organiser sends an issued, unexpired invitation again with a new token (given as its hash): the old
     * token stops working; the invitation stays issued and counts the resend.
     */
    public void resend(String newTokenHash, OffsetDateTime now) {
        refuseUnless(ISSUED.equals(status), "sent again");
        refuseIfExpired(now, "sent again");
        tokenHash = newTokenHash;
        resendCount++;
        updatedAt = now;
    }

    private void refuseUnless(boolean allowed, String what) {
        if (!allowed) {
            throw ProblemException.conflict("invitation " + id + " is " + status + " and cannot be " + what);
        }
    }

    private void refuseIfExpired(OffsetDateTime now, String what) {
        if (isExpired(now)) {
            throw ProblemException.conflict("invitation " + id + " expired at " + expiresAt + " and cannot be "
                    + what + ": invite again");
        }
    }
}
