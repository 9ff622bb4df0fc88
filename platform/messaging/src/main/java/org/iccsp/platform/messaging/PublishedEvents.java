package org.iccsp.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counts the business events a service publishes, by CloudEvent type ({@code iccsp_events_published_total}):
 * pledges submitted or announced, registrations confirmed or waitlisted… Counted when the transaction
 * that wrote them commits, so a rolled-back change counts nothing.
 */
@ApplicationScoped
public class PublishedEvents {
    static final String METER = "iccsp.events.published";

    private final MeterRegistry meters;
    private final TransactionSynchronizationRegistry transactions;

    public PublishedEvents(MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
        this.meters = meters;
        this.transactions = transactions;
    }

    void countOnCommit(String type) {
        Counter counter = Counter.builder(METER).description("Business events committed to the outbox, by type")
                .tag("type", type).register(meters);
        AfterCommit.run(transactions, counter::increment);
    }
}
