package org.iccsp.events.organization.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** What the directory has told us about an organisation (learned from directory.organizations). */
@Entity
@Table(name = "known_organization")
public class KnownOrganization extends PanacheEntityBase {
    public static final String VERIFIED = "verified";

    @Id
    public String id;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(nullable = false)
    public String status;

    /** False while the directory has it deactivated (or erased): not to be registered on behalf of. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static boolean isVerified(String id) {
        KnownOrganization org = findById(id);
        return org != null && org.active && VERIFIED.equals(org.status);
    }
}
