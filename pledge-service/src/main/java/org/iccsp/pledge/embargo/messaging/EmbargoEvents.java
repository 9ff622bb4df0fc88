package org.iccsp.pledge.embargo.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.iccsp.pledge.embargo.persistence.Embargo;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

/** Embargo events, written to the outbox in the release's transaction. */
@ApplicationScoped
public class EmbargoEvents {
    public static final String TOPIC = "pledges.embargoes";
    public static final String RELEASED = EventTopic.eventType("pledges", "embargo", "released");

    private final Outbox outbox;

    public EmbargoEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void released(Embargo embargo, int pledgeCount) {
        outbox.publish(TOPIC, "embargo", embargo.id, RELEASED, new EmbargoReleased(embargo.id, embargo.name,
                embargo.releasedAt.toString(), embargo.releasedBy, pledgeCount));
    }
}
