package org.iccsp.pledge.pledge.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The rates a joint pledge's shares are checked with; the funding capability owns the table. */
public interface ExchangeRateTable {
    /** Units of {@code currency} per US dollar by {@code date}: the latest rate loaded on or before it. */
    Optional<BigDecimal> perUsdOn(String currency, LocalDate date);
}
