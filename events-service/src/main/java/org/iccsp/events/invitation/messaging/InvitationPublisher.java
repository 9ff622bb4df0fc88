package org.iccsp.events.invitation.messaging;

import static org.iccsp.contracts.events.EventsContract.INVITATION_DECLINED;
import static org.iccsp.contracts.events.EventsContract.INVITATION_REVOKED;
import static org.iccsp.contracts.events.EventsContract.INVITATION_SENT;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.iccsp.contracts.EventType;
import org.iccsp.contracts.events.EventsContract;
import org.iccsp.contracts.events.InvitationChanged;
import org.iccsp.contracts.events.InvitationSent;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.platform.messaging.Outbox;
import org.iccsp.platform.messaging.SealingKeys;

/**
 * Publishes invitations on events.invitations (contract: events-service-events), keyed by invitation id. The
 * token is sealed ({@link SealingKeys}: AES-GCM, bound to the invitation id) so that it is never readable on the
 * topic; notification-service opens it with the same keys to e-mail the link.
 */
@ApplicationScoped
public class InvitationPublisher {
    public static final String TOPIC = EventsContract.INVITATIONS_TOPIC;
    public static final String SENT = INVITATION_SENT.type();

    private final Outbox outbox;
    private final SealingKeys sealing;

    public InvitationPublisher(Outbox outbox, SealingKeys sealing) {
        this.outbox = outbox;
        this.sealing = sealing;
    }

    /** An invitation was issued, or sent again with a new token (a resend is the same event type). */
    public void sent(Invitation invitation, Event event, String token) {
        outbox.publish(INVITATION_SENT, "invitation", invitation.id.toString(), new InvitationSent(id(invitation.id),
                id(event.id), event.title, invitation.email, sealing.seal(token, invitation.id.toString()), invitation.expiresAt, invitation.invitedBy));
    }

    public void revoked(Invitation invitation, Event event, String by) {
        changed(INVITATION_REVOKED, invitation, event, by);
    }

    public void declined(Invitation invitation, Event event) {
        changed(INVITATION_DECLINED, invitation, event, null);
    }

    private void changed(EventType<InvitationChanged> type, Invitation invitation, Event event, String by) {
        outbox.publish(type, "invitation", invitation.id.toString(), new InvitationChanged(id(invitation.id),
                id(event.id), event.title, invitation.email, invitation.status, invitation.resendCount, by));
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
