package org.iccsp.pledge.embargo.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.iccsp.platform.web.ProblemException;

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

    /** A new embargo, sealed; {@code releaseAt} (optional) must be after {@code now}. */
    public static Embargo seal(String id, String name, OffsetDateTime releaseAt, String actor, OffsetDateTime now) {
        if (releaseAt != null && !releaseAt.isAfter(now)) {
            throw ProblemException.invalid("releaseAt", "must be in the future");
        }
        Embargo e = new Embargo();
        e.id = id;
        e.name = name;
        e.releaseAt = releaseAt;
        e.status = "sealed";
        e.createdBy = actor;
        e.createdAt = now;
        return e;
    }

    public boolean isSealed() {
        return "sealed".equals(status);
    }

    /** sealed -> released, once (409 the second time). */
    public void release(String actor, OffsetDateTime at) {
        if (!isSealed()) {
            throw ProblemException.conflict("embargo " + name + " was already released");
        }
        status = "released";
        releasedAt = at;
        releasedBy = actor;
    }
}
