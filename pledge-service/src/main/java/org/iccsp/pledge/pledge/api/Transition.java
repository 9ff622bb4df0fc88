package org.iccsp.pledge.pledge.api;

import org.iccsp.platform.web.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.iccsp.pledge.pledge.domain.TransitionAction;

/**
 * Body of POST /api/v1/pledges/{id}/transitions. {@code embargoId} (submit) seals the pledge;
 * {@code amount} and {@code date} describe a disbursement; {@code recipient} names who received a disbursement (an org-id); {@code reason} is required to withdraw.
 */
public record Transition(@NotNull TransitionAction action, @Size(max = 100) String embargoId, @Schema(description = "a disbursement: a JSON number or a string holding a decimal (\"1000.50\")", extensions = @Extension(name = OpenApiConventions.DECIMAL, value = "true")) BigDecimal amount,
        LocalDate date, @Size(max = 2000) String reason,
        @Schema(description = "a disbursement's recipient, an org-id (a directory organisation or project); the pledge's target ref when absent")
        @Size(max = 200) String recipient) {
}
