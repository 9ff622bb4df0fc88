package org.iccsp.platform.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. One relay at a time per database (an advisory lock), rows
 * taken in {@code seq} order with {@code FOR UPDATE SKIP LOCKED}, sent pipelined, and marked sent
 * only once the broker acknowledged them (acks=all). A failure stops the batch at that row, so
 * later rows of the same aggregate are never sent before it; they all go again on the next tick
 * (at-least-once: consumers deduplicate through the inbox).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming "the outbox relay" among advisory locks of this database. */
    private static final long RELAY_LOCK = 0x1CC5_0B0FL;
    static final String CHANNEL = "iccsp-outbox";

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final boolean enabled;
    private final int batchSize;
    private final long ackTimeoutMillis;

    public OutboxRelay(EntityManager em,
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048) MutinyEmitter<String> emitter,
            @ConfigProperty(name = "iccsp.outbox.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "iccsp.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "iccsp.outbox.ack-timeout-ms", defaultValue = "30000") long ackTimeoutMillis) {
        this.em = em;
        this.emitter = emitter;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.ackTimeoutMillis = ackTimeoutMillis;
    }

    /** Relays until the outbox is drained; called every tick by {@link OutboxRelayTrigger}. */
    void drain() {
        // No demand means the Kafka sink is saturated (or not subscribed yet): wait for the next tick.
        if (!enabled || !emitter.hasRequests()) {
            return;
        }
        try {
            while (relayBatch() == batchSize) {
                // a full batch means more may be waiting: drain before sleeping
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay tick failed, will retry: %s", e.getMessage());
        }
    }

    /** @return how many rows were acknowledged and marked sent */
    @Transactional
    public int relayBatch() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0; // another instance is relaying
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery("""
                select * from outbox_event where sent_at is null
                order by seq limit ?1 for update skip locked""", OutboxEvent.class)
                .setParameter(1, batchSize).getResultList();
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            acks.add(send(row));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            row.attempts++;
            try {
                acks.get(i).get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
                row.sentAt = now;
                row.lastError = null;
                sent++;
            } catch (Exception e) {
                row.lastError = String.valueOf(e.getMessage());
                LOG.warnf("outbox event %s to %s not acknowledged, stopping batch: %s", row.id, row.topic, row.lastError);
                break;
            }
        }
        return sent;
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic).withKey(row.aggregateId).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(row.payload).addMetadata(metadata))
                .subscribeAsCompletionStage();
    }
}
