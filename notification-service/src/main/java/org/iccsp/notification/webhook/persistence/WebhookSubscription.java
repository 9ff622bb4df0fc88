package org.iccsp.notification.webhook.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An endpoint that receives the CloudEvents of its categories, signed with its secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
    public static final String ACTIVE = "active";
    public static final String DISABLED = "disabled";

    @Id
    public UUID id;
    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;
    @Column(nullable = false)
    public String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] categories;
    /** The owner's roles (government, organizer, admin) when they last saved it: see EventAudience. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "owner_roles", nullable = false, columnDefinition = "text[]")
    public String[] ownerRoles;
    @Column(nullable = false)
    public String secret;
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_until")
    public OffsetDateTime previousSecretUntil;
    @Column(nullable = false)
    public String status;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    /** Bumped on every change ({@link #changed}): the ETag of the subscription's representation. */
    @Column(nullable = false)
    public long version;

    @SuppressWarnings("unchecked")
    public static List<WebhookSubscription> activeFor(String category) {
        return getEntityManager().createNativeQuery("""
                select * from webhook_subscription where status = 'active' and ?1 = any(categories) order by id""",
                WebhookSubscription.class).setParameter(1, category).getResultList();
    }

    /** The secrets to sign with now: the current one, and the previous one while it is still valid. */
    public List<String> signingSecrets(OffsetDateTime now) {
        return previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    public void disable(String reason, OffsetDateTime now) {
        status = DISABLED;
        disabledReason = reason;
        changed(now);
    }

    /** Records a change: a new version (so a new ETag) and the time. */
    public void changed(OffsetDateTime now) {
        version++;
        updatedAt = now;
    }
}
