package org.iccsp.events.workinggroup.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.iccsp.contracts.EventType;
import org.iccsp.contracts.events.EventsContract;
import org.iccsp.contracts.events.WorkingGroupFormed;
import org.iccsp.contracts.events.WorkingGroupMemberChanged;
import org.iccsp.contracts.events.WorkingGroupOutputAdded;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.events.workinggroup.persistence.WorkingGroup;
import org.iccsp.events.workinggroup.persistence.WorkingGroupOutput;
import org.iccsp.platform.messaging.Outbox;

/**
 * Publishes what happens to an event's working groups on events.events (contract: events-service-events), keyed by
 * the event id (the groups belong to the event), so a member is told of their group, its chair and its outputs.
 */
@ApplicationScoped
public class WorkingGroupPublisher {
    public static final EventType<WorkingGroupFormed> FORMED = EventsContract.WORKING_GROUP_FORMED;
    public static final EventType<WorkingGroupMemberChanged> MEMBER_ADDED = EventsContract.WORKING_GROUP_MEMBER_ADDED;
    public static final EventType<WorkingGroupMemberChanged> MEMBER_REMOVED = EventsContract.WORKING_GROUP_MEMBER_REMOVED;
    public static final EventType<WorkingGroupMemberChanged> CHAIR_NAMED = EventsContract.WORKING_GROUP_CHAIR_NAMED;
    public static final EventType<WorkingGroupOutputAdded> OUTPUT_ADDED = EventsContract.WORKING_GROUP_OUTPUT_ADDED;

    private final Outbox outbox;

    public WorkingGroupPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void formed(WorkingGroup g) {
        publish(FORMED, g, new WorkingGroupFormed(id(g.id), id(g.eventId), id(g.sessionId), g.name, g.description, g.createdBy));
    }

    public void member(EventType<WorkingGroupMemberChanged> type, WorkingGroup g, Registration r, String by) {
        publish(type, g, new WorkingGroupMemberChanged(id(g.id), id(g.eventId), g.name, id(r.id), r.registrantSubject,
                r.registrantEmail, r.registrantName, by));
    }

    public void outputAdded(WorkingGroup g, WorkingGroupOutput o) {
        publish(OUTPUT_ADDED, g, new WorkingGroupOutputAdded(id(g.id), id(g.eventId), g.name, id(o.id), o.title, o.kind, o.url,
                o.body != null, o.addedBy));
    }

    private <T> void publish(EventType<T> type, WorkingGroup g, T data) {
        outbox.publish(type, "event", g.eventId.toString(), data);
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
