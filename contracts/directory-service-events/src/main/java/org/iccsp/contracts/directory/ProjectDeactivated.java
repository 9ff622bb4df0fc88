package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code org.iccsp.directory.project.deactivated.v1}: a project was deactivated (reversible). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectDeactivated(String projectId, String organizationId, String deactivatedBy) {
}
