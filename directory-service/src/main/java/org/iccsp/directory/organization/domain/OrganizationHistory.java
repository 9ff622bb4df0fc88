package org.iccsp.directory.organization.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.iccsp.directory.organization.persistence.OrganizationChange;

/** Writes field-level history rows in the caller's transaction. */
@ApplicationScoped
public class OrganizationHistory {
    private final ObjectMapper json;

    public OrganizationHistory(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String organizationId, String field, Object oldValue, Object newValue, String by,
            OffsetDateTime at) {
        OrganizationChange change = new OrganizationChange();
        change.organizationId = organizationId;
        change.field = field;
        change.oldValue = toJson(oldValue);
        change.newValue = toJson(newValue);
        change.changedBy = by;
        change.changedAt = at;
        change.persist();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value); // a JsonNode or a plain value; null becomes JSON null
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("history value cannot be written as JSON", e);
        }
    }
}
