package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.directory.project.reactivated.v1}: a deactivated project is active again. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectReactivated(String projectId, String organizationId, String reactivatedBy) {
}
