package org.iccsp.notification.delivery.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The delivery log: one row per attempt to deliver a notification. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "notification_id", nullable = false)
    public UUID notificationId;
    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;
    @Column(nullable = false)
    public String outcome;
    public String detail;

    public static void log(UUID notificationId, String outcome, String detail, OffsetDateTime at) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.notificationId = notificationId;
        attempt.attemptedAt = at;
        attempt.outcome = outcome;
        attempt.detail = detail;
        attempt.persist();
    }
}
