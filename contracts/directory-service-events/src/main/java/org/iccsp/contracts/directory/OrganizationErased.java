package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** Data of {@code org.iccsp.directory.organization.erased.v1}: an organisation's personal data was erased: drop your copies of it (names, addresses, free text), keep the id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationErased(String organizationId, String requestedBy, String confirmedBy, OffsetDateTime erasedAt, String legalBasis) {
}
