package org.iccsp.pledge.pledge.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the pledge book is asked to do, in its own terms; the api maps its request bodies to these. The
 * draft's components keep the request's names: its canonical JSON is the Idempotency-Key's hash.
 */
public final class PledgeCommands {
    private PledgeCommands() {
    }

    /** Draft a pledge; {@code memberCode} null means the caller's own government. */
    public record Draft(String memberCode, BigDecimal amount, String currency, LocalDate valueDate,
            List<Vertical> verticals, Target target, String eventId, String notes, Boolean newMoney,
            String jointLabel, List<Share> shares, Classification classification) {
    }

    /** Revise a draft: null components keep their value. */
    public record Revise(BigDecimal amount, String currency, LocalDate valueDate, List<Vertical> verticals,
            Target target, String eventId, String notes, Boolean newMoney, Classification classification) {
    }

    /**
     * Move a pledge along its lifecycle: {@code embargoId} (submit), {@code amount} and {@code date}
     * (disburse, with its {@code recipient}: an org-id, the pledge's target ref when null), {@code reason} (withdraw).
     */
    public record Transition(TransitionAction action, String embargoId, BigDecimal amount, LocalDate date,
            String reason, String recipient) {
    }

    /**
     * A pledge's IATI classification, each an IATI 2.03 codelist code ({@link IatiCodes}); a null component is the
     * default on a draft and keeps its value on a revision.
     */
    public record Classification(String financeType, String aidType, String flowType) {
    }

    /** What the pledge funds. */
    public record Target(TargetKind kind, String ref, String name) {
    }

    /** One member's share of a joint pledge, in its own currency. */
    public record Share(String memberCode, BigDecimal amount, String currency) {
    }
}
