package org.iccsp.notification.delivery.domain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.platform.observability.TraceContext;

/**
 * What the email and webhook dispatchers tell ops about each delivery attempt: a span in the trace
 * the notification was created in (so the send is part of the request that caused it, however much
 * later it happens), and {@code iccsp_notifications_total{channel, outcome}} with outcome sent,
 * retried (failed, another attempt is due) or failed (given up, or the endpoint is gone).
 */
@ApplicationScoped
public class DeliveryTelemetry {
    public static final String SENT = "sent";
    public static final String RETRIED = "retried";
    public static final String FAILED = "failed";
    static final String METER = "iccsp.notifications";

    private final Tracer tracer;
    private final TraceContext traces;
    private final MeterRegistry meters;

    public DeliveryTelemetry(Tracer tracer, TraceContext traces, MeterRegistry meters) {
        this.tracer = tracer;
        this.traces = traces;
        this.meters = meters;
        // every series exists from the start, so rates and alerts see zeros rather than nothing
        for (String channel : List.of(Notification.EMAIL, Notification.WEBHOOK)) {
            for (String outcome : List.of(SENT, RETRIED, FAILED)) {
                counter(channel, outcome);
            }
        }
    }

    /** Starts (not current yet) the span of one attempt to deliver {@code n}. */
    public Span start(Notification n, String name, SpanKind kind) {
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(traces.restore(n.traceContext))
                .setAttribute("iccsp.notification.id", n.id.toString())
                .setAttribute("iccsp.notification.channel", n.channel)
                .setAttribute("cloudevents.event_id", n.eventId)
                .setAttribute("cloudevents.event_type", n.eventType)
                .setAttribute("iccsp.delivery.attempt", n.attempts)
                .startSpan();
    }

    /** Counts the attempt's outcome and ends its span. */
    public void finish(Span span, Notification n, String outcome, String detail) {
        counter(n.channel, outcome).increment();
        span.setAttribute("iccsp.delivery.outcome", outcome);
        if (!SENT.equals(outcome)) {
            span.setStatus(StatusCode.ERROR, String.valueOf(detail));
        }
        span.end();
    }

    private Counter counter(String channel, String outcome) {
        return Counter.builder(METER).description("Email and webhook delivery attempts, by outcome")
                .tag("channel", channel).tag("outcome", outcome).register(meters);
    }
}
