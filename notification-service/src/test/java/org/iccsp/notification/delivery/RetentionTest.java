package org.iccsp.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.iccsp.notification.delivery.domain.Retention;
import org.iccsp.notification.delivery.domain.RetentionJanitor;
import org.iccsp.notification.delivery.persistence.DeliveryAttempt;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.Test;

/**
 * Retention with the defaults (read notices 30 days, unread 180, deliveries 30, failed deliveries 90
 * after their last attempt): rows on both sides of each line, purged by one run of the janitor.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    @Inject
    RetentionJanitor janitor;

    @Inject
    Retention retention;

    static OffsetDateTime daysAgo(int days) {
        return NOW.minusDays(days);
    }

    /** A row as the service writes it, backdated; attempts at the given times. */
    static UUID row(String channel, String status, OffsetDateTime createdAt, OffsetDateTime sentAt,
            OffsetDateTime readAt, OffsetDateTime... attempts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.eventSource = "/iccsp/test";
            n.eventId = UUID.randomUUID().toString();
            n.eventType = "org.iccsp.test.thing.happened.v1";
            n.category = "registrations";
            n.channel = channel;
            n.recipient = "retention-" + n.id + "@example.org";
            n.language = "en";
            n.subject = "s";
            n.bodyText = "b";
            n.status = status;
            n.attempts = attempts.length;
            n.nextAttemptAt = status.equals(Notification.PENDING) ? NOW.plusDays(1) : createdAt;
            n.createdAt = createdAt;
            n.sentAt = sentAt;
            n.readAt = readAt;
            n.persist();
            for (OffsetDateTime at : attempts) {
                DeliveryAttempt a = new DeliveryAttempt();
                a.notificationId = n.id;
                a.attemptedAt = at;
                a.outcome = "retry";
                a.persist();
            }
            return n.id;
        });
    }

    static boolean exists(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.findById(id) != null);
    }

    static long attempts(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> DeliveryAttempt.count("notificationId", id));
    }

    @Test
    void theDefaultsAreWhatTheReadmeSays() {
        assertEquals(Duration.ofDays(30), retention.readNotices());
        assertEquals(Duration.ofDays(180), retention.unreadNotices());
        assertEquals(Duration.ofDays(30), retention.deliveries());
        assertEquals(Duration.ofDays(90), retention.failedDeliveries());
    }

    @Test
    void oldNoticesAndDeliveriesArePurgedWithTheirAttemptsAndFailedOnesStayWhileStillReplayable() {
        UUID readLongAgo = row(Notification.IN_APP, Notification.SENT, daysAgo(60), daysAgo(60), daysAgo(31));
        UUID readRecently = row(Notification.IN_APP, Notification.SENT, daysAgo(60), daysAgo(60), daysAgo(29));
        UUID unreadOld = row(Notification.IN_APP, Notification.SENT, daysAgo(181), daysAgo(181), null);
        UUID unreadYounger = row(Notification.IN_APP, Notification.SENT, daysAgo(179), daysAgo(179), null);
        UUID emailDelivered = row(Notification.EMAIL, Notification.SENT, daysAgo(40), daysAgo(31), null, daysAgo(31));
        UUID webhookRecent = row(Notification.WEBHOOK, Notification.SENT, daysAgo(40), daysAgo(29), null, daysAgo(29));
        UUID failedLongAgo = row(Notification.EMAIL, Notification.FAILED, daysAgo(100), null, null, daysAgo(95),
                daysAgo(91));
        UUID failedReplayedRecently = row(Notification.WEBHOOK, Notification.FAILED, daysAgo(100), null, null,
                daysAgo(95), daysAgo(5));
        UUID failedYoung = row(Notification.EMAIL, Notification.FAILED, daysAgo(40), null, null, daysAgo(40));
        UUID pendingAncient = row(Notification.EMAIL, Notification.PENDING, daysAgo(400), null, null, daysAgo(399));

        RetentionJanitor.Purged purged = janitor.purge(NOW);

        for (UUID gone : List.of(readLongAgo, unreadOld, emailDelivered, failedLongAgo)) {
            assertFalse(exists(gone), "purged: " + gone);
            assertEquals(0, attempts(gone), "its attempt log goes with it");
        }
        for (UUID kept : List.of(readRecently, unreadYounger, webhookRecent, failedReplayedRecently, failedYoung,
                pendingAncient)) {
            assertTrue(exists(kept), "kept: " + kept);
        }
        assertEquals(2, attempts(failedReplayedRecently), "a kept delivery keeps its whole log");
        assertEquals(1, purged.readNotices());
        assertEquals(1, purged.unreadNotices());
        assertEquals(1, purged.deliveries());
        assertEquals(1, purged.failedDeliveries());
        assertEquals(new RetentionJanitor.Purged(0, 0, 0, 0), janitor.purge(NOW), "a second run finds nothing");
    }
}
