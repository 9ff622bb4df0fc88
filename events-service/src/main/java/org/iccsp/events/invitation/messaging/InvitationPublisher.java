package org.iccsp.events.invitation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

@ApplicationScoped
public class InvitationPublisher {
    public static final String TOPIC = "events.invitations";
    public static final String SENT = EventTopic.eventType("events", "invitation", "sent");

    private final Outbox outbox;

    public InvitationPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void sent(Invitation invitation, Event event, String token) {
        outbox.publish(TOPIC, "invitation", invitation.id.toString(), SENT, new InvitationSent(invitation.id,
                event.id, event.title, invitation.email, token, invitation.expiresAt, invitation.invitedBy));
    }
}
