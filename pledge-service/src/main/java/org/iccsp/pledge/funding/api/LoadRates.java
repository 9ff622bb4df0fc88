package org.iccsp.pledge.funding.api;

import org.iccsp.platform.web.OpenApiConventions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Body of PUT /api/v1/exchange-rates: rates as units of the currency per one US dollar; a re-load replaces. */
public record LoadRates(@NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid Rate> rates) {
    public record Rate(@NotNull LocalDate date,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
            @Schema(description = "units of the currency per US dollar: a JSON number or a string holding a decimal", extensions = @Extension(name = OpenApiConventions.DECIMAL, value = "true")) @NotNull @Positive BigDecimal perUsd) {
    }
}
