package org.iccsp.events.registration.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.iccsp.events.event.domain.EventAudience;
import org.iccsp.events.event.domain.EventPlaces;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.web.Caller;

/**
 * What the event needs from its registrations: a registrant keeps seeing its event; the places they
 * hold; calendar invitations renewed when the event changes and the waitlist offered new places.
 */
@ApplicationScoped
public class Registrants implements EventAudience, EventPlaces {
    private final Waitlist waitlist;

    public Registrants(Waitlist waitlist) {
        this.waitlist = waitlist;
    }

    @Override
    public boolean admits(Caller caller, UUID eventId) {
        return Registration.count("eventId = ?1 and registrantSubject = ?2 and status in ?3", eventId,
                caller.subject(), RegistrationStatus.LIVE) > 0;
    }

    @Override
    public Set<UUID> eventsAdmitting(Caller caller) {
        return new HashSet<>(Registration.getEntityManager().createQuery(
                "select r.eventId from Registration r where r.registrantSubject = ?1 and r.status in ?2", UUID.class)
                .setParameter(1, caller.subject()).setParameter(2, RegistrationStatus.LIVE).getResultList());
    }

    @Override
    public int placesHeld(Event event) {
        return Registration.placesHeld(event.id);
    }

    @Override
    public Map<String, Integer> placesHeldByGroup(Event event) {
        return Registration.placesHeldByGroup(event.id);
    }

    @Override
    public void eventChanged(Event event, String by) {
        Registration.flush();
        waitlist.offerFreePlaces(event, by); // more places, or a looser parity rule
    }

}
