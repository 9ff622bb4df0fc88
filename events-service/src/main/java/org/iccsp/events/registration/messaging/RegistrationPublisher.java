package org.iccsp.events.registration.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.iccsp.contracts.events.EventsContract;
import org.iccsp.contracts.events.RegistrationChanged;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.messaging.Outbox;

/** Publishes each registration transition on events.registrations (contract: events-service-events), keyed by registration id. */
@ApplicationScoped
public class RegistrationPublisher {
    public static final String TOPIC = EventsContract.REGISTRATIONS_TOPIC;

    private final Outbox outbox;

    public RegistrationPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Publishes {@code org.iccsp.events.registration.<status>.v1} for the registration's new status. */
    public void transitioned(Registration r, String by) {
        outbox.publish(EventsContract.registrationReached(r.status), "registration", r.id.toString(),
                new RegistrationChanged(id(r.id), id(r.eventId), r.status, r.registrantSubject, r.registrantEmail,
                        r.organizationId, r.governmentCode, r.places, r.waitlistPosition, r.offerExpiresAt,
                        id(r.invitationId), by));
    }

    public static String typeOf(String status) {
        return EventsContract.registrationReached(status).type();
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
