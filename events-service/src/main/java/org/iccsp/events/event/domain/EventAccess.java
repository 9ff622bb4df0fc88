package org.iccsp.events.event.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;

/**
 * Who sees which event: public ones everybody; members-only ones consortium members; invitation-only
 * ones the people invited. Organisers and admins see all, and a registrant keeps seeing its event.
 * An event the caller may not see does not exist for them (404). Registrants and invitees are the
 * {@link EventAudience}s other capabilities provide.
 */
@ApplicationScoped
public class EventAccess {
    /** Never an event's id: keeps the {@code in} list of {@link #visibleEvents} non-empty. */
    private static final UUID NONE = new UUID(0, 0);

    private final Instance<EventAudience> audiences;

    public EventAccess(Instance<EventAudience> audiences) {
        this.audiences = audiences;
    }

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
        return audiences.stream().anyMatch(audience -> audience.admits(caller, event.id));
    }

    public Event visible(Caller caller, UUID id) {
        Event event = Event.findById(id);
        if (event == null || !canSee(caller, event)) {
            throw ProblemException.notFound("event", id);
        }
        return event;
    }

    public List<Event> visibleEvents(Caller caller, int limit) {
        Set<UUID> admitted = new HashSet<>(Set.of(NONE));
        if (!caller.isAnonymous()) {
            audiences.forEach(audience -> admitted.addAll(audience.eventsAdmitting(caller)));
        }
        return Event.find("""
                visibility = 'public' or ?1 = true or (?2 = true and visibility = 'members-only') or id in ?3
                order by startsAt""", isOrganiser(caller), caller.isConsortiumMember(), admitted)
                .page(0, limit).list();
    }
}
