package org.iccsp.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * One trace, started by the caller at the gateway, reaches the consumer side of the pledge →
 * notification flow: gateway → pledge-service (announce) → its outbox relay → Kafka →
 * notification-service's consumer → the webhook, sent later by the dispatcher, whose request carries
 * the same trace id. The admin delivery log names the trace, and the local stack's logs hold its spans.
 */
@RealStack
class TraceAcrossKafkaIT {
    static final String ANNOUNCED = "org.iccsp.pledges.pledge.announced.v1";

    @Test
    void aTraceStartedAtTheGatewayReachesTheWebhookThePledgeCaused() throws Exception {
        String admin = Http.token("admin-carol");
        String government = Http.token("gov-gb");
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String traceId = HexFormat.of().formatHex(id);
        String requestId = "e2e-trace-" + UUID.randomUUID();

        try (WebhookSink sink = new WebhookSink()) {
            Http.Reply subscribed = Http.postJson(LocalStack.GATEWAY + "/api/v1/webhooks", admin,
                    "{\"url\": \"%s\", \"categories\": [\"pledges\"]}".formatted(sink.url()));
            assertEquals(201, subscribed.status(), subscribed.body());
            String subscription = subscribed.json().get("id").asText();

            String pledgeId = draftAndSubmit(government);
            Http.Reply announced = HeaderHttp.send("POST", LocalStack.GATEWAY + "/api/v1/pledges/" + pledgeId + "/transitions",
                    government, "{\"action\": \"announce\"}",
                    Map.of("traceparent", "00-" + traceId + "-a1b2c3d4e5f60718-01", "X-Request-Id", requestId));
            assertEquals(200, announced.status(), announced.body());

            WebhookSink.Received webhook = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> announcement(sink, pledgeId), Optional::isPresent).get();
            assertTrue(webhook.traceparent() != null && webhook.traceparent().startsWith("00-" + traceId + "-"),
                    "the webhook request continues the caller's trace: " + webhook.traceparent());

            JsonNode delivery = await().atMost(Duration.ofSeconds(30)).until(
                    () -> delivery(admin, subscription, webhook.webhookId()), Optional::isPresent).get();
            assertEquals(traceId, delivery.get("traceId").asText(), "the admin delivery log names the trace");

            for (String application : new String[] {"gateway", "pledge-service", "notification-service"}) {
                await().atMost(Duration.ofSeconds(30)).until(() -> logMentions(application, traceId));
            }
            assertTrue(logMentions("pledge-service", requestId), "the request id is on pledge-service's server span");
            assertEquals(204, HeaderHttp.send("DELETE", LocalStack.GATEWAY + "/api/v1/webhooks/" + subscription, admin,
                    null, Map.of()).status());
        }
    }

    static String draftAndSubmit(String government) {
        Http.Reply draft = HeaderHttp.send("POST", LocalStack.GATEWAY + "/api/v1/pledges", government, """
                {"amount": "750000.00", "currency": "GBP", "valueDate": "2026-03-02",
                 "verticals": ["dialogue-and-reconciliation"],
                 "target": {"kind": "cso-project", "ref": "org-0001/project-1", "name": "Shared classrooms"},
                 "newMoney": true}""", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertEquals(201, draft.status(), draft.body());
        String pledgeId = draft.json().get("id").asText();
        Http.Reply submitted = HeaderHttp.send("POST", LocalStack.GATEWAY + "/api/v1/pledges/" + pledgeId + "/transitions",
                government, "{\"action\": \"submit\"}", Map.of());
        assertEquals(200, submitted.status(), submitted.body());
        return pledgeId;
    }

    static Optional<WebhookSink.Received> announcement(WebhookSink sink, String pledgeId) {
        return sink.received().stream().filter(r -> {
            JsonNode event = new Http.Reply(200, r.body()).json();
            return ANNOUNCED.equals(event.path("type").asText()) && pledgeId.equals(event.path("subject").asText());
        }).findFirst();
    }

    static Optional<JsonNode> delivery(String admin, String subscription, String eventId) {
        Http.Reply deliveries = HeaderHttp.send("GET", LocalStack.GATEWAY + "/api/v1/deliveries?channel=webhook&limit=200",
                admin, null, Map.of());
        assertEquals(200, deliveries.status(), deliveries.body());
        for (JsonNode d : deliveries.json()) {
            if (subscription.equals(d.path("recipient").asText()) && eventId.equals(d.path("eventId").asText())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static boolean logMentions(String application, String text) throws Exception {
        Path log = LocalStack.STATE.resolve("logs").resolve(application + ".log");
        return Files.exists(log) && Files.readString(log).contains(text);
    }
}
