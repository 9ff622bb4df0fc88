package org.iccsp.events.feed.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal feed token: whose registrations it shows; the secret itself is kept only as its SHA-256. */
@Entity
@Table(name = "feed_token")
public class FeedToken extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String subject;

    @Column(name = "token_sha256", nullable = false)
    public String tokenSha256;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Version
    public long version;

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
