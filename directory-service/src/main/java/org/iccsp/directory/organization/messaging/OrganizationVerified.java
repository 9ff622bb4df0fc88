package org.iccsp.directory.organization.messaging;

/** Data of {@code org.iccsp.directory.organization.verified.v1}; schema in events/. */
public record OrganizationVerified(String organizationId, String legalName, String contactEmail, String reason,
        String verifiedBy) {
}
