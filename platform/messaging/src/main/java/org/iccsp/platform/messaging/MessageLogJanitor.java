package org.iccsp.platform.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sent outbox rows are kept as a message log for a while, inbox rows long enough to outlive any
 * redelivery (offsets reset, DLQ replays); then both are pruned.
 */
@ApplicationScoped
public class MessageLogJanitor {
    private final EntityManager em;
    private final int outboxRetentionDays;
    private final int inboxRetentionDays;

    public MessageLogJanitor(EntityManager em,
            @ConfigProperty(name = "iccsp.outbox.retention-days", defaultValue = "7") int outboxRetentionDays,
            @ConfigProperty(name = "iccsp.inbox.retention-days", defaultValue = "30") int inboxRetentionDays) {
        this.em = em;
        this.outboxRetentionDays = outboxRetentionDays;
        this.inboxRetentionDays = inboxRetentionDays;
    }

    @Scheduled(identity = "message-log-janitor", every = "1h", delayed = "1m")
    @Transactional
    void prune() {
        em.createNativeQuery("delete from outbox_event where sent_at < now() - make_interval(days => ?1)")
                .setParameter(1, outboxRetentionDays).executeUpdate();
        em.createNativeQuery("delete from inbox_message where received_at < now() - make_interval(days => ?1)")
                .setParameter(1, inboxRetentionDays).executeUpdate();
    }
}
