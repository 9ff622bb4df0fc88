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
    public static final String VERIFIED = EventTopic.eventType("directory", "organization", "verified");
    public static final String REJECTED = EventTopic.eventType("directory", "organization", "rejected");
    public static final String UPDATED = EventTopic.eventType("directory", "organization", "updated");
    private static final String AGGREGATE = "organization";

    private final Outbox outbox;

    public OrganizationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Organization org) {
        outbox.publish(TOPIC, AGGREGATE, org.id, REGISTERED, new OrganizationRegistered(org.id, org.legalName,
                org.type, org.country, List.of(org.sectors), org.status.code(), org.contactEmail, org.createdBy));
    }

    public void verified(Organization org) {
        outbox.publish(TOPIC, AGGREGATE, org.id, VERIFIED, new OrganizationVerified(org.id, org.legalName,
                org.contactEmail, org.reviewReason, org.reviewedBy));
    }

    public void rejected(Organization org) {
        outbox.publish(TOPIC, AGGREGATE, org.id, REJECTED, new OrganizationRejected(org.id, org.legalName,
                org.contactEmail, org.reviewReason, org.reviewedBy));
    }

    public void updated(Organization org, List<String> changedFields, String updatedBy) {
        outbox.publish(TOPIC, AGGREGATE, org.id, UPDATED, new OrganizationUpdated(org.id, org.legalName,
                org.status.code(), changedFields, updatedBy));
    }
}
