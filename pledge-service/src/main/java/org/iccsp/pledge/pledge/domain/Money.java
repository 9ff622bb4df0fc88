package org.iccsp.pledge.pledge.domain;

import java.math.BigDecimal;
import java.util.Currency;
import org.iccsp.platform.web.ProblemException;

/** Rules for amounts: an ISO 4217 currency of money, positive, at most the currency's minor units. */
public final class Money {
    /** numeric(22, 4) leaves 18 integer digits; no pledge comes near a quadrillion. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private Money() {
    }

    /** @return the currency's minor units (2 for EUR, 0 for JPY, 3 for KWD) */
    public static int checkCurrency(String field, String code) {
        Currency currency;
        try {
            currency = code == null ? null : Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            currency = null;
        }
        // Funds, metals and testing codes (XAU, XXX) have no minor units: not money one can pledge.
        if (currency == null || currency.getDefaultFractionDigits() < 0) {
            throw ProblemException.invalid(field, "unknown ISO 4217 currency " + code);
        }
        return currency.getDefaultFractionDigits();
    }

    public static BigDecimal checkAmount(String field, BigDecimal amount, String currency) {
        int minorUnits = checkCurrency("currency", currency);
        if (amount == null) {
            throw ProblemException.invalid(field, "must not be null");
        }
        if (amount.signum() <= 0) {
            throw ProblemException.invalid(field, "must be greater than 0");
        }
        if (amount.compareTo(LIMIT) >= 0) {
            throw ProblemException.invalid(field, "must be less than " + LIMIT.toPlainString());
        }
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > minorUnits) {
            throw ProblemException.invalid(field, currency + " has " + minorUnits + " minor units; "
                    + amount.toPlainString() + " has more");
        }
        return amount.setScale(minorUnits);
    }
}
