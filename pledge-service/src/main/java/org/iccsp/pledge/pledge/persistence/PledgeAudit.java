package org.iccsp.pledge.pledge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a pledge's audit trail: a transition, a disbursement or a draft revision. */
@Entity
@Table(name = "pledge_audit")
public class PledgeAudit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pledge_id", nullable = false)
    public String pledgeId;

    /** create, revise, submit, announce, commit, disburse, withdraw, release */
    @Column(nullable = false)
    public String action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    @Column(nullable = false)
    public String actor;

    /** The actor's display name when the change was made (null on older lines and for the service itself). */
    @Column(name = "actor_name")
    public String actorName;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String reason;

    public BigDecimal amount;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    /** For a disbursement, who received it: an org-id (a directory organisation or project). */
    public String recipient;

    /** For a revision, the draft's values before it (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String previous;

    public static List<PledgeAudit> trailOf(String pledgeId) {
        return list("pledgeId = ?1 order by id", pledgeId);
    }
}
