package org.iccsp.events.event.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;

/**
 * Who sees which event: public ones everybody; members-only ones consortium members; invitation-only
 * ones the people invited. Organisers and admins see all, and a registrant keeps seeing its event.
 * An event the caller may not see does not exist for them (404).
 */
@ApplicationScoped
public class EventAccess {

    public static boolean isOrganiser(Caller caller) {
        return caller.hasRole(Caller.ORGANIZER) || caller.isAdmin();
    }

    public boolean canSee(Caller caller, Event event) {
        Visibility visibility = Visibility.fromCode(event.visibility);
        if (visibility == Visibility.PUBLIC || isOrganiser(caller)) {
            return true;
        }
        if (caller.isAnonymous()) {
            return false;
        }
        if (visibility == Visibility.MEMBERS_ONLY && caller.isConsortiumMember()) {
            return true;
        }
        return Registration.count("eventId = ?1 and registrantSubject = ?2 and status in ?3", event.id,
                caller.subject(), RegistrationStatus.LIVE) > 0 || isInvited(caller, event);
    }

    public Event visible(Caller caller, UUID id) {
        Event event = Event.findById(id);
        if (event == null || !canSee(caller, event)) {
            throw ProblemException.notFound("event", id);
        }
        return event;
    }

    public List<Event> visibleEvents(Caller caller, int limit) {
        return Event.find("""
                visibility = 'public' or ?1 = true or (?2 = true and visibility = 'members-only')
                or id in (select r.eventId from Registration r where r.registrantSubject = ?3 and r.status in ?4)
                or id in (select i.eventId from Invitation i where lower(i.email) = ?5 and i.expiresAt > ?6)
                order by startsAt""", isOrganiser(caller), caller.isConsortiumMember(),
                caller.isAnonymous() ? "" : caller.subject(), RegistrationStatus.LIVE, emailOf(caller),
                OffsetDateTime.now()).page(0, limit).list();
    }

    private static boolean isInvited(Caller caller, Event event) {
        return caller.email() != null && Invitation.count("eventId = ?1 and lower(email) = ?2 and expiresAt > ?3",
                event.id, emailOf(caller), OffsetDateTime.now()) > 0;
    }

    private static String emailOf(Caller caller) {
        return caller.email() == null ? "" : caller.email().toLowerCase(Locale.ROOT);
    }
}
