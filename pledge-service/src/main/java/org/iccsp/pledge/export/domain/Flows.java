package org.iccsp.pledge.export.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * FTS-style flows (OCHA's Financial Tracking Service): one row per flow from a source member to the pledge's target,
 * with its status. A member's part of a pledge is {@code pledged} while announced; once committed, each of its
 * disbursed portions is a {@code paid} flow to the disbursement's recipient and what remains is one {@code committed}
 * flow. The rows of a part therefore add up to the part, never more: a pledge is counted once, whatever its stage.
 */
public final class Flows {
    private Flows() {
    }

    public static final String PLEDGED = "pledged";
    public static final String COMMITTED = "committed";
    public static final String PAID = "paid";

    /** The columns, in the CSV's order and the JSON objects' field names. */
    public static final List<String> COLUMNS = List.of("flowId", "pledgeId", "status", "sourceMember", "sourceName",
            "jointLabel", "destinationKind", "destinationRef", "destinationName", "recipient", "amount", "currency",
            "amountUsd", "newMoney", "financeType", "verticals", "valueDate", "date", "eventId");

    /**
     * One flow. {@code amountUsd} converts it at the pledge's value-date rate (the latest loaded on or before it), the
     * rule of the funding totals; null when no rate is loaded for the currency by then.
     */
    public record Flow(String flowId, String pledgeId, String status, String sourceMember, String sourceName,
            String jointLabel, String destinationKind, String destinationRef, String destinationName, String recipient,
            BigDecimal amount, String currency, BigDecimal amountUsd, boolean newMoney, String financeType,
            List<String> verticals, LocalDate valueDate, LocalDate date, String eventId) {

        /** The row's values as text, in {@link #COLUMNS}' order; null for an empty cell. */
        public List<String> cells() {
            return java.util.Arrays.asList(flowId, pledgeId, status, sourceMember, sourceName, jointLabel, destinationKind,
                    destinationRef, destinationName, recipient, amount.toPlainString(), currency,
                    amountUsd == null ? null : amountUsd.toPlainString(), String.valueOf(newMoney), financeType,
                    String.join(";", verticals), valueDate.toString(), date.toString(), eventId);
        }
    }

    /**
     * The flows of a public pledge; {@code perUsd} answers units of a currency per US dollar on a date (empty without
     * a rate).
     */
    public static List<Flow> of(PublicPledge p, BiFunction<String, LocalDate, Optional<BigDecimal>> perUsd) {
        List<Flow> flows = new ArrayList<>();
        for (MoneyPath.PartPath path : MoneyPath.of(p)) {
            PublicPledge.Part part = path.part();
            String base = p.id() + ":" + part.memberCode();
            if (!p.isCommitted()) {
                flows.add(flow(p, part, base + ":pledged", PLEDGED, part.amount(), p.targetRef(), p.announcedOn(),
                        p.valueDate(), perUsd));
                continue;
            }
            for (MoneyPath.Portion portion : path.paid()) {
                flows.add(flow(p, part, base + ":paid:" + portion.index(), PAID, portion.amount(), portion.recipient(),
                        portion.date(), p.valueDate(), perUsd));
            }
            if (path.remaining().signum() > 0) {
                flows.add(flow(p, part, base + ":committed", COMMITTED, path.remaining(), p.targetRef(),
                        p.committedOn(), p.valueDate(), perUsd));
            }
        }
        return flows;
    }

    private static Flow flow(PublicPledge p, PublicPledge.Part part, String id, String status, BigDecimal amount,
            String recipient, LocalDate date, LocalDate rateDate, BiFunction<String, LocalDate, Optional<BigDecimal>> perUsd) {
        BigDecimal usd = perUsd.apply(part.currency(), rateDate)
                .map(rate -> amount.divide(rate, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN))
                .orElse(null);
        return new Flow(id, p.id(), status, part.memberCode(), part.memberName(), p.jointLabel(), p.targetKind(),
                p.targetRef(), p.targetName(), recipient, amount, part.currency(), usd, p.newMoney(), p.financeType(),
                p.verticals(), p.valueDate(), date, p.eventId());
    }
}
