package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.directory.organization.reactivated.v1}: a deactivated organisation is active again, with its verification status. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationReactivated(String organizationId, String legalName, String status, String reactivatedBy) {
}
