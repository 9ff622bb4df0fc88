package org.iccsp.pledge.pledge.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.iccsp.pledge.member.domain.MemberRegistry;
import org.iccsp.pledge.pledge.domain.PledgeCommands.Share;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.ProblemException;

/**
 * Rules of a joint pledge's shares: at least two members, the lead among them, each amount valid in its
 * own currency, and together the pledge's amount. Shares all in the pledge's currency must add up
 * exactly; with other currencies, converted at the value date's rates, within 1 % (the rates of a date
 * are themselves approximate).
 */
@ApplicationScoped
public class JointShares {
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private final ExchangeRateTable rates;

    public JointShares(ExchangeRateTable rates) {
        this.rates = rates;
    }

    /**
     * Checks a new joint pledge's shares. Every member named in a share is first looked up as the caller
     * may see it, before any other check of the shares: a member the caller may not name (confidential,
     * or prospective for an outsider) gets exactly the answer of a code no member has, and no later
     * check (currency, amount, the sum) runs for it.
     *
     * @return the shares with amounts in their currency's minor units
     */
    public List<Share> check(Caller caller, String leadMember, BigDecimal amount, String currency,
            LocalDate valueDate, String jointLabel, List<Share> shares) {
        if (jointLabel == null || jointLabel.isBlank()) {
            throw ProblemException.invalid("jointLabel", "a joint pledge needs its public label");
        }
        if (shares.size() < 2) {
            throw ProblemException.invalid("shares", "a joint pledge has at least two members' shares");
        }
        Set<String> members = new HashSet<>();
        for (int i = 0; i < shares.size(); i++) {
            String code = shares.get(i).memberCode();
            String field = "shares[" + i + "].memberCode";
            if (MemberRegistry.findVisible(caller, code).isEmpty()) {
                throw ProblemException.invalid(field, "unknown member " + code);
            }
            if (!members.add(code)) {
                throw ProblemException.invalid(field, "member " + code + " has two shares");
            }
        }
        if (!members.contains(leadMember)) {
            throw ProblemException.invalid("shares", "the lead member " + leadMember + " must have a share");
        }
        return checkAmounts(amount, currency, valueDate, shares);
    }

    /** Re-checks a drafted joint pledge's shares (fixed since drafting) against its revised amount. */
    public void recheck(BigDecimal amount, String currency, LocalDate valueDate, List<Share> shares) {
        checkAmounts(amount, currency, valueDate, shares);
    }

    private List<Share> checkAmounts(BigDecimal amount, String currency, LocalDate valueDate, List<Share> shares) {
        List<Share> checked = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            String field = "shares[" + i + "]";
            Money.checkCurrency(field + ".currency", share.currency());
            checked.add(new Share(share.memberCode(),
                    Money.checkAmount(field + ".amount", share.amount(), share.currency()), share.currency()));
        }
        checkSum(amount, currency, valueDate, checked);
        return checked;
    }

    private void checkSum(BigDecimal amount, String currency, LocalDate valueDate, List<Share> shares) {
        if (shares.stream().allMatch(s -> s.currency().equals(currency))) {
            BigDecimal sum = shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(amount) != 0) {
                throw ProblemException.unprocessable("shares", "the shares add up to " + sum.toPlainString() + " "
                        + currency + ", not the pledge's " + amount.toPlainString());
            }
            return;
        }
        BigDecimal pledgePerUsd = rate("currency", currency, valueDate);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            BigDecimal perUsd = rate("shares[" + i + "].currency", s.currency(), valueDate);
            sum = sum.add(s.amount().divide(perUsd, MathContext.DECIMAL128).multiply(pledgePerUsd, MathContext.DECIMAL128));
        }
        BigDecimal gap = sum.subtract(amount).abs();
        if (gap.compareTo(amount.multiply(TOLERANCE)) > 0) {
            throw ProblemException.unprocessable("shares", "at the rates of " + valueDate + " the shares add up to "
                    + sum.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " " + currency
                    + ", not the pledge's " + amount.toPlainString());
        }
    }

    private BigDecimal rate(String field, String currency, LocalDate date) {
        return rates.perUsdOn(currency, date).orElseThrow(() -> ProblemException.unprocessable(field,
                "no exchange rate for " + currency + " on or before " + date + " to check the shares"));
    }
}
