package org.iccsp.events.invitation.domain;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.iccsp.events.event.domain.EventAccess;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.invitation.messaging.InvitationPublisher;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.platform.web.Caller;
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
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.eventId = eventId;
        invitation.email = request.email().strip().toLowerCase(Locale.ROOT);
        invitation.tokenHash = hash(token);
        invitation.expiresAt = expires;
        invitation.invitedBy = caller.subject();
        invitation.createdAt = now;
        invitation.persist();
        publisher.sent(invitation, event, token);
        return new Issued(invitation, token);
    }

    public List<Invitation> ofEvent(UUID eventId, Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers see invitations");
        if (Event.findById(eventId) == null) {
            throw ProblemException.notFound("event", eventId);
        }
        return Invitation.list("eventId = ?1 order by createdAt", eventId);
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
        Invitation invitation = Invitation.find("tokenHash", hash(token)).firstResult();
        if (invitation == null || !invitation.eventId.equals(event.id)) {
            throw ProblemException.forbidden("this is not an invitation to event " + event.id);
        }
        if (!invitation.expiresAt.isAfter(OffsetDateTime.now(clock))) {
            throw ProblemException.forbidden("this invitation expired at " + invitation.expiresAt);
        }
        if (caller.email() == null || !caller.email().strip().equalsIgnoreCase(invitation.email)) {
            throw ProblemException.forbidden("this invitation was sent to another email address");
        }
        invitation.acceptedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return invitation;
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
