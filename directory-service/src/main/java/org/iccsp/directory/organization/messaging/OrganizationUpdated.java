package org.iccsp.directory.organization.messaging;

import java.util.List;

/**
 * Data of {@code org.iccsp.directory.organization.updated.v1}; schema in events/. Names the changed
 * fields only: values may be private, readers fetch what they are allowed to see.
 */
public record OrganizationUpdated(String organizationId, String legalName, String status, List<String> changedFields,
        String updatedBy) {
}
