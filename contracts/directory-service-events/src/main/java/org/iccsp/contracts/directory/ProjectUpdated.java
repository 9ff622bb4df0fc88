package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Data of {@code org.iccsp.directory.project.updated.v1}; schema in events/ (see the EventType constant). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectUpdated(String projectId, String organizationId, String title, List<String> changedFields,
        boolean crossBorder, String status, String updatedBy) {
}
