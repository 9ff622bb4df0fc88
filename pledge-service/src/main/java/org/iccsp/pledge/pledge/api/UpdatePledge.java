package org.iccsp.pledge.pledge.api;

import org.iccsp.platform.web.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.iccsp.pledge.pledge.domain.Vertical;

/** Body of PATCH /api/v1/pledges/{id} while draft: absent fields keep their value. */
public record UpdatePledge(
        @Schema(description = "the exact amount: a JSON number or a string holding a decimal (\"1000.50\")", extensions = @Extension(name = OpenApiConventions.DECIMAL, value = "true")) BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        LocalDate valueDate,
        @Size(min = 1, max = 11) List<@jakarta.validation.constraints.NotNull Vertical> verticals,
        @Valid Target target,
        @Size(max = 100) String eventId,
        @Size(max = 5000) String notes,
        Boolean newMoney) {
}
