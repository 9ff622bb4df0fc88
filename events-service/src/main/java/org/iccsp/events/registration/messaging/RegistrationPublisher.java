package org.iccsp.events.registration.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

/** Publishes each registration transition on events.registrations, keyed by registration id. */
@ApplicationScoped
public class RegistrationPublisher {
    public static final String TOPIC = "events.registrations";

    private final Outbox outbox;

    public RegistrationPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes {@code org.iccsp.events.registration.<status>.v1} for the registration's new status. */
    public void transitioned(Registration r, String by) {
        outbox.publish(TOPIC, "registration", r.id.toString(), typeOf(r.status),
                new RegistrationChanged(r.id, r.eventId, r.status, r.registrantSubject, r.registrantEmail,
                        r.organizationId, r.governmentCode, r.places, r.waitlistPosition, r.offerExpiresAt,
                        r.invitationId, by));
    }

    public static String typeOf(String status) {
        return EventTopic.eventType("events", "registration", status);
    }
}
