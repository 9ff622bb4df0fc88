package org.iccsp.contracts.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Data of {@code org.iccsp.directory.project.created.v1}; schema in events/ (see the EventType constant). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectCreated(String projectId, String organizationId, String title, List<String> sectors,
        List<String> partnerIds, boolean crossBorder, String status, String createdBy) {
}
