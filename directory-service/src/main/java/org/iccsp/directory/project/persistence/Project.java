package org.iccsp.directory.project.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "organization_id", nullable = false)
    public String organizationId;

    @Column(nullable = false)
    public String title;

    public String description;

    /** {@code Sector} codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] sectors;

    public String country;

    public String city;

    /** Ids of partner organisations. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_ids", columnDefinition = "text[]", nullable = false)
    public String[] partnerIds;

    @Column(name = "cross_border", nullable = false)
    public boolean crossBorder;

    @Column(name = "beneficiaries_per_year")
    public Integer beneficiariesPerYear;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** A {@code ProjectStatus} code. */
    @Column(nullable = false)
    public String status;

    /** {@code active}, {@code deactivated} (shown to its organisation and admins only) or {@code erased}. */
    @Column(nullable = false)
    public String lifecycle = "active";

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
