package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.directory.organization.deactivated.v1}: an organisation was deactivated (reversible): hide it from what you offer; {@code status} is its verification status, unchanged. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationDeactivated(String organizationId, String status, String deactivatedBy) {
}
