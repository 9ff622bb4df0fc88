package org.iccsp.directory.organization.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.iccsp.directory.organization.persistence.OrganizationChange;

/** One entry of an organisation's field-level history; values are JSON as stored. */
public record ChangeView(String field, @JsonRawValue String oldValue, @JsonRawValue String newValue,
        String changedBy, OffsetDateTime changedAt) {

    public static ChangeView of(OrganizationChange change) {
        return new ChangeView(change.field, change.oldValue, change.newValue, change.changedBy, change.changedAt);
    }
}
