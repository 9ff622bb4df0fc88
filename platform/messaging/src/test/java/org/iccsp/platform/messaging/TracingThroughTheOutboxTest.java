package org.iccsp.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.iccsp.platform.testing.KafkaBroker;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/**
 * A trace started by a caller survives the outbox: the request that wrote the event, the relay that
 * published it, the Kafka record (traceparent header) and the consumer's handler share one trace id.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class TracingThroughTheOutboxTest {
    @Inject
    ProbeConsumer consumer;
    @Inject
    RecordedSpans spans;
    @Inject
    Outbox outbox;

    static String newTraceId() {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void theCallersTraceReachesTheRecordAndTheConsumer() {
        String traceId = newTraceId();
        String key = "traced-" + UUID.randomUUID();
        String eventId = given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .when().post("/probe/" + key).then().statusCode(200).extract().asString();

        ConsumerRecord<String, String> record = new TopicProbe(KafkaBroker.shared().bootstrapServers())
                .await(ProbeResource.TOPIC, r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        String traceparent = header(record, "traceparent");
        assertTrue(traceparent != null && traceparent.startsWith("00-" + traceId + "-"),
                "the record carries the caller's trace: " + traceparent);

        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.traceOf(eventId) != null);
        assertEquals(traceId, consumer.traceOf(eventId), "the handler runs in the caller's trace");

        await().atMost(Duration.ofSeconds(10)).until(() -> spanNamed(traceId, "process " + ProbeConsumer.NAME) != null);
        SpanData server = spans.ofTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        SpanData relay = spanNamed(traceId, OutboxRelay.SPAN);
        SpanData process = spanNamed(traceId, "process " + ProbeConsumer.NAME);
        assertEquals(server.getSpanId(), relay.getParentSpanId(), "the relay span is a child of the request");
        assertEquals(eventId, relay.getAttributes().asMap().entrySet().stream()
                .filter(e -> e.getKey().getKey().equals("cloudevents.event_id")).findFirst().orElseThrow().getValue());
        SpanData publish = spans.ofTrace(traceId).stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertEquals(relay.getSpanId(), publish.getParentSpanId(), "the connector publishes inside the relay span");
        assertTrue(process.getEndEpochNanos() > relay.getStartEpochNanos());
    }

    @Test
    void anEventWrittenOutsideAnyTraceStartsOneAtTheRelay() {
        String key = "untraced-" + UUID.randomUUID();
        String eventId = QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(ProbeResource.PUBLISHED, "probe", key, new ProbeResource.Probe(key)).id());

        ConsumerRecord<String, String> record = new TopicProbe(KafkaBroker.shared().bootstrapServers())
                .await(ProbeResource.TOPIC, r -> key.equals(r.key()), 1, Duration.ofSeconds(30)).get(0);
        String traceparent = header(record, "traceparent");
        assertTrue(traceparent != null, "the relay starts a trace");
        String traceId = traceparent.split("-")[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.traceOf(eventId) != null);
        assertEquals(traceId, consumer.traceOf(eventId));
        await().atMost(Duration.ofSeconds(10)).until(() -> spanNamed(traceId, OutboxRelay.SPAN) != null);
        SpanData relay = spanNamed(traceId, OutboxRelay.SPAN);
        assertEquals("0000000000000000", relay.getParentSpanId(), "a root span");
        assertNotEquals(List.of(), spans.ofTrace(traceId));
    }

    private SpanData spanNamed(String traceId, String name) {
        return spans.ofTrace(traceId).stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
    }
}
