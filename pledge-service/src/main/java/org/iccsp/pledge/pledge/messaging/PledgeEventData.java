package org.iccsp.pledge.pledge.messaging;

import java.util.List;

/**
 * Data of the pledge events; schemas in events/. Amounts are decimal strings. {@code memberCode} is
 * null while the member is confidential (its name reaches no one but itself, organisers and admins).
 * {@code submitterEmail} (the submitter's token {@code email} claim) lets notification-service send
 * the submitter, and nobody else, a receipt.
 */
public final class PledgeEventData {
    private PledgeEventData() {
    }

    public record Submitted(String pledgeId, String memberCode, String amount, String currency, String valueDate,
            List<String> verticals, String targetKind, String targetRef, String eventId, boolean newMoney,
            String jointLabel, List<Share> shares, String submittedBy, String submitterEmail) {
    }

    public record Announced(String pledgeId, String memberCode, String amount, String currency, String valueDate,
            List<String> verticals, String targetKind, String targetRef, String eventId, boolean newMoney,
            String jointLabel, List<Share> shares, String embargoId, String announcedAt) {
    }

    /** A member's share of a joint pledge (memberCode null while that member is confidential). */
    public record Share(String memberCode, String amount, String currency) {
    }

    public record Committed(String pledgeId, String memberCode, String amount, String currency, String committedBy) {
    }

    public record Disbursed(String pledgeId, String memberCode, String amount, String currency, String disbursedOn,
            String disbursedTotal, boolean fulfilled) {
    }

    public record Withdrawn(String pledgeId, String memberCode, String previousStatus, String reason) {
    }
}
