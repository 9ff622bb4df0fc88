package org.iccsp.pledge.pledge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/** One member's share of a joint pledge, in that member's own currency. */
@Entity
@Table(name = "pledge_share")
public class PledgeShare extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "pledge_id", nullable = false)
    public String pledgeId;

    @Column(name = "member_code", nullable = false)
    public String memberCode;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    public static List<PledgeShare> of(String pledgeId) {
        return list("pledgeId = ?1 order by id", pledgeId);
    }
}
