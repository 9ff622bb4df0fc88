package org.iccsp.pledge.funding.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

public record RateView(LocalDate date, String currency, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal perUsd) {
}
