package org.iccsp.pledge.member.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {
    /** ISO 3166-1 alpha-2, or EU. */
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** A {@code Bloc} code. */
    @Column(nullable = false)
    public String bloc;

    /** A {@code MembershipStatus} code. */
    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public boolean isConfidential() {
        return "confidential".equals(status);
    }

    public boolean isAnnounced() {
        return "announced".equals(status);
    }
}
