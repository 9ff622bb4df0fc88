package org.iccsp.pledge.embargo.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Seals submitted pledges until it is released: at {@code releaseAt}, or when an admin fires it by name. */
@Entity
@Table(name = "embargo")
public class Embargo extends PanacheEntityBase {
    @Id
    public String id;

    /** The trigger's name, e.g. "ceasefire-announced". */
    @Column(nullable = false)
    public String name;

    @Column(name = "release_at")
    public OffsetDateTime releaseAt;

    /** sealed or released */
    @Column(nullable = false)
    public String status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "released_at")
    public OffsetDateTime releasedAt;

    @Version
    public long version;

    public boolean isSealed() {
        return "sealed".equals(status);
    }
}
