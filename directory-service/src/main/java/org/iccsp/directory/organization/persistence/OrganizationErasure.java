package org.iccsp.directory.organization.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.iccsp.directory.organization.domain.Erasure;

/** The erasure request and, once confirmed, the tombstone of an organisation. */
@Entity
@Table(name = "organization_erasure")
public class OrganizationErasure extends PanacheEntityBase {
    @Id
    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Column(name = "legal_basis")
    public String legalBasis;

    public Erasure toDomain() {
        return new Erasure(organizationId, requestedBy, requestedAt, confirmedBy, erasedAt, legalBasis);
    }

    public void set(Erasure erasure) {
        organizationId = erasure.organizationId();
        requestedBy = erasure.requestedBy();
        requestedAt = erasure.requestedAt();
        confirmedBy = erasure.confirmedBy();
        erasedAt = erasure.erasedAt();
        legalBasis = erasure.legalBasis();
    }
}
