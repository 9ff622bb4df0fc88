package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Data of {@code org.iccsp.directory.organization.registered.v1}; schema in events/ (see the EventType constant). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationRegistered(String organizationId, String legalName, String type, String country,
        List<String> sectors, String status, String contactEmail, String registeredBy) {
}
