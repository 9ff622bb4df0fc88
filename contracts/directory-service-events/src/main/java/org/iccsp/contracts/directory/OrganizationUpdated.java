package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Data of {@code org.iccsp.directory.organization.updated.v1}. Names the changed
 * fields only: values may be private, readers fetch what they are allowed to see.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationUpdated(String organizationId, String legalName, String status, List<String> changedFields,
        String updatedBy) {
}
