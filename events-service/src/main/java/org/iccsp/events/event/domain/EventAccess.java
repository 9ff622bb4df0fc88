package org.iccsp.events.event.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iccsp.events.common.Keyset;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
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
    /** The events list's cursor name. */
    public static final String LIST = "events";

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

    /** The cursor continuing after this event in {@link #visibleEvents}. */
    public static Cursor cursorOf(Event event) {
        return Cursor.of(LIST, event.startsAt.toString(), event.id.toString());
    }

    /**
     * A page of the events the caller may see that match the filter, soonest first (start, then id): up to
     * {@code limit + 1} after the cursor's event (null: from the first). The filter only ever narrows.
     */
    public List<Event> visibleEvents(Caller caller, EventFilter filter, int limit, Cursor after) {
        Set<UUID> admitted = new HashSet<>(Set.of(NONE));
        if (!caller.isAnonymous()) {
            audiences.forEach(audience -> admitted.addAll(audience.eventsAdmitting(caller)));
        }
        StringBuilder query = new StringBuilder("""
                (visibility = 'public' or :organiser = true or (:member = true and visibility = 'members-only')
                 or id in :admitted)""");
        Map<String, Object> params = new HashMap<>();
        params.put("organiser", isOrganiser(caller));
        params.put("member", caller.isConsortiumMember());
        params.put("admitted", admitted);
        if (filter.text() != null) {
            query.append("""
                     and (lower(title) like :text escape '\\' or lower(coalesce(description, '')) like :text escape '\\'
                     or lower(venue) like :text escape '\\')""");
            params.put("text", "%" + EventFilter.likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.from() != null) {
            query.append(" and endsAt >= :from");
            params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            query.append(" and startsAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            params.put("kind", filter.kind().code());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (after != null) {
            query.append(" and (startsAt > :afterStart or (startsAt = :afterStart and id > :afterId))");
            params.put("afterStart", Keyset.time(after, 0));
            params.put("afterId", Keyset.id(after, 1));
        }
        query.append(" order by startsAt, id");
        return Event.<Event>find(query.toString(), params).page(0, limit + 1).list();
    }
}
