package org.iccsp.events.workinggroup.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.iccsp.events.event.messaging.EventPublisher;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.events.workinggroup.persistence.WorkingGroup;
import org.iccsp.events.workinggroup.persistence.WorkingGroupOutput;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

/**
 * Publishes what happens to an event's working groups on events.events, keyed by the event id (the
 * groups belong to the event), so a member is told of their group, its chair and its outputs.
 */
@ApplicationScoped
public class WorkingGroupPublisher {
    public static final String FORMED = type("formed");
    public static final String MEMBER_ADDED = type("member-added");
    public static final String MEMBER_REMOVED = type("member-removed");
    public static final String CHAIR_NAMED = type("chair-named");
    public static final String OUTPUT_ADDED = type("output-added");

    private final Outbox outbox;

    public WorkingGroupPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Data of {@code org.iccsp.events.working-group.formed.v1}. */
    public record Formed(UUID workingGroupId, UUID eventId, UUID sessionId, String name,
            String description, String formedBy) {
    }

    /** Data of {@code .member-added.v1}, {@code .member-removed.v1} and {@code .chair-named.v1}: who it concerns. */
    public record MemberChanged(UUID workingGroupId, UUID eventId, String workingGroupName,
            UUID registrationId, String registrantSubject, String registrantEmail, String participantName,
            String changedBy) {
    }

    /** Data of {@code org.iccsp.events.working-group.output-added.v1} (the document's text stays in the API). */
    public record OutputAdded(UUID workingGroupId, UUID eventId, String workingGroupName,
            UUID outputId, String title, String kind, String url, boolean hasBody, String addedBy) {
    }

    public void formed(WorkingGroup g) {
        publish(FORMED, g, new Formed(g.id, g.eventId, g.sessionId, g.name, g.description, g.createdBy));
    }

    public void member(String type, WorkingGroup g, Registration r, String by) {
        publish(type, g, new MemberChanged(g.id, g.eventId, g.name, r.id, r.registrantSubject, r.registrantEmail,
                r.registrantName, by));
    }

    public void outputAdded(WorkingGroup g, WorkingGroupOutput o) {
        publish(OUTPUT_ADDED, g, new OutputAdded(g.id, g.eventId, g.name, o.id, o.title, o.kind, o.url, o.body != null,
                o.addedBy));
    }

    private void publish(String type, WorkingGroup g, Object data) {
        outbox.publish(EventPublisher.TOPIC, "event", g.eventId.toString(), type, data);
    }

    private static String type(String verb) {
        return EventTopic.eventType("events", "working-group", verb);
    }
}
