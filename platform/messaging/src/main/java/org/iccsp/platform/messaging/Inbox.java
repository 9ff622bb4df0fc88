package org.iccsp.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer has processed. The insert runs in the consumer's own
 * transaction, so "processed" and the handler's effects commit or roll back together.
 */
@ApplicationScoped
public class Inbox {
    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** @return true the first time this consumer sees the event, false for every redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event) {
        int inserted = em.createNativeQuery("""
                insert into inbox_message (consumer, event_source, event_id, event_type)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, consumer).setParameter(2, event.source())
                .setParameter(3, event.id()).setParameter(4, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
