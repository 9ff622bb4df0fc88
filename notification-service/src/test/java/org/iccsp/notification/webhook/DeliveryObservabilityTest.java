package org.iccsp.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.Records;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.MetricsScrape;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What ops see of deliveries: a webhook caused by a traced event carries that trace's traceparent
 * (though it is sent later, by the dispatcher), the admin delivery log names the trace, and
 * iccsp_notifications_total counts sent, retried and failed attempts per channel.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class DeliveryObservabilityTest {
    static WebhookReceiver receiver;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
        receiver.answers.put("/failing", 500);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void pollOnTheTestThread() {
        org.awaitility.Awaitility.pollInSameThread();
    }

    static double notifications(String channel, String outcome) {
        return MetricsScrape.now().value("iccsp_notifications_total", "channel", channel, "outcome", outcome);
    }

    static String subscribe(String path) {
        return given().contentType(ContentType.JSON)
                .body("{\"url\":\"%s\",\"categories\":[\"pledges\"]}".formatted(receiver.url(path)))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    static UUID noticeFor(String eventId, String subscription) {
        return WebhookTest.fresh(() -> Notification.<Notification>find("eventId = ?1 and recipient = ?2", eventId,
                subscription).firstResultOptional().map(n -> n.id).orElse(null));
    }

    @Test
    @TestSecurity(user = "admin-observability", roles = "admin")
    void aWebhookSentLaterStillCarriesTheTraceOfTheEventThatCausedIt() throws Exception {
        String subscription = subscribe("/traced");
        double sent = notifications(Notification.WEBHOOK, "sent");
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String traceId = HexFormat.of().formatHex(id);
        String pledgeId = "pledge-" + UUID.randomUUID();
        String announced = Records.pledge("announced", pledgeId);
        new TopicProbe(bootstrapServers).sendCloudEvent(WebhookTest.PLEDGES, pledgeId, announced,
                Map.of("traceparent", "00-" + traceId + "-b7ad6b7169203331-01"));

        String eventId = WebhookTest.eventId(announced);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/traced").stream().anyMatch(d -> d.id().equals(eventId)));
        WebhookReceiver.Delivery delivery = receiver.at("/traced").stream().filter(d -> d.id().equals(eventId)).findFirst().orElseThrow();
        String[] traceparent = delivery.traceparent().split("-");
        assertEquals(traceId, traceparent[1], "the receiver can join the producer's trace: " + delivery.traceparent());
        assertNotEquals("b7ad6b7169203331", traceparent[2], "its parent is the delivery's own span");

        UUID notice = noticeFor(eventId, subscription);
        given().when().get("/api/v1/deliveries/" + notice).then().statusCode(200).body("traceId", equalTo(traceId));
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications(Notification.WEBHOOK, "sent") >= sent + 1);
        given().when().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "admin-observability", roles = "admin")
    void retriesAndFinalFailuresAreCountedPerChannel() throws Exception {
        String subscription = subscribe("/failing");
        double retried = notifications(Notification.WEBHOOK, "retried");
        double failed = notifications(Notification.WEBHOOK, "failed");
        String pledgeId = "pledge-" + UUID.randomUUID();
        String announced = Records.pledge("announced", pledgeId);
        new TopicProbe(bootstrapServers).sendCloudEvent(WebhookTest.PLEDGES, pledgeId, announced);

        String eventId = WebhookTest.eventId(announced);
        await().atMost(Duration.ofSeconds(30)).until(() -> noticeFor(eventId, subscription) != null);
        UUID notice = noticeFor(eventId, subscription);
        await().atMost(Duration.ofSeconds(60)).until(() -> Notification.FAILED.equals(WebhookTest.noticeStatus(notice)));
        List<String> outcomes = given().when().get("/api/v1/deliveries/" + notice).then().statusCode(200)
                .extract().jsonPath().getList("log.outcome");
        assertEquals(List.of("retry", "retry", "failed"), outcomes, "three attempts (the test budget)");
        assertTrue(notifications(Notification.WEBHOOK, "retried") >= retried + 2);
        assertTrue(notifications(Notification.WEBHOOK, "failed") >= failed + 1);
        given().when().delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
    }

    @Test
    void emailsSentAreCounted() {
        double sent = notifications(Notification.EMAIL, "sent");
        String registrationId = UUID.randomUUID().toString();
        new TopicProbe(bootstrapServers).sendCloudEvent("events.registrations", registrationId,
                Records.registration("confirmed", registrationId, "event-" + UUID.randomUUID(),
                        "counted-" + registrationId + "@example.org"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications(Notification.EMAIL, "sent") >= sent + 1);
    }
}
