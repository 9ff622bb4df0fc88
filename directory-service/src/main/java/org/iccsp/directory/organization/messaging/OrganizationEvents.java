package org.iccsp.directory.organization.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.messaging.EventTopic;
import org.iccsp.platform.messaging.Outbox;

/** The organisation events this service publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class OrganizationEvents {
    public static final String TOPIC = "directory.organizations";
    public static final String REGISTERED = EventTopic.eventType("directory", "organization", "registered");

    private final Outbox outbox;

    public OrganizationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Organization org) {
        outbox.publish(TOPIC, "organization", org.id, REGISTERED, new OrganizationRegistered(org.id, org.legalName,
                org.type, org.country, List.of(org.sectors), org.status.code(), org.contactEmail, org.createdBy));
    }
}
