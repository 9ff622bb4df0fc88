package org.iccsp.directory.organization.messaging;

/** Data of {@code org.iccsp.directory.organization.rejected.v1}; schema in events/. */
public record OrganizationRejected(String organizationId, String legalName, String contactEmail, String reason,
        String rejectedBy) {
}
