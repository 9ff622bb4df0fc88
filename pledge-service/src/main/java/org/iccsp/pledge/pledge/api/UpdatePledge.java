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
        Boolean newMoney,
        @Schema(description = "IATI FinanceType code: 110 standard grant (the default; in cash or in kind), 422 reimbursable grant, 421 standard loan, 431 subordinated loan, 1100 guarantee, 510 equity") @Size(max = 4) String financeType,
        @Schema(description = "IATI AidType code (default C01, project-type interventions; D01, D02, E01 for in-kind help)") @Size(max = 4) String aidType,
        @Schema(description = "IATI FlowType code: 10 ODA (the default), 20 or 21 other official flows, 30 private development finance, 50 other") @Size(max = 2) String flowType) {
}
