package org.iccsp.pledge.export.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Where each member's part of a pledge stands: its disbursed portions and what remains committed. A disbursement is
 * recorded on the pledge as a whole; a joint pledge's members carry it in proportion to their shares (ADR 0014), each
 * portion in the member's own currency, so that a part's portions and remainder add up to the part exactly.
 */
public final class MoneyPath {
    private MoneyPath() {
    }

    /** A member's part: its disbursed portions (one per disbursement, in order) and what remains. */
    public record PartPath(PublicPledge.Part part, List<Portion> paid, BigDecimal remaining) {
    }

    /** A member's portion of one disbursement. */
    public record Portion(BigDecimal amount, LocalDate date, String recipient, int index) {
    }

    public static List<PartPath> of(PublicPledge p) {
        List<PartPath> paths = new ArrayList<>();
        for (PublicPledge.Part part : p.parts()) {
            int digits = Math.max(Currency.getInstance(part.currency()).getDefaultFractionDigits(), 0);
            List<Portion> portions = new ArrayList<>();
            BigDecimal cumulative = BigDecimal.ZERO;
            BigDecimal carried = BigDecimal.ZERO.setScale(digits);
            int index = 0;
            for (PublicPledge.Disbursement d : p.disbursements()) {
                index++;
                cumulative = cumulative.add(d.amount());
                // the part's share of everything disbursed so far, rounded once, minus what earlier portions carried
                BigDecimal upToHere = part.amount().multiply(cumulative)
                        .divide(p.amount(), digits, RoundingMode.HALF_EVEN);
                BigDecimal portion = upToHere.subtract(carried);
                carried = upToHere;
                if (portion.signum() > 0) {
                    portions.add(new Portion(portion, d.date(), d.recipient(), index));
                }
            }
            paths.add(new PartPath(part, portions, part.amount().subtract(carried)));
        }
        return paths;
    }
}
