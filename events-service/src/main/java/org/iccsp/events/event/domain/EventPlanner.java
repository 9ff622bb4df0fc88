package org.iccsp.events.event.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iccsp.events.common.Keyset;
import org.iccsp.events.common.Precondition;
import org.iccsp.events.event.messaging.EventPublisher;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.event.persistence.EventSession;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.ProblemException;

/** Organisers schedule, change and cancel events and their timetable's sessions. */
@ApplicationScoped
public class EventPlanner {
    private final EventPublisher publisher;
    private final EventAccess access;
    private final EventPlaces places;
    private final SessionUse sessionUse;
    private final WorkingGroupSlots workingGroups;
    private final Clock clock;

    public EventPlanner(EventPublisher publisher, EventAccess access, EventPlaces places, SessionUse sessionUse,
            WorkingGroupSlots workingGroups, Clock clock) {
        this.clock = clock;
        this.publisher = publisher;
        this.access = access;
        this.places = places;
        this.sessionUse = sessionUse;
        this.workingGroups = workingGroups;
    }

    @Transactional
    public Event schedule(ScheduleEvent request, Caller caller) {
        requireOrganiser(caller);
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.status = Event.SCHEDULED;
        event.createdBy = caller.subject();
        event.createdAt = now();
        apply(event, request);
        event.persist();
        publisher.scheduled(event, caller.subject());
        return event;
    }

    /** Replaces the event's details; every registrant's calendar entry gets a new SEQUENCE. */
    public Event change(UUID id, ScheduleEvent request, Caller caller) {
        return change(id, request, Precondition.none(), caller);
    }

    /** Replaces the event's details once {@code precondition} (If-Match) holds on the locked event. */
    @Transactional
    public Event change(UUID id, ScheduleEvent request, Precondition<Event> precondition, Caller caller) {
        requireOrganiser(caller);
        Event event = openEvent(id);
        precondition.check(event);
        int held = places.placesHeld(event);
        if (request.capacity() < held) {
            throw ProblemException.unprocessable("capacity", held + " places are already taken");
        }
        apply(event, request);
        requireTimetableFits(event);
        event.calendarSequence++; // every registrant's calendar entry gets a new SEQUENCE
        publisher.changed(event, caller.subject());
        Event.flush();
        places.eventChanged(event, caller.subject()); // new places go to the waitlist
        return event;
    }

    public Event cancel(UUID id, Caller caller) {
        return cancel(id, Precondition.none(), caller);
    }

    @Transactional
    public Event cancel(UUID id, Precondition<Event> precondition, Caller caller) {
        requireOrganiser(caller);
        Event event = lockedEvent(id);
        precondition.check(event);
        event.cancel(now());
        event.calendarSequence++;
        publisher.cancelled(event, caller.subject());
        return event;
    }

    @Transactional
    public EventSession addSession(UUID eventId, PlanSession request, Caller caller) {
        requireOrganiser(caller);
        Event event = openEvent(eventId);
        EventSession session = new EventSession();
        session.id = UUID.randomUUID();
        session.eventId = eventId;
        session.status = Event.SCHEDULED;
        session.createdAt = now();
        apply(session, request, event);
        session.persist();
        publisher.session(EventPublisher.SESSION_SCHEDULED, session, caller.subject());
        return session;
    }

    /** Replaces a session's details; its participants keep their places (capacity cannot drop below them). */
    public EventSession changeSession(UUID eventId, UUID sessionId, PlanSession request, Caller caller) {
        return changeSession(eventId, sessionId, request, Precondition.none(), caller);
    }

    @Transactional
    public EventSession changeSession(UUID eventId, UUID sessionId, PlanSession request,
            Precondition<EventSession> precondition, Caller caller) {
        requireOrganiser(caller);
        Event event = openEvent(eventId);
        EventSession session = openSession(event, sessionId);
        precondition.check(session);
        int held = sessionUse.placesHeld(sessionId);
        if (request.capacity() < held) {
            throw ProblemException.unprocessable("capacity", held + " places are already taken");
        }
        apply(session, request, event);
        publisher.session(EventPublisher.SESSION_CHANGED, session, caller.subject());
        return session;
    }

    /** A cancelled session stays in the timetable, closed to new participants. */
    public EventSession cancelSession(UUID eventId, UUID sessionId, Caller caller) {
        return cancelSession(eventId, sessionId, Precondition.none(), caller);
    }

    @Transactional
    public EventSession cancelSession(UUID eventId, UUID sessionId, Precondition<EventSession> precondition,
            Caller caller) {
        requireOrganiser(caller);
        EventSession session = openSession(openEvent(eventId), sessionId);
        precondition.check(session);
        session.status = Event.CANCELLED;
        session.updatedAt = now();
        publisher.session(EventPublisher.SESSION_CANCELLED, session, caller.subject());
        return session;
    }

