package org.iccsp.pledge.pledge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iccsp.pledge.pledge.domain.Money;
import org.iccsp.pledge.pledge.domain.PledgeStatus;
import org.iccsp.platform.web.ProblemException;

@Entity
@Table(name = "pledge")
public class Pledge extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "member_code", nullable = false)
    public String memberCode;

    @Convert(converter = PledgeStatusConverter.class)
    @Column(nullable = false)
    public PledgeStatus status;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "value_date", nullable = false)
    public LocalDate valueDate;

    /** {@code Vertical} codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] verticals;

    /** A {@code TargetKind} code. */
    @Column(name = "target_kind", nullable = false)
    public String targetKind;

    @Column(name = "target_ref", nullable = false)
    public String targetRef;

    @Column(name = "target_name")
    public String targetName;

    /** Set on a joint pledge (its shares are {@code PledgeShare} rows); null on a single member's pledge. */
    @Column(name = "joint_label")
    public String jointLabel;

    @Column(name = "event_id")
    public String eventId;

    public String notes;

    @Column(name = "new_money", nullable = false)
    public boolean newMoney;

    /** IATI FinanceType code (110 standard grant, 421 standard loan, ...); see {@code IatiCodes}. */
    @Column(name = "finance_type", nullable = false)
    public String financeType;

    /** IATI AidType code (C01 project-type interventions, ...). */
    @Column(name = "aid_type", nullable = false)
    public String aidType;

    /** IATI FlowType code (10 ODA, ...). */
    @Column(name = "flow_type", nullable = false)
    public String flowType;

    @Column(name = "embargo_id")
    public String embargoId;

    /** Waiting under an unreleased embargo: only its own government and admins may know of it. */
    @Column(nullable = false)
    public boolean sealed;

    @Column(name = "disbursed_total", nullable = false)
    public BigDecimal disbursedTotal;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;

    @Version
    public long version;

    // The lifecycle: draft -> submitted -> announced -> committed -> disbursed -> fulfilled, or withdrawn.
    // Each method checks that its transition is allowed (409 otherwise) before it changes anything.

    /** draft -> submitted; sealed when submitted under an embargo (its id, or null). */
    public void submit(String sealedUnder) {
        requireStatus("submit", PledgeStatus.DRAFT);
        if (sealedUnder != null) {
            embargoId = sealedUnder;
            sealed = true;
        }
        status = PledgeStatus.SUBMITTED;
    }

    /** submitted and not sealed -> announced, by hand. */
    public void announce(OffsetDateTime at) {
        requireStatus("announce", PledgeStatus.SUBMITTED);
        if (sealed) {
            throw ProblemException.conflict(
                    "the pledge is sealed under an embargo: it is announced when the embargo is released");
        }
        markAnnounced(at);
    }

    /** submitted and sealed -> announced, by its embargo's release. */
    public void announceOnRelease(OffsetDateTime at) {
        requireStatus("announce", PledgeStatus.SUBMITTED);
        if (!sealed) {
            throw ProblemException.conflict("the pledge is not sealed under an embargo");
        }
        markAnnounced(at);
    }

    private void markAnnounced(OffsetDateTime at) {
        status = PledgeStatus.ANNOUNCED;
        sealed = false;
        announcedAt = at;
        updatedAt = at;
    }

    /** announced -> committed. */
    public void commit() {
        requireStatus("commit", PledgeStatus.ANNOUNCED);
        status = PledgeStatus.COMMITTED;
    }

    /**
     * committed or disbursed -> disbursed, or fulfilled once the disbursements reach the amount.
     *
     * @return the disbursed amount in the currency's minor units
     */
    public BigDecimal disburse(BigDecimal disbursed, LocalDate on, LocalDate today) {
        requireStatus("disburse", PledgeStatus.COMMITTED, PledgeStatus.DISBURSED);
        BigDecimal checked = Money.checkAmount("amount", disbursed, currency);
        if (on == null) {
            throw ProblemException.invalid("date", "the disbursement's date is required");
        }
        if (on.isAfter(today)) {
            throw ProblemException.invalid("date", "a disbursement is recorded once made: must not be in the future");
        }
        BigDecimal remaining = amount.subtract(disbursedTotal);
        if (checked.compareTo(remaining) > 0) {
            throw ProblemException.unprocessable("amount", "exceeds what remains to disburse: "
                    + remaining.toPlainString() + " " + currency);
        }
        disbursedTotal = disbursedTotal.add(checked);
        status = disbursedTotal.compareTo(amount) == 0 ? PledgeStatus.FULFILLED : PledgeStatus.DISBURSED;
        return checked;
    }

    /**
     * Any non-final state -> withdrawn, with a reason.
     *
     * @return whether the withdrawal is news: false for a draft or a still-sealed pledge, never known outside
     */
    public boolean withdraw(String reason) {
        if (status.isFinal()) {
            throw illegal("withdraw");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "a reason is required to withdraw a pledge");
        }
        boolean published = status != PledgeStatus.DRAFT && !sealed;
        status = PledgeStatus.WITHDRAWN;
        withdrawalReason = reason.strip();
        return published;
    }

    /** 409 unless the pledge is in one of the states that allow {@code action}. */
    public void requireStatus(String action, PledgeStatus... allowed) {
        for (PledgeStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw illegal(action);
    }

    private ProblemException illegal(String action) {
        return ProblemException.conflict("cannot " + action + " a pledge that is " + status.code());
    }
}
