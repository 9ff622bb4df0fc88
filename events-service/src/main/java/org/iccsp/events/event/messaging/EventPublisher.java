package org.iccsp.events.event.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.iccsp.contracts.EventType;
import org.iccsp.contracts.events.EventSnapshot;
import org.iccsp.contracts.events.EventsContract;
import org.iccsp.contracts.events.SessionSnapshot;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.event.persistence.EventSession;
import org.iccsp.platform.messaging.Outbox;

/**
 * Publishes an event's life cycle and its timetable's on events.events (keyed by event id) through the outbox
 * (contract: events-service-events).
 */
@ApplicationScoped
public class EventPublisher {
    public static final String TOPIC = EventsContract.EVENTS_TOPIC;
    public static final String SCHEDULED = EventsContract.EVENT_SCHEDULED.type();
    public static final String CHANGED = EventsContract.EVENT_CHANGED.type();
    public static final String CANCELLED = EventsContract.EVENT_CANCELLED.type();
    public static final EventType<SessionSnapshot> SESSION_SCHEDULED = EventsContract.SESSION_SCHEDULED;
    public static final EventType<SessionSnapshot> SESSION_CHANGED = EventsContract.SESSION_CHANGED;
    public static final EventType<SessionSnapshot> SESSION_CANCELLED = EventsContract.SESSION_CANCELLED;

    private final Outbox outbox;

    public EventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void scheduled(Event event, String by) {
        publish(EventsContract.EVENT_SCHEDULED, event, by);
    }

    public void changed(Event event, String by) {
        publish(EventsContract.EVENT_CHANGED, event, by);
    }

    public void cancelled(Event event, String by) {
        publish(EventsContract.EVENT_CANCELLED, event, by);
    }

    /**
     * A timetable change; keyed by the event id like the event's own changes, so that consumers see an
     * event's changes and its sessions' in the order they were made.
     */
    public void session(EventType<SessionSnapshot> type, EventSession s, String by) {
        SessionSnapshot.Parity parity = s.parityRule().map(p -> new SessionSnapshot.Parity(p.groups(), p.tolerance()))
                .orElse(null);
        outbox.publish(type, "event", s.eventId.toString(), new SessionSnapshot(id(s.id), id(s.eventId), s.title, s.kind,
                s.audience, s.room, s.startsAt, s.endsAt, s.capacity, parity, s.status, by));
    }

    private void publish(EventType<EventSnapshot> type, Event e, String by) {
        outbox.publish(type, "event", e.id.toString(), new EventSnapshot(id(e.id), e.title, e.kind, e.venue,
                e.timeZone, e.startsAt, e.endsAt, e.visibility, e.capacity, id(e.feedsEventId), e.status, e.createdBy, by));
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