    private void apply(EventSession session, PlanSession request, Event event) {
        ZoneId zone = event.zone();
        OffsetDateTime starts = at(request.startsAt(), zone);
        OffsetDateTime ends = at(request.endsAt(), zone);
        if (!ends.isAfter(starts)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (starts.isBefore(event.startsAt) || ends.isAfter(event.endsAt)) {
            throw ProblemException.invalid("startsAt", "the session must take place within the event");
        }
        if (request.capacity() > event.capacity) {
            throw ProblemException.invalid("capacity", "cannot exceed the event's capacity of " + event.capacity);
        }
        if (!request.kind().code().equals(session.kind) && workingGroups.hasGroups(session.id)) {
            throw ProblemException.unprocessable("kind", "working groups meet in this session");
        }
        ParityRule parity = request.parity() == null ? null : ParityRule.from(request.parity(), "parity");
        session.title = request.title().strip();
        session.kind = request.kind().code();
        session.audience = request.audience().code();
        session.room = request.room();
        session.startsAt = starts;
        session.endsAt = ends;
        session.capacity = request.capacity();
        session.parityGroups = parity == null ? null : parity.groupArray();
        session.parityTolerance = parity == null ? null : parity.tolerance();
        session.updatedAt = now();
    }

    /** The event, locked, unless cancelled (409). */
    private static Event openEvent(UUID id) {
        Event event = lockedEvent(id);
        if (event.isCancelled()) {
            throw ProblemException.conflict("event " + id + " is cancelled");
        }
        return event;
    }

    /** The event's session, locked after the event (the order everywhere), unless cancelled (409). */
    private static EventSession openSession(Event event, UUID sessionId) {
        EventSession session = EventSession.findById(sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || !session.eventId.equals(event.id)) {
            throw ProblemException.notFound("session", sessionId);
        }
        if (session.isCancelled()) {
            throw ProblemException.conflict("session " + sessionId + " is cancelled");
        }
        return session;
    }

    /** The timetable's cursor name. */
    public static final String SESSIONS = "sessions";

    /** The cursor continuing after this session in {@link #sessions}. */
    public static Cursor cursorOf(EventSession session) {
        return Cursor.of(SESSIONS, session.startsAt.toString(), session.title, session.id.toString());
    }

    /** A page of the timetable (start, title, id): up to {@code limit + 1} sessions after the cursor's. */
    public List<EventSession> sessions(UUID eventId, int limit, Cursor after, Caller caller) {
        access.visible(caller, eventId);
        if (after == null) {
            return EventSession.find("eventId = ?1 order by startsAt, title, id", eventId).page(0, limit + 1).list();
        }
        return EventSession.find("""
                eventId = ?1 and (startsAt > ?2 or (startsAt = ?2 and (title > ?3 or (title = ?3 and id > ?4))))
                order by startsAt, title, id""", eventId, Keyset.time(after, 0), Keyset.text(after, 1),
                Keyset.id(after, 2)).page(0, limit + 1).list();
    }

    /** One session of an event the caller may see (404 otherwise). */
    public EventSession session(UUID eventId, UUID sessionId, Caller caller) {
        access.visible(caller, eventId);
        EventSession session = EventSession.findById(sessionId);
        if (session == null || !session.eventId.equals(eventId)) {
            throw ProblemException.notFound("session", sessionId);
        }
        return session;
    }

    /** Events feeding this one (e.g. civil-society days before a ministerial part) that the caller can see. */
    public List<UUID> fedBy(Event event, Caller caller) {
        return Event.<Event>list("feedsEventId", event.id).stream().filter(e -> access.canSee(caller, e))
                .map(e -> e.id).toList();
    }

    private void apply(Event event, ScheduleEvent request) {
        ZoneId zone = zoneOf(request.timeZone());
        OffsetDateTime starts = at(request.startsAt(), zone);
        OffsetDateTime ends = at(request.endsAt(), zone);
        if (!ends.isAfter(starts)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (request.feedsEventId() != null
                && (request.feedsEventId().equals(event.id) || Event.findById(request.feedsEventId()) == null)) {
            throw ProblemException.invalid("feedsEventId", "no such event " + request.feedsEventId());
        }
        event.title = request.title().strip();
        event.description = request.description();
        event.kind = request.kind().code();
        event.venue = request.venue().strip();
        event.timeZone = zone.getId();
        event.startsAt = starts;
        event.endsAt = ends;
        event.visibility = request.visibility().code();
        event.capacity = request.capacity();
        event.feedsEventId = request.feedsEventId();
        ParityRule parity = request.parity() == null ? null : ParityRule.from(request.parity(), "parity");
        event.parityGroups = parity == null ? null : parity.groupArray();
        event.parityTolerance = parity == null ? null : parity.tolerance();
        event.updatedAt = now();
    }

    /** The event's new times and capacity must still hold its sessions (move or cancel them first). */
    private static void requireTimetableFits(Event event) {
        for (EventSession session : EventSession.<EventSession>list("eventId = ?1 and status = ?2", event.id,
                Event.SCHEDULED)) {
            if (session.startsAt.isBefore(event.startsAt) || session.endsAt.isAfter(event.endsAt)) {
                throw ProblemException.unprocessable("startsAt", "session \"" + session.title
                        + "\" would fall outside the event; move or cancel it first");
            }
            if (session.capacity > event.capacity) {
                throw ProblemException.unprocessable("capacity", "session \"" + session.title + "\" has "
                        + session.capacity + " places");
            }
        }
    }

    /** Region ids only (Europe/Rome): a fixed offset would get daylight-saving time wrong. */
    private static ZoneId zoneOf(String id) {
        try {
            if (!ZoneId.getAvailableZoneIds().contains(id)) {
                throw new DateTimeException(id);
            }
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timeZone", "unknown time zone " + id + " (use an IANA id such as Europe/Rome)");
        }
    }

    private static OffsetDateTime at(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A row lock on the event serialises everything that changes its places or details. */
    public static Event lockedEvent(UUID id) {
        Event event = Event.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw ProblemException.notFound("event", id);
        }
        return event;
    }

    private static void requireOrganiser(Caller caller) {
        caller.require(EventAccess.isOrganiser(caller), "only organisers manage events");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
