package org.iccsp.directory.organization.messaging;

import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_DEACTIVATED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_ERASED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_REACTIVATED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_REGISTERED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_REJECTED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_UPDATED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_VERIFIED;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.iccsp.contracts.directory.DirectoryContract;
import org.iccsp.contracts.directory.OrganizationDeactivated;
import org.iccsp.contracts.directory.OrganizationErased;
import org.iccsp.contracts.directory.OrganizationReactivated;
import org.iccsp.contracts.directory.OrganizationRegistered;
import org.iccsp.contracts.directory.OrganizationRejected;
import org.iccsp.contracts.directory.OrganizationUpdated;
import org.iccsp.contracts.directory.OrganizationVerified;
import org.iccsp.directory.organization.domain.Erasure;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.messaging.Outbox;

/**
 * The organisation events this service publishes (contract: directory-service-events), written to the outbox in
 * the caller's transaction.
 */
@ApplicationScoped
public class OrganizationEvents {
    public static final String TOPIC = DirectoryContract.ORGANIZATIONS_TOPIC;
    public static final String REGISTERED = ORGANIZATION_REGISTERED.type();
    public static final String VERIFIED = ORGANIZATION_VERIFIED.type();
    public static final String REJECTED = ORGANIZATION_REJECTED.type();
    public static final String UPDATED = ORGANIZATION_UPDATED.type();
    public static final String DEACTIVATED = ORGANIZATION_DEACTIVATED.type();
    public static final String REACTIVATED = ORGANIZATION_REACTIVATED.type();
    public static final String ERASED = ORGANIZATION_ERASED.type();
    private static final String AGGREGATE = "organization";

    private final Outbox outbox;

    public OrganizationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Organization org) {
        outbox.publish(ORGANIZATION_REGISTERED, AGGREGATE, org.id, new OrganizationRegistered(org.id, org.legalName,
                org.type, org.country, List.of(org.sectors), org.status.code(), org.contactEmail, org.createdBy));
    }

    public void verified(Organization org) {
        outbox.publish(ORGANIZATION_VERIFIED, AGGREGATE, org.id, new OrganizationVerified(org.id, org.legalName,
                org.contactEmail, org.reviewReason, org.reviewedBy));
    }

    public void rejected(Organization org) {
        outbox.publish(ORGANIZATION_REJECTED, AGGREGATE, org.id, new OrganizationRejected(org.id, org.legalName,
                org.contactEmail, org.reviewReason, org.reviewedBy));
    }

    public void updated(Organization org, List<String> changedFields, String updatedBy) {
        outbox.publish(ORGANIZATION_UPDATED, AGGREGATE, org.id, new OrganizationUpdated(org.id, org.legalName,
                org.status.code(), changedFields, updatedBy));
    }

    public void deactivated(Organization org, String by) {
        outbox.publish(ORGANIZATION_DEACTIVATED, AGGREGATE, org.id, new OrganizationDeactivated(org.id,
                org.status.code(), by));
    }

    public void reactivated(Organization org, String by) {
        outbox.publish(ORGANIZATION_REACTIVATED, AGGREGATE, org.id, new OrganizationReactivated(org.id, org.legalName,
                org.status.code(), by));
    }

    /** Carries no personal data: only who asked, who confirmed, when and why the rest is kept. */
    public void erased(Erasure erasure) {
        outbox.publish(ORGANIZATION_ERASED, AGGREGATE, erasure.organizationId(), new OrganizationErased(
                erasure.organizationId(), erasure.requestedBy(), erasure.confirmedBy(), erasure.erasedAt(),
                erasure.legalBasis()));
    }
}
