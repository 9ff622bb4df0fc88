package org.iccsp.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/** One line of the audit log as the audit endpoints show it. */
public record AuditEntry(String id, OffsetDateTime occurredAt, Actor actor, String action, String subjectType,
        String subjectId, JsonNode details, String requestId, String traceId) {

    public record Actor(String subject, String name, List<String> roles) {
    }
}
