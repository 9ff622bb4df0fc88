package org.iccsp.platform.messaging;

import io.opentelemetry.api.trace.Span;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes the probe topic through the inbox and remembers the trace each event was handled in. */
@ApplicationScoped
public class ProbeConsumer {
    static final String NAME = "messaging-test.probe";

    private final IdempotentConsumer consumer;
    /** CloudEvent id → trace id current in the handler. */
    private final Map<String, String> handledIn = new ConcurrentHashMap<>();

    public ProbeConsumer(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("probe")
    @Blocking
    public void onRecord(String record) {
        consumer.consume(NAME, record, event -> handledIn.put(event.id(), Span.current().getSpanContext().getTraceId()));
    }

    /** @return the trace id the handler ran in, or null before the event was handled */
    public String traceOf(String eventId) {
        return handledIn.get(eventId);
    }
}
