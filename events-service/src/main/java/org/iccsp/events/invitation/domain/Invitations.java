package org.iccsp.events.invitation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iccsp.events.common.Keyset;
import org.iccsp.events.common.Precondition;
import org.iccsp.events.event.domain.EventAccess;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.invitation.messaging.InvitationPublisher;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.ProblemException;

/** Invitations are bound to an email address and expire; only a hash of their token is kept. */
@ApplicationScoped
public class Invitations {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationPublisher publisher;
    private final Clock clock;

    public Invitations(InvitationPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    public record Issued(Invitation invitation, String token) {
    }

    @Transactional
    public Issued invite(UUID eventId, Invite request, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers invite");
        Event event = Event.findById(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        if (event.isCancelled()) {
            throw ProblemException.conflict("event " + eventId + " is cancelled");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime expires = request.expiresAt() != null ? request.expiresAt() : event.startsAt;
        if (!expires.isAfter(now)) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        String token = newToken();
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.eventId = eventId;
        invitation.email = request.email().strip().toLowerCase(Locale.ROOT);
        invitation.tokenHash = hash(token);
        invitation.expiresAt = expires;
        invitation.invitedBy = caller.subject();
        invitation.createdAt = now;
        invitation.updatedAt = now;
        invitation.persist();
        publisher.sent(invitation, event, token);
        return new Issued(invitation, token);
    }

    /** The invitation list's cursor name. */
    public static final String LIST = "invitations";

    /** The cursor continuing after this invitation in {@link #ofEvent}. */
    public static Cursor cursorOf(Invitation invitation) {
        return Cursor.of(LIST, invitation.createdAt.toString(), invitation.id.toString());
    }

    /** A page of the event's invitations, oldest first (created, id): up to {@code limit + 1} after the cursor's. */
    public List<Invitation> ofEvent(UUID eventId, int limit, Cursor after, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers see invitations");
        if (Event.findById(eventId) == null) {
            throw ProblemException.notFound("event", eventId);
        }
        if (after == null) {
            return Invitation.find("eventId = ?1 order by createdAt, id", eventId).page(0, limit + 1).list();
        }
        return Invitation.find("eventId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                eventId, Keyset.time(after, 0), Keyset.id(after, 1)).page(0, limit + 1).list();
    }

    /** One invitation of the event, for its organisers (404 when it is not one of this event's). */
    public Invitation get(UUID eventId, UUID invitationId, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers see invitations");
        return ofEvent(eventId, Invitation.findById(invitationId), invitationId);
    }

    /** The invitation locked for a change (concurrent changes queue, then see what the first one did). */
    private static Invitation locked(UUID eventId, UUID invitationId) {
        return ofEvent(eventId, Invitation.findById(invitationId, LockModeType.PESSIMISTIC_WRITE), invitationId);
    }

    private static Invitation ofEvent(UUID eventId, Invitation invitation, UUID invitationId) {
        if (invitation == null || !invitation.eventId.equals(eventId)) {
            throw ProblemException.notFound("invitation", invitationId);
        }
        return invitation;
    }

    /**
     * An organiser revokes an issued invitation: its token stops working (registering with it is refused) and it
     * no longer lets the invitee see the event. {@code precondition} (If-Match) is checked first.
     */
    @Transactional
    public Invitation revoke(UUID eventId, UUID invitationId, Precondition<Invitation> precondition, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers revoke invitations");
        Invitation invitation = locked(eventId, invitationId);
        precondition.check(invitation);
        invitation.revoke(now());
        publisher.revoked(invitation, Event.findById(eventId), caller.subject());
        return invitation;
    }

    /**
     * An organiser sends an issued invitation again: a new token (answered once, and e-mailed to the invitee
     * through {@code invitation.sent}), the old one stops working; the invitation stays issued and counts the resend.
     */
    @Transactional
    public Issued resend(UUID eventId, UUID invitationId, Precondition<Invitation> precondition, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers send invitations");
        Invitation invitation = locked(eventId, invitationId);
        precondition.check(invitation);
        Event event = Event.findById(eventId);
        if (event.isCancelled()) {
            throw ProblemException.conflict("event " + eventId + " is cancelled");
        }
        String token = newToken();
        invitation.resend(hash(token), now());
        publisher.sent(invitation, event, token);
        return new Issued(invitation, token);
    }

    /** The invitee declines with the token, no account needed; a token that is not this event's is a 404. */
    @Transactional
    public Invitation decline(UUID eventId, String token, Precondition<Invitation> precondition) {
        Invitation invitation = Invitation.find("tokenHash", hash(token)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (invitation == null || !invitation.eventId.equals(eventId)) {
            throw ProblemException.notFound("invitation", "with this token");
        }
        precondition.check(invitation);
        invitation.decline(now());
        publisher.declined(invitation, Event.findById(eventId));
        return invitation;
    }

    /** Whether the token is an invitation to this event, whoever holds it and whether or not it expired. */
    public boolean isInvitationTo(Event event, String token) {
        Invitation invitation = Invitation.find("tokenHash", hash(token)).firstResult();
        return invitation != null && invitation.eventId.equals(event.id);
    }

    /**
     * Accepts an invitation in the caller's registration transaction. A forwarded link fails: the
     * caller's verified email (token claim) must be the invitee's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invitation redeem(Event event, String token, Caller caller) {
        Invitation invitation = Invitation.find("tokenHash", hash(token)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (invitation == null || !invitation.eventId.equals(event.id)) {
            throw ProblemException.forbidden("this is not an invitation to event " + event.id);
        }
        if (!invitation.expiresAt.isAfter(OffsetDateTime.now(clock))) {
            throw ProblemException.forbidden("this invitation expired at " + invitation.expiresAt);
        }
        if (caller.email() == null || !caller.email().strip().equalsIgnoreCase(invitation.email)) {
            throw ProblemException.forbidden("this invitation was sent to another email address");
        }
        if (Invitation.REVOKED.equals(invitation.status) || Invitation.DECLINED.equals(invitation.status)) {
            throw ProblemException.forbidden("this invitation was " + invitation.status);
        }
        invitation.accept(now());
        return invitation;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
