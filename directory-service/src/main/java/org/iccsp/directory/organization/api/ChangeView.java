package org.iccsp.directory.organization.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iccsp.platform.web.OpenApiConventions;
import org.iccsp.directory.organization.persistence.OrganizationChange;

/** One entry of an organisation's field-level history; values are JSON as stored. */
public record ChangeView(String field,
        @Schema(description = "the field's value before the change, as JSON (any type; null when it had none)", extensions = @Extension(name = OpenApiConventions.ANY_JSON, value = "true"))
        @JsonRawValue String oldValue,
        @Schema(description = "the field's value after the change, as JSON (any type; null when removed)", extensions = @Extension(name = OpenApiConventions.ANY_JSON, value = "true"))
        @JsonRawValue String newValue,
        String changedBy, OffsetDateTime changedAt) {

    public static ChangeView of(OrganizationChange change) {
        return new ChangeView(change.field, change.oldValue, change.newValue, change.changedBy, change.changedAt);
    }
}
