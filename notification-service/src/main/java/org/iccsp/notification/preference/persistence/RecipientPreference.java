package org.iccsp.notification.preference.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recipient's (email address's) language and opted-out categories, with their unsubscribe token. */
@Entity
@Table(name = "recipient_preference")
public class RecipientPreference extends PanacheEntityBase {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    public String recipient;
    @Column(nullable = false)
    public String language;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "opted_out", nullable = false, columnDefinition = "text[]")
    public String[] optedOut;
    @Column(name = "unsubscribe_token", nullable = false)
    public String unsubscribeToken;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    /** Bumped on every change ({@link #changed}): the ETag of the preferences. */
    @Column(nullable = false)
    public long version;

    /** Records a change: a new version (so a new ETag) and the time. */
    public void changed(OffsetDateTime now) {
        version++;
        updatedAt = now;
    }

    public static RecipientPreference byToken(String token) {
        return find("unsubscribeToken", token).firstResult();
    }

    /** The recipient's row, created with defaults (English, nothing opted out) on first use. */
    public static RecipientPreference of(String recipient) {
        getEntityManager().createNativeQuery("""
                insert into recipient_preference (recipient, unsubscribe_token) values (?1, ?2)
                on conflict (recipient) do nothing""")
                .setParameter(1, recipient).setParameter(2, newToken()).executeUpdate();
        return findById(recipient);
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
