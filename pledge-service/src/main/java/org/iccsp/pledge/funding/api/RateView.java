package org.iccsp.pledge.funding.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import org.iccsp.pledge.funding.domain.ExchangeRates;

public record RateView(LocalDate date, String currency, @Schema(type = SchemaType.STRING, format = "decimal", examples = "1000.50", description = "units of the currency per US dollar, a decimal string")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perUsd) {

    static RateView of(ExchangeRates.Rate rate) {
        return new RateView(rate.date(), rate.currency(), rate.perUsd());
    }
}
