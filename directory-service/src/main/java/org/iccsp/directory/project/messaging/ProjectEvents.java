package org.iccsp.directory.project.messaging;

import static org.iccsp.contracts.directory.DirectoryContract.PROJECT_CREATED;
import static org.iccsp.contracts.directory.DirectoryContract.PROJECT_DEACTIVATED;
import static org.iccsp.contracts.directory.DirectoryContract.PROJECT_REACTIVATED;
import static org.iccsp.contracts.directory.DirectoryContract.PROJECT_UPDATED;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.iccsp.contracts.directory.DirectoryContract;
import org.iccsp.contracts.directory.ProjectCreated;
import org.iccsp.contracts.directory.ProjectDeactivated;
import org.iccsp.contracts.directory.ProjectReactivated;
import org.iccsp.contracts.directory.ProjectUpdated;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.messaging.Outbox;

/**
 * Project events (contract: directory-service-events), written to the outbox in the caller's transaction; keyed by
 * project id.
 */
@ApplicationScoped
public class ProjectEvents {
    public static final String TOPIC = DirectoryContract.PROJECTS_TOPIC;
    public static final String CREATED = PROJECT_CREATED.type();
    public static final String UPDATED = PROJECT_UPDATED.type();
    public static final String DEACTIVATED = PROJECT_DEACTIVATED.type();
    public static final String REACTIVATED = PROJECT_REACTIVATED.type();

    private final Outbox outbox;

    public ProjectEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Project p) {
        outbox.publish(PROJECT_CREATED, "project", p.id, new ProjectCreated(p.id, p.organizationId, p.title,
                List.of(p.sectors), List.of(p.partnerIds), p.crossBorder, p.status, p.createdBy));
    }

    public void updated(Project p, List<String> changedFields, String updatedBy) {
        outbox.publish(PROJECT_UPDATED, "project", p.id, new ProjectUpdated(p.id, p.organizationId, p.title,
                changedFields, p.crossBorder, p.status, updatedBy));
    }

    public void deactivated(Project p, String by) {
        outbox.publish(PROJECT_DEACTIVATED, "project", p.id, new ProjectDeactivated(p.id, p.organizationId, by));
    }

    public void reactivated(Project p, String by) {
        outbox.publish(PROJECT_REACTIVATED, "project", p.id, new ProjectReactivated(p.id, p.organizationId, by));
    }
}
