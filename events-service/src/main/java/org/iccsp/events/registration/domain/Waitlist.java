package org.iccsp.events.registration.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.messaging.RegistrationPublisher;
import org.iccsp.events.registration.persistence.Registration;

/**
 * First in, first out: a freed place is offered to the head of the waitlist for a limited time; an
 * offer holds the place until accepted or expired. Callers hold the event's row lock.
 */
@ApplicationScoped
public class Waitlist {
    private final RegistrationPublisher publisher;
    private final Duration offerHold;
    private final Clock clock;

    public Waitlist(RegistrationPublisher publisher,
            @ConfigProperty(name = "events.waitlist.offer-hold", defaultValue = "PT48H") Duration offerHold,
            Clock clock) {
        this.publisher = publisher;
        this.offerHold = offerHold;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void join(Registration registration) {
        registration.joinWaitlist(((Number) Registration.getEntityManager()
                .createNativeQuery("select nextval('waitlist_order')").getSingleResult()).longValue(),
                OffsetDateTime.now(clock));
    }

    /**
     * Offers free places to the waitlist in order. The head waits if its party does not fit yet; someone
     * whose place would break the event's parity rule is passed over until the balance allows it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerFreePlaces(Event event, String by) {
        if (event.isCancelled()) {
            return;
        }
        int free = event.capacity - Registration.placesHeld(event.id);
        for (Registration head : ordered(event.id)) {
            if (head.places > free) {
                return; // first come, first served: the head waits for room for its whole party
            }
            if (!keepsBalance(event, head)) {
                continue; // would unbalance representation: the next in line may restore the balance
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            head.offer(now.plus(offerHold), now);
            Registration.flush(); // the next query must no longer see it as waitlisted
            publisher.transitioned(head, by);
            free -= head.places;
        }
    }

    /** Would giving this (not yet place-holding) registration its places respect the event's parity rule? */
    static boolean keepsBalance(Event event, Registration candidate) {
        return event.parityRule().map(rule -> rule.allows(Registration.placesHeldByGroup(event.id),
                candidate.representationGroup, candidate.places)).orElse(true);
    }

    public List<Registration> ordered(UUID eventId) {
        return Registration.list("eventId = ?1 and status = ?2 order by waitlistPosition", eventId,
                RegistrationStatus.WAITLISTED.code());
    }

    /** Up to {@code max} waitlisted registrations after the position (null: from the head), head first. */
    public List<Registration> ordered(UUID eventId, Long afterPosition, int max) {
        return Registration.find("eventId = ?1 and status = ?2 and waitlistPosition > ?3 order by waitlistPosition",
                eventId, RegistrationStatus.WAITLISTED.code(), afterPosition == null ? Long.MIN_VALUE : afterPosition)
                .page(0, max).list();
    }

    /** 1 for the head of the waitlist. */
    public static int rankOf(Registration r) {
        return (int) Registration.count("eventId = ?1 and status = ?2 and waitlistPosition <= ?3", r.eventId,
                RegistrationStatus.WAITLISTED.code(), r.waitlistPosition);
    }
}
