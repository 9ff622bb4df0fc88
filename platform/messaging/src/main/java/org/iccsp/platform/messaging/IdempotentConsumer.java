package org.iccsp.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs an event handler exactly once per CloudEvent (source + id) for a named consumer.
 * Poison records fail at once so the connector moves them to the DLQ; other failures (a database
 * restart, say) are retried with backoff before giving up, so a passing outage does not dead-letter
 * good events, and the partition waits rather than skipping ahead.
 * <p>
 * The handler runs in a "process" span, a child of the trace the record carried (its
 * {@code traceparent} header), and current while it runs: whatever the handler stores for later
 * (a notification) can capture it with {@code TraceContext}.
 */
@ApplicationScoped
public class IdempotentConsumer {
    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final CloudEventCodec codec;
    private final Inbox inbox;
    private final MeterRegistry meters;
    private final Tracer tracer;
    private final int maxAttempts;
    private final long firstBackoffMillis;

    public IdempotentConsumer(CloudEventCodec codec, Inbox inbox, MeterRegistry meters, Tracer tracer,
            @ConfigProperty(name = "iccsp.inbox.max-attempts", defaultValue = "8") int maxAttempts,
            @ConfigProperty(name = "iccsp.inbox.first-backoff-ms", defaultValue = "500") long firstBackoffMillis) {
        this.codec = codec;
        this.inbox = inbox;
        this.meters = meters;
        this.tracer = tracer;
        this.maxAttempts = maxAttempts;
        this.firstBackoffMillis = firstBackoffMillis;
    }

    /**
     * @param consumer a stable name for this consumer (the inbox is keyed on it)
     * @param record   the Kafka record value: a structured-mode CloudEvent
     * @return true if the handler ran, false if the event was a duplicate
     */
    public boolean consume(String consumer, String record, Consumer<CloudEvent> handler) {
        Span span = tracer.spanBuilder("process " + consumer).setSpanKind(SpanKind.CONSUMER)
                .setParent(Context.current()).setAttribute("messaging.consumer.group.name", consumer).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            CloudEvent event = codec.decode(record);
            span.setAttribute("cloudevents.event_id", event.id()).setAttribute("cloudevents.event_source", event.source())
                    .setAttribute("cloudevents.event_type", event.type());
            boolean handled = consumeWithRetries(consumer, event, handler);
            span.setAttribute("iccsp.inbox.outcome", handled ? "handled" : "duplicate");
            return handled;
        } catch (RuntimeException e) {
            span.recordException(e).setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
            throw e;
        } finally {
            span.end();
        }
    }

    private boolean consumeWithRetries(String consumer, CloudEvent event, Consumer<CloudEvent> handler) {
        // all three series of the consumer exist from its first event, so rates and alerts see zeros
        Counter handledEvents = meters.counter("iccsp.inbox.handled", "consumer", consumer);
        Counter duplicates = meters.counter("iccsp.inbox.duplicates", "consumer", consumer);
        Counter retries = meters.counter("iccsp.inbox.retries", "consumer", consumer);
        for (int attempt = 1;; attempt++) {
            try {
                boolean handled = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                (handled ? handledEvents : duplicates).increment();
                if (!handled) {
                    LOG.debugf("%s dropped duplicate %s", consumer, event.dedupeKey());
                }
                return handled;
            } catch (PoisonMessageException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                long backoff = Math.min(30_000, firstBackoffMillis << (attempt - 1));
                retries.increment();
                Span.current().addEvent("retrying after failure: " + e.getMessage());
                LOG.warnf("%s failed on %s (attempt %d), retrying in %d ms: %s", consumer, event.dedupeKey(),
                        attempt, backoff, e.getMessage());
                sleep(backoff);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
