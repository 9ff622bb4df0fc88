package org.iccsp.events.event.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

/** Publishes an event's life cycle on events.events (keyed by event id) through the outbox. */
@ApplicationScoped
public class EventPublisher {
    public static final String TOPIC = "events.events";
    public static final String SCHEDULED = EventTopic.eventType("events", "event", "scheduled");
    public static final String CHANGED = EventTopic.eventType("events", "event", "changed");
    public static final String CANCELLED = EventTopic.eventType("events", "event", "cancelled");

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

    private void publish(String type, Event e, String by) {
        outbox.publish(TOPIC, "event", e.id.toString(), type, new EventSnapshot(e.id, e.title, e.kind, e.venue,
                e.timeZone, e.startsAt, e.endsAt, e.visibility, e.capacity, e.feedsEventId, e.status, e.createdBy, by));
    }
}
