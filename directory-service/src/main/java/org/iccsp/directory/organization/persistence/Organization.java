package org.iccsp.directory.organization.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.iccsp.directory.organization.domain.Contact;
import org.iccsp.directory.organization.domain.OrganizationLifecycle;
import org.iccsp.directory.organization.domain.OrganizationStatus;
import org.iccsp.directory.organization.domain.Visibility;

@Entity
@Table(name = "organization")
public class Organization extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_ar")
    public String nameAr;

    @Column(name = "name_he")
    public String nameHe;

    public String description;

    /** An {@code OrganizationType} code. */
    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String country;

    public String city;

    public String website;

    /** Null once erased. */
    @Column(name = "contact_email")
    public String contactEmail;

    /** {@code Sector} codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] sectors;

    /** ISO 639-1 codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] languages;

    /** Network memberships as recorded facts (e.g. ALLMEP). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] networks;

    /** org-id.guide identifiers, e.g. IL-RA-580197770. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "registry_ids", columnDefinition = "text[]", nullable = false)
    public String[] registryIds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Contact> contacts;

    /** Explicit per-field choices; see {@link Visibility#of}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "field_visibility", columnDefinition = "jsonb", nullable = false)
    public Map<String, Visibility> fieldVisibility;

    @Column(name = "public_listing", nullable = false)
    public boolean publicListing;

    /** The admin's reason for the last verification decision (required for a rejection). */
    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Convert(converter = OrganizationStatusConverter.class)
    @Column(nullable = false)
    public OrganizationStatus status;

    @Convert(converter = LifecycleConverter.class)
    @Column(nullable = false)
    public OrganizationLifecycle lifecycle = OrganizationLifecycle.ACTIVE;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
