package org.iccsp.directory.project.messaging;

import java.util.List;

/** Data of {@code org.iccsp.directory.project.created.v1}; schema in events/. */
public record ProjectCreated(String projectId, String organizationId, String title, List<String> sectors,
        List<String> partnerIds, boolean crossBorder, String status, String createdBy) {
}
