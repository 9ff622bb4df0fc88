package org.iccsp.directory.organization.messaging;

import java.util.List;

/** Data of {@code org.iccsp.directory.organization.registered.v1}; schema in events/. */
public record OrganizationRegistered(String organizationId, String legalName, String type, String country,
        List<String> sectors, String status, String contactEmail, String registeredBy) {
}
