package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
/** Data of {@code org.iccsp.directory.organization.verified.v1}; schema in events/ (see the EventType constant). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationVerified(String organizationId, String legalName, String contactEmail, String reason,
        String verifiedBy) {
}
