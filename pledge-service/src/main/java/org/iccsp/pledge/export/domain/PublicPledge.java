package org.iccsp.pledge.export.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A pledge as the open-data exports publish it: public (announced or later, not sealed, every member announced),
 * with its members' parts and its money's path (commitment and disbursements). Nothing else is ever read into one.
 *
 * @param parts one per member: the whole pledge for a single member's pledge, each share of a joint one
 * @param committedOn the day it was committed, null while only announced
 */
public record PublicPledge(String id, String status, BigDecimal amount, String currency, LocalDate valueDate,
        List<String> verticals, String targetKind, String targetRef, String targetName, String eventId,
        boolean newMoney, String financeType, String aidType, String flowType, String jointLabel,
        List<Part> parts, OffsetDateTime announcedAt, LocalDate committedOn, List<Disbursement> disbursements,
        OffsetDateTime updatedAt) {

    /** One member's part, in its own currency. */
    public record Part(String memberCode, String memberName, BigDecimal amount, String currency) {
    }

    /** A disbursement of the pledge (in the pledge's currency) to its recipient (an org-id). */
    public record Disbursement(BigDecimal amount, LocalDate date, String recipient) {
    }

    public boolean isJoint() {
        return jointLabel != null;
    }

    public boolean isCommitted() {
        return !"announced".equals(status);
    }

    public LocalDate announcedOn() {
        return announcedAt.toLocalDate();
    }
}
