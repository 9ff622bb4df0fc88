package org.iccsp.pledge.funding.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.iccsp.pledge.pledge.domain.ExchangeRateTable;
import org.iccsp.pledge.pledge.domain.Money;
import org.iccsp.platform.web.ProblemException;

/** The rate table admins load; USD is the base (1 per USD) and is not stored. */
@ApplicationScoped
public class ExchangeRates implements ExchangeRateTable {
    private final EntityManager em;

    public ExchangeRates(EntityManager em) {
        this.em = em;
    }

    /** A rate to load: units of {@code currency} per US dollar on {@code date}. */
    public record Rate(LocalDate date, String currency, BigDecimal perUsd) {
    }

    /** Validates every rate first, then upserts all of them: a bad row loads nothing. */
    @Transactional
    public int load(List<Rate> rates, String actor) {
        for (int i = 0; i < rates.size(); i++) {
            Rate rate = rates.get(i);
            String field = "rates[" + i + "]";
            Money.checkCurrency(field + ".currency", rate.currency());
            if ("USD".equals(rate.currency())) {
                throw ProblemException.invalid(field + ".currency", "USD is the base currency (1 per USD)");
            }
            if (rate.perUsd().scale() > 10 || rate.perUsd().precision() - rate.perUsd().scale() > 14) {
                throw ProblemException.invalid(field + ".perUsd", "at most 14 integer and 10 decimal digits");
            }
        }
        for (Rate rate : rates) {
            em.createNativeQuery("insert into exchange_rate (rate_date, currency, per_usd, loaded_by) "
                    + "values (?1, ?2, ?3, ?4) on conflict (currency, rate_date) do update "
                    + "set per_usd = excluded.per_usd, loaded_by = excluded.loaded_by, loaded_at = now()")
                    .setParameter(1, rate.date()).setParameter(2, rate.currency())
                    .setParameter(3, rate.perUsd()).setParameter(4, actor).executeUpdate();
        }
        return rates.size();
    }

    /**
     * Up to {@code limit + 1} rates by currency and date (the table's key), those after {@code after} (null: from
     * the first): the extra one tells that more follow.
     */
    @SuppressWarnings("unchecked")
    public List<Rate> list(String currency, LocalDate from, LocalDate to, int limit, Rate after) {
        List<Object[]> rows = em.createNativeQuery("select rate_date, currency, per_usd from exchange_rate "
                + "where (cast(?1 as text) is null or currency = ?1) "
                + "and (cast(?2 as date) is null or rate_date >= ?2) and (cast(?3 as date) is null or rate_date <= ?3) "
                + "and (cast(?4 as text) is null or (currency, rate_date) > (cast(?4 as text), cast(?5 as date))) "
                + "order by currency, rate_date limit ?6")
                .setParameter(1, currency).setParameter(2, from).setParameter(3, to)
                .setParameter(4, after == null ? null : after.currency()).setParameter(5, after == null ? null : after.date())
                .setParameter(6, limit + 1).getResultList();
        return rows.stream().map(r -> new Rate(toLocalDate(r[0]), (String) r[1], (BigDecimal) r[2])).toList();
    }

    /** Units of {@code currency} per US dollar by {@code date}: the latest rate loaded on or before it. */
    @Override
    @SuppressWarnings("unchecked")
    public java.util.Optional<BigDecimal> perUsdOn(String currency, LocalDate date) {
        if ("USD".equals(currency)) {
            return java.util.Optional.of(BigDecimal.ONE);
        }
        List<BigDecimal> rows = em.createNativeQuery("select per_usd from exchange_rate where currency = ?1 "
                + "and rate_date <= ?2 order by rate_date desc limit 1")
                .setParameter(1, currency).setParameter(2, date).getResultList();
        return rows.stream().findFirst();
    }

    static LocalDate toLocalDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
