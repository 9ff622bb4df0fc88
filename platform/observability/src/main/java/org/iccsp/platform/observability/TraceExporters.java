package org.iccsp.platform.observability;

import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Where finished spans go, chosen at run time by {@code iccsp.tracing.exporter}: {@code otlp} (the
 * default: Quarkus' own OTLP exporter, configured by the standard {@code quarkus.otel.exporter.otlp.*}
 * properties), {@code log} (one log line per span, so a local stack needs no collector) or {@code none}
 * (spans are still made, so trace context still propagates, but go nowhere: the tests).
 * <p>
 * Quarkus fixes its exporter type at build time; a {@link SpanExporter} bean that is resolvable at run
 * time takes the OTLP exporter's place (Quarkus then leaves its own out), hence the lookup conditions.
 */
@ApplicationScoped
public class TraceExporters {
    public static final String PROPERTY = "iccsp.tracing.exporter";

    @Produces
    @Singleton
    @LookupIfProperty(name = PROPERTY, stringValue = "log")
    SpanExporter logged() {
        return LoggingSpanExporter.create();
    }

    @Produces
    @Singleton
    @LookupIfProperty(name = PROPERTY, stringValue = "none")
    SpanExporter discarded() {
        return SpanExporter.composite(List.of());
    }
}
