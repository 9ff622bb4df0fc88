package org.iccsp.pledge.pledge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A public event of a pledge that was not public when it happened (one of its members not announced), kept until
 * its members are all announced; {@code id} keeps the order it happened in.
 */
@Entity
@Table(name = "pledge_withheld_event")
public class WithheldEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pledge_id", nullable = false)
    public String pledgeId;

    /** The CloudEvent type, e.g. org.iccsp.pledges.pledge.announced.v1. */
    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The event's data, as it would have been published. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public String data;

    @Column(name = "withheld_at", nullable = false)
    public OffsetDateTime withheldAt;

    public static List<WithheldEvent> of(String pledgeId) {
        return list("pledgeId = ?1 order by id", pledgeId);
    }
}
