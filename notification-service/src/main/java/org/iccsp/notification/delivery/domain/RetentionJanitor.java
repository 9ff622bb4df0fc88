package org.iccsp.notification.delivery.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Purges what is past its retention: read and unread in-app notices, delivered emails and webhooks,
 * and failed deliveries once their last attempt is older than the failed-delivery retention (so a
 * delivery an admin replayed recently stays). Pending deliveries are never purged. Attempts go with
 * their delivery (foreign key on delete cascade). Several instances may run it at once: rows are
 * taken with SKIP LOCKED, in batches of their own transactions.
 */
@ApplicationScoped
public class RetentionJanitor {
    private static final Logger LOG = Logger.getLogger(RetentionJanitor.class);

    private final EntityManager em;
    private final Retention retention;
    private final Clock clock;

    public RetentionJanitor(EntityManager em, Retention retention, Clock clock) {
        this.em = em;
        this.retention = retention;
        this.clock = clock;
    }

    /** What one purge removed. */
    public record Purged(int readNotices, int unreadNotices, int deliveries, int failedDeliveries) {
    }

    @Scheduled(identity = "notification-retention", every = "${iccsp.retention.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Purged purged = purge(OffsetDateTime.now(clock));
            if (purged.readNotices() + purged.unreadNotices() + purged.deliveries() + purged.failedDeliveries() > 0) {
                LOG.infof("retention purged %s", purged);
            }
        } catch (RuntimeException e) {
            LOG.warnf("retention purge failed, will retry next time: %s", e.getMessage());
        }
    }

    public Purged purge(OffsetDateTime now) {
        return new Purged(
                purge("channel = 'in-app' and read_at < ?1", now.minus(retention.readNotices())),
                purge("channel = 'in-app' and read_at is null and created_at < ?1", now.minus(retention.unreadNotices())),
                purge("channel <> 'in-app' and status = 'sent' and sent_at < ?1", now.minus(retention.deliveries())),
                purge("""
                        channel <> 'in-app' and status = 'failed' and created_at < ?1 and not exists
                        (select 1 from delivery_attempt a where a.notification_id = n.id and a.attempted_at >= ?1)""",
                        now.minus(retention.failedDeliveries())));
    }

    private int purge(String condition, OffsetDateTime cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "delete from notification where id in (select n.id from notification n where " + condition
                            + " limit ?2 for update skip locked)")
                    .setParameter(1, cutoff).setParameter(2, retention.batchSize()).executeUpdate());
            total += deleted;
        } while (deleted == retention.batchSize());
        return total;
    }
}
