package org.iccsp.directory.project.messaging;

import java.util.List;

/** Data of {@code org.iccsp.directory.project.updated.v1}; schema in events/. */
public record ProjectUpdated(String projectId, String organizationId, String title, List<String> changedFields,
        boolean crossBorder, String status, String updatedBy) {
}
