package org.iccsp.pledge.pledge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.iccsp.pledge.pledge.domain.Vertical;

/** Body of PATCH /api/v1/pledges/{id} while draft: absent fields keep their value. */
public record UpdatePledge(
        BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        LocalDate valueDate,
        @Size(min = 1, max = 11) List<@jakarta.validation.constraints.NotNull Vertical> verticals,
        @Valid Target target,
        @Size(max = 100) String eventId,
        @Size(max = 5000) String notes,
        Boolean newMoney) {
}
