package org.iccsp.pledge.embargo.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * Body of POST /api/v1/embargoes. {@code name} is the trigger an admin fires (e.g. "ceasefire-announced");
 * with {@code releaseAt} the service also releases it by itself at that time.
 */
public record CreateEmbargo(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lower-case slug such as g7-working-session") String name,
        OffsetDateTime releaseAt) {
}
