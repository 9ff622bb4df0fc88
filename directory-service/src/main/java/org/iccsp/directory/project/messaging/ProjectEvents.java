package org.iccsp.directory.project.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

/** Project events, written to the outbox in the caller's transaction; keyed by project id. */
@ApplicationScoped
public class ProjectEvents {
    public static final String TOPIC = "directory.projects";
    public static final String CREATED = EventTopic.eventType("directory", "project", "created");
    public static final String UPDATED = EventTopic.eventType("directory", "project", "updated");

    private final Outbox outbox;

    public ProjectEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Project p) {
        outbox.publish(TOPIC, "project", p.id, CREATED, new ProjectCreated(p.id, p.organizationId, p.title,
                List.of(p.sectors), List.of(p.partnerIds), p.crossBorder, p.status, p.createdBy));
    }

    public void updated(Project p, List<String> changedFields, String updatedBy) {
        outbox.publish(TOPIC, "project", p.id, UPDATED, new ProjectUpdated(p.id, p.organizationId, p.title,
                changedFields, p.crossBorder, p.status, updatedBy));
    }
}
