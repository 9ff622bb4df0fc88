package org.iccsp.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.iccsp.platform.observability.TraceContext;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. One relay at a time per database (an advisory lock), rows
 * taken in {@code seq} order with {@code FOR UPDATE SKIP LOCKED}, sent pipelined, and marked sent
 * only once the broker acknowledged them (acks=all). A failure stops the batch at that row, so
 * later rows of the same aggregate are never sent before it; they all go again on the next tick
 * (at-least-once: consumers deduplicate through the inbox).
 * <p>
 * Each row is relayed in an "outbox relay" span whose parent is the trace the row was written in
 * (docs/adr/0006); the Kafka connector's publish span is its child and carries the trace on in the
 * record's {@code traceparent} header.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant naming "the outbox relay" among advisory locks of this database. */
    static final long RELAY_LOCK = 0x1CC5_0B0FL;
    static final String CHANNEL = "iccsp-outbox";
    static final String SPAN = "outbox relay";

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final TraceContext traces;
    private final Tracer tracer;
    private final MeterRegistry meters;
    private final boolean enabled;
    private final int batchSize;
    private final long ackTimeoutMillis;

    public OutboxRelay(EntityManager em,
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048) MutinyEmitter<String> emitter,
            TraceContext traces, Tracer tracer, MeterRegistry meters,
            @ConfigProperty(name = "iccsp.outbox.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "iccsp.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "iccsp.outbox.ack-timeout-ms", defaultValue = "30000") long ackTimeoutMillis) {
        this.em = em;
        this.emitter = emitter;
        this.traces = traces;
        this.tracer = tracer;
        this.meters = meters;
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
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Span> spans = new ArrayList<>(batch.size());
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            Context relay = startSpan(row, now);
            spans.add(Span.fromContext(relay));
            acks.add(send(row, relay));
        }
        int sent = 0;
        try {
            for (int i = 0; i < batch.size(); i++) {
                OutboxEvent row = batch.get(i);
                row.attempts++;
                // both series of a topic exist from its first event, so rates and alerts see zeros
                Counter relayed = meters.counter("iccsp.outbox.relayed", "topic", row.topic);
                Counter failures = meters.counter("iccsp.outbox.relay.failures", "topic", row.topic);
                try {
                    acks.get(i).get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
                    row.sentAt = now;
                    row.lastError = null;
                    sent++;
                    relayed.increment();
                } catch (Exception e) {
                    row.lastError = String.valueOf(e.getMessage());
                    failures.increment();
                    spans.get(i).recordException(e).setStatus(StatusCode.ERROR, "not acknowledged: " + row.lastError);
                    LOG.warnf("outbox event %s to %s not acknowledged, stopping batch: %s", row.id, row.topic, row.lastError);
                    break;
                }
            }
        } finally {
            for (int i = sent + 1; i < spans.size(); i++) {
                spans.get(i).addEvent("batch stopped at an earlier row; relayed again on the next tick");
            }
            spans.forEach(Span::end);
        }
        return sent;
    }

    /** @return the context of a new relay span, child of the trace the row was written in */
    private Context startSpan(OutboxEvent row, OffsetDateTime now) {
        Context written = traces.restore(row.traceContext);
        Span span = tracer.spanBuilder(SPAN).setSpanKind(SpanKind.INTERNAL).setParent(written)
                .setAttribute("messaging.destination.name", row.topic)
                .setAttribute("cloudevents.event_id", row.id.toString())
                .setAttribute("cloudevents.event_type", row.eventType)
                .setAttribute("iccsp.outbox.seq", row.seq)
                .setAttribute("iccsp.outbox.wait_ms", Duration.between(row.createdAt, now).toMillis())
                .startSpan();
        return written.with(span);
    }

    private CompletableFuture<Void> send(OutboxEvent row, Context relay) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic).withKey(row.aggregateId).withHeaders(headers).build();
        // The connector's publish span (and the record's traceparent header) takes this as its parent.
        return emitter.sendMessage(Message.of(row.payload).addMetadata(metadata)
                        .addMetadata(TracingMetadata.withCurrent(relay)))
                .subscribeAsCompletionStage();
    }
}
