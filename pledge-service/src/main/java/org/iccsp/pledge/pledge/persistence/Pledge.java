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
import org.iccsp.pledge.pledge.domain.PledgeStatus;

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

}
