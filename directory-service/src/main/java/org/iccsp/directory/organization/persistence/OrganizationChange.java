package org.iccsp.directory.organization.persistence;

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

/** One changed field of an organisation: who, when, old and new value (JSON text). */
@Entity
@Table(name = "organization_change")
public class OrganizationChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String field;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_value", columnDefinition = "jsonb")
    public String oldValue;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_value", columnDefinition = "jsonb")
    public String newValue;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    public static List<OrganizationChange> of(String organizationId) {
        return list("organizationId = ?1 order by id", organizationId);
    }

    /** Up to {@code rows} changes after the one with id {@code afterId}, oldest first (keyset by id). */
    public static List<OrganizationChange> page(String organizationId, long afterId, int rows) {
        return find("organizationId = ?1 and id > ?2 order by id", organizationId, afterId).page(0, rows).list();
    }
}
