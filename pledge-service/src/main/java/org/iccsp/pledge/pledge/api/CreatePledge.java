package org.iccsp.pledge.pledge.api;

import org.iccsp.platform.web.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.iccsp.pledge.pledge.domain.Vertical;

/**
 * Body of POST /api/v1/pledges: a draft. {@code memberCode} defaults to the caller's government_code;
 * a government may only name its own. {@code valueDate} is the date whose exchange rate converts it.
 * A joint pledge adds {@code jointLabel} and {@code shares} (the lead member's among them) that add up
 * to {@code amount} in {@code currency} at the value date's rates.
 */
public record CreatePledge(
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code or EU") String memberCode,
        @Schema(description = "the exact amount: a JSON number or a string holding a decimal (\"1000.50\")", extensions = @Extension(name = OpenApiConventions.DECIMAL, value = "true")) @NotNull BigDecimal amount,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        @NotNull LocalDate valueDate,
        @NotNull @Size(min = 1, max = 11) List<@NotNull Vertical> verticals,
        @NotNull @Valid Target target,
        @Size(max = 100) String eventId,
        @Size(max = 5000) String notes,
        @NotNull Boolean newMoney,
        @Size(max = 200) String jointLabel,
        @Size(max = 30) List<@NotNull @Valid Share> shares,
        @Schema(description = "IATI FinanceType code: 110 standard grant (the default; in cash or in kind), 422 reimbursable grant, 421 standard loan, 431 subordinated loan, 1100 guarantee, 510 equity") @Size(max = 4) String financeType,
        @Schema(description = "IATI AidType code (default C01, project-type interventions; D01, D02, E01 for in-kind help)") @Size(max = 4) String aidType,
        @Schema(description = "IATI FlowType code: 10 ODA (the default), 20 or 21 other official flows, 30 private development finance, 50 other") @Size(max = 2) String flowType) {
}
