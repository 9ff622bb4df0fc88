package org.iccsp.events.event.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.event.persistence.EventSession;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

/** Publishes an event's life cycle and its timetable's on events.events (keyed by event id) through the outbox. */
@ApplicationScoped
public class EventPublisher {
    public static final String TOPIC = "events.events";
    public static final String SCHEDULED = EventTopic.eventType("events", "event", "scheduled");
    public static final String CHANGED = EventTopic.eventType("events", "event", "changed");
    public static final String CANCELLED = EventTopic.eventType("events", "event", "cancelled");
    public static final String SESSION_SCHEDULED = EventTopic.eventType("events", "session", "scheduled");
    public static final String SESSION_CHANGED = EventTopic.eventType("events", "session", "changed");
    public static final String SESSION_CANCELLED = EventTopic.eventType("events", "session", "cancelled");

    private final Outbox outbox;

    public EventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void scheduled(Event event, String by) {
        publish(SCHEDULED, event, by);
    }

    public void changed(Event event, String by) {
        publish(CHANGED, event, by);
    }

    public void cancelled(Event event, String by) {
        publish(CANCELLED, event, by);
    }

    /**
     * A timetable change; keyed by the event id like the event's own changes, so that consumers see an
     * event's changes and its sessions' in the order they were made.
     */
    public void session(String type, EventSession s, String by) {
        SessionSnapshot.Parity parity = s.parityRule().map(p -> new SessionSnapshot.Parity(p.groups(), p.tolerance()))
                .orElse(null);
        outbox.publish(TOPIC, "event", s.eventId.toString(), type, new SessionSnapshot(s.id, s.eventId, s.title, s.kind,
                s.audience, s.room, s.startsAt, s.endsAt, s.capacity, parity, s.status, by));
    }

    private void publish(String type, Event e, String by) {
        outbox.publish(TOPIC, "event", e.id.toString(), type, new EventSnapshot(e.id, e.title, e.kind, e.venue,
                e.timeZone, e.startsAt, e.endsAt, e.visibility, e.capacity, e.feedsEventId, e.status, e.createdBy, by));
    }
}
