package org.iccsp.events.invitation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.iccsp.events.event.domain.EventAudience;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.platform.web.Caller;

/** Holders of an unexpired invitation for their token's email see the event, unless it was declined or revoked. */
@ApplicationScoped
public class Invitees implements EventAudience {
    private final Clock clock;

    public Invitees(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean admits(Caller caller, UUID eventId) {
        return caller.email() != null && Invitation.count(
                "eventId = ?1 and lower(email) = ?2 and expiresAt > ?3 and status in ('issued', 'accepted')",
                eventId, emailOf(caller), OffsetDateTime.now(clock)) > 0;
    }

    @Override
    public Set<UUID> eventsAdmitting(Caller caller) {
        if (caller.email() == null) {
            return Set.of();
        }
        return new HashSet<>(Invitation.getEntityManager().createQuery(
                "select i.eventId from Invitation i where lower(i.email) = ?1 and i.expiresAt > ?2"
                        + " and i.status in ('issued', 'accepted')", UUID.class)
                .setParameter(1, emailOf(caller)).setParameter(2, OffsetDateTime.now(clock)).getResultList());
    }

    private static String emailOf(Caller caller) {
        return caller.email().toLowerCase(Locale.ROOT);
    }
}
