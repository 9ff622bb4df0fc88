package org.iccsp.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.Records;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class WebhookTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PLEDGES = "pledges.pledges";
    static WebhookReceiver receiver;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @org.junit.jupiter.api.BeforeEach
    void pollOnTheTestThread() {
        // the test thread has the request context Panache reads need
        org.awaitility.Awaitility.pollInSameThread();
    }

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    static JsonPath subscribe(String path, String... categories) {
        String body = "{\"url\":\"%s\",\"categories\":[%s]}".formatted(receiver.url(path),
                String.join(",", List.of(categories).stream().map(c -> "\"" + c + "\"").toList()));
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/webhooks")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("secret", startsWith("whsec_")).body("status", equalTo("active")).extract().jsonPath();
    }

    /** Reads in a new transaction: the test thread's session would serve a cached, stale entity. */
    static <T> T fresh(java.util.concurrent.Callable<T> read) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(read);
    }

    static String subscriptionStatus(String id) {
        return fresh(() -> WebhookSubscription.<WebhookSubscription>findById(UUID.fromString(id)).status);
    }

    static String noticeStatus(UUID id) {
        return fresh(() -> Notification.<Notification>findById(id).status);
    }

    static String eventId(String cloudEvent) throws Exception {
        return JSON.readTree(cloudEvent).get("id").asText();
    }

    @Test
    @TestSecurity(user = "gov-gb-systems", roles = "government")
    void announcedPledgesAndReleasedEmbargoesReachSubscribersSignedAndOnceButSubmittedOnesDoNot() throws Exception {
        JsonPath subscription = subscribe("/announced", "pledges");
        String secret = subscription.getString("secret");
        TopicProbe kafka = new TopicProbe(bootstrapServers);

        String pledgeId = "pledge-" + UUID.randomUUID();
        String submission = Records.submitted(pledgeId, "gov-gb@example.org");
        RecordMetadata submitted = kafka.sendCloudEvent(PLEDGES, pledgeId, submission);
        String announced = Records.pledge("announced", pledgeId);
        kafka.sendCloudEvent(PLEDGES, pledgeId, announced);
        kafka.sendCloudEvent(PLEDGES, pledgeId, announced); // redelivery
        String released = Records.embargoReleased("embargo-" + UUID.randomUUID());
        kafka.sendCloudEvent("pledges.embargoes", "embargo", released);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/announced").size() >= 2);
        assertTrue(kafka.awaitConsumed("notification-service", submitted, Duration.ofSeconds(10)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> receiver.at("/announced").size() == 2);
        List<WebhookReceiver.Delivery> deliveries = receiver.at("/announced");
        assertEquals(List.of(eventId(announced), eventId(released)).stream().sorted().toList(),
                deliveries.stream().map(WebhookReceiver.Delivery::id).sorted().toList(),
                "webhook-id is the CloudEvent id; nothing for the submitted pledge, one for the redelivered event");
        for (WebhookReceiver.Delivery d : deliveries) {
            assertTrue(WebhookReceiver.verifies(d, secret, 300), "signature verifies: " + d);
            JsonNode body = JSON.readTree(d.body());
            assertEquals(d.id(), body.get("id").asText(), "the body is the CloudEvent");
            assertEquals("1.0", body.get("specversion").asText());
        }
        assertFalse(WebhookReceiver.verifies(deliveries.get(0), "whsec_" + "A".repeat(44), 300));
        assertEquals(0, Notification.count("eventId = ?1 and channel = 'webhook'", eventId(submission)),
                "a submission is not subscriber news (only its submitter gets a receipt)");
    }

    @Test
    @TestSecurity(user = "organizer-1", roles = "organizer")
    void rotationSignsWithBothSecretsAndPingTestsTheEndpoint() throws Exception {
        JsonPath subscription = subscribe("/rotating", "events");
        String id = subscription.getString("id");
        String oldSecret = subscription.getString("secret");
        String newSecret = given().when().post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .body("previousSecretValidUntil", org.hamcrest.Matchers.notNullValue())
                .extract().path("secret");
        assertFalse(newSecret.equals(oldSecret));

        given().when().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(200)
                .body("delivered", equalTo(true)).body("status", equalTo(204));
        WebhookReceiver.Delivery ping = receiver.at("/rotating").get(0);
        assertEquals(2, ping.signature().split(" ").length, "two signatures during the rotation");
        assertTrue(WebhookReceiver.verifies(ping, oldSecret, 300));
        assertTrue(WebhookReceiver.verifies(ping, newSecret, 300));
        assertEquals("org.iccsp.notification.webhook.ping.v1", JSON.readTree(ping.body()).get("type").asText());

        given().when().get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue())
                .body("categories", hasSize(1)).body("ownerRoles", org.hamcrest.Matchers.contains("organizer"));
        given().when().get("/api/v1/webhooks").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id));
        given().when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().when().get("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "organizer-2", roles = "organizer")
    void badSubscriptionsAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"url\":\"ftp://127.0.0.1/x\",\"categories\":[\"pledges\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1/x\",\"categories\":[\"pledges\",\"gossip\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", equalTo("categories[1]"));
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1/x\"}")
                .when().post("/api/v1/webhooks").then().statusCode(400);
        // issue 16: an unknown field or a value of the wrong JSON type is refused naming it, never dropped or coerced
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1/x\",\"categories\":[\"pledges\"],\"secrt\":\"s\"}")
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("secrt"));
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1/x\",\"categories\":\"pledges\"}")
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("categories"));
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1/x\",\"categories\":[1]}")
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("categories[0]"));
        assertEquals(0, WebhookSubscription.count("ownerSubject", "organizer-2"));
    }

    @Test
    @TestSecurity(user = "cso-1", roles = "cso")
    void aCsoCannotSubscribe() {
        given().contentType(ContentType.JSON).body("{\"url\":\"http://127.0.0.1/x\",\"categories\":[\"pledges\"]}")
                .when().post("/api/v1/webhooks").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void gone410DisablesTheEndpointAndAnAdminReplaysTheFailedDeliveryAfterReEnablingIt() throws Exception {
        receiver.answers.put("/gone", 410);
        JsonPath subscription = subscribe("/gone", "pledges");
        String subscriptionId = subscription.getString("id");
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String pledgeId = "pledge-" + UUID.randomUUID();
        String announced = Records.pledge("announced", pledgeId);
        String cloudEventId = eventId(announced);
        kafka.sendCloudEvent(PLEDGES, pledgeId, announced);

        await().atMost(Duration.ofSeconds(30)).until(() -> "disabled".equals(
                subscriptionStatus(subscriptionId)));
        Notification failed = fresh(() -> Notification.<Notification>find("eventId = ?1 and recipient = ?2", cloudEventId, subscriptionId)
                .firstResult());
        await().atMost(Duration.ofSeconds(10)).until(() -> Notification.FAILED.equals(noticeStatus(failed.id)));
        given().when().get("/api/v1/deliveries/" + failed.id).then().statusCode(200)
                .body("status", equalTo("failed")).body("log", hasSize(1))
                .body("log[0].outcome", equalTo("failed")).body("log[0].detail", equalTo("HTTP 410"));
        given().queryParam("status", "failed").queryParam("channel", "webhook").when().get("/api/v1/deliveries")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(failed.id.toString()));
        given().when().post("/api/v1/deliveries/" + failed.id + "/replay").then().statusCode(409);

        receiver.answers.put("/gone", 200);
        String tag = given().when().get("/api/v1/webhooks/" + subscriptionId).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", tag)
                .body("{\"url\":\"%s\",\"categories\":[\"pledges\"],\"active\":true}".formatted(receiver.url("/gone")))
                .when().put("/api/v1/webhooks/" + subscriptionId).then().statusCode(200).body("status", equalTo("active"));
        given().when().post("/api/v1/deliveries/" + failed.id + "/replay").then().statusCode(200)
                .body("status", equalTo("pending"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Notification.SENT.equals(noticeStatus(failed.id)));
        given().when().get("/api/v1/deliveries/" + failed.id).then().statusCode(200)
                .body("log.outcome", org.hamcrest.Matchers.contains("failed", "sent"));
        given().when().post("/api/v1/deliveries/" + failed.id + "/replay").then().statusCode(409);
        assertEquals(2, receiver.at("/gone").stream().filter(d -> d.id().equals(cloudEventId)).count());
        given().when().delete("/api/v1/webhooks/" + subscriptionId).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "gov-fr-systems", roles = "government")
    void failuresAreRetriedWithBackoffAndRepeatedFailuresDisableTheEndpoint() throws Exception {
        receiver.answers.put("/broken", 503);
        String subscriptionId = subscribe("/broken", "pledges").getString("id");
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String first = Records.pledge("announced", "pledge-" + UUID.randomUUID());
        String second = Records.pledge("announced", "pledge-" + UUID.randomUUID());
        kafka.sendCloudEvent(PLEDGES, "k1", first);
        kafka.sendCloudEvent(PLEDGES, "k2", second);

        await().atMost(Duration.ofSeconds(60)).until(() -> "disabled".equals(
                subscriptionStatus(subscriptionId)));
        WebhookSubscription disabled = fresh(() -> WebhookSubscription.findById(UUID.fromString(subscriptionId)));
        assertEquals("5 consecutive failed deliveries", disabled.disabledReason);
        String firstEventId = eventId(first);
        Notification firstNotice = fresh(() -> Notification.<Notification>find("eventId = ?1 and recipient = ?2",
                firstEventId, subscriptionId).firstResult());
        await().atMost(Duration.ofSeconds(10)).until(() -> !Notification.PENDING.equals(noticeStatus(firstNotice.id)));
        assertEquals(Notification.FAILED, noticeStatus(firstNotice.id));
        List<String> outcomes = fresh(() -> org.iccsp.notification.delivery.persistence.DeliveryAttempt
                .<org.iccsp.notification.delivery.persistence.DeliveryAttempt>list("notificationId = ?1 order by id",
                        firstNotice.id)
                .stream().map(a -> a.outcome).toList());
        assertTrue(outcomes.size() >= 2 && outcomes.subList(0, outcomes.size() - 1).stream().allMatch("retry"::equals)
                && outcomes.get(outcomes.size() - 1).equals("failed"), "retried, then failed: " + outcomes);
        String firstId = eventId(first);
        assertTrue(receiver.at("/broken").stream().filter(d -> d.id().equals(firstId)).count() >= 2);
    }

    /** A subscription as the API stores it for an owner with these roles (the API takes them from the token). */
    static String subscriptionOf(String owner, String path, String... roles) {
        return fresh(() -> {
            WebhookSubscription s = new WebhookSubscription();
            s.id = UUID.randomUUID();
            s.ownerSubject = owner;
            s.ownerRoles = roles;
            s.url = receiver.url(path);
            s.categories = new String[] { "events" };
            s.secret = org.iccsp.notification.webhook.domain.WebhookSigner.newSecret();
            s.status = WebhookSubscription.ACTIVE;
            s.createdAt = java.time.OffsetDateTime.now();
            s.updatedAt = s.createdAt;
            s.persist();
            return s.id.toString();
        });
    }

    /** The ids of the given events that reached the path (other tests' events may arrive too). */
    static List<String> eventIdsAt(String path, List<String> ofInterest) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (WebhookReceiver.Delivery d : receiver.at(path)) {
            ids.add(JSON.readTree(d.body()).get("data").get("eventId").asText());
        }
        return ids.stream().filter(ofInterest::contains).sorted().toList();
    }

    /**
     * Nobody receives an event they could not see through events-service: admins get all, organisers
     * the events they run, governments public and members-only ones; an event that names no organiser
     * reaches no organiser.
     */
    @Test
    @TestSecurity(user = "admin-2", roles = "admin")
    void eventsReachOnlySubscribersWhoMaySeeThem() throws Exception {
        String admin = subscribe("/ev-admin", "events").getString("id");
        String alice = subscriptionOf("organizer-alice", "/ev-alice", "organizer");
        String bob = subscriptionOf("organizer-bob", "/ev-bob", "organizer");
        String government = subscriptionOf("gov-it-systems", "/ev-gov", "government");
        String legacy = subscriptionOf("gov-old-systems", "/ev-legacy"); // saved before owner roles were kept
        TopicProbe kafka = new TopicProbe(bootstrapServers);
        String membersByAlice = "evt-" + UUID.randomUUID();
        String invitationOnlyByAlice = "evt-" + UUID.randomUUID();
        String invitationOnlyByBob = "evt-" + UUID.randomUUID();
        String publicWithoutOrganiser = "evt-" + UUID.randomUUID();
        kafka.sendCloudEvent("events.events", membersByAlice, Records.event("scheduled", membersByAlice, "Donors",
                "2027-01-10T08:00:00Z", "2027-01-10T12:00:00Z", "members-only", "organizer-alice"));
        kafka.sendCloudEvent("events.events", invitationOnlyByAlice, Records.event("scheduled", invitationOnlyByAlice,
                "Leaders", "2027-01-11T08:00:00Z", "2027-01-11T12:00:00Z", "invitation-only", "organizer-alice"));
        kafka.sendCloudEvent("events.events", invitationOnlyByBob, Records.event("scheduled", invitationOnlyByBob,
                "Envoys", "2027-01-12T08:00:00Z", "2027-01-12T12:00:00Z", "invitation-only", "organizer-bob"));
        RecordMetadata last = kafka.sendCloudEvent("events.events", publicWithoutOrganiser, Records.event("scheduled",
                publicWithoutOrganiser, "Open day", "2027-01-13T08:00:00Z", "2027-01-13T12:00:00Z", "public", null));
        assertTrue(kafka.awaitConsumed("notification-service", last, Duration.ofSeconds(30)));

        List<String> mine = List.of(membersByAlice, invitationOnlyByAlice, invitationOnlyByBob, publicWithoutOrganiser);
        await().atMost(Duration.ofSeconds(30)).until(() -> eventIdsAt("/ev-admin", mine).size() == 4
                && eventIdsAt("/ev-alice", mine).size() == 2 && eventIdsAt("/ev-bob", mine).size() == 1
                && eventIdsAt("/ev-gov", mine).size() == 2);
        assertEquals(List.of(membersByAlice, invitationOnlyByAlice).stream().sorted().toList(),
                eventIdsAt("/ev-alice", mine));
        assertEquals(List.of(invitationOnlyByBob), eventIdsAt("/ev-bob", mine));
        assertEquals(List.of(membersByAlice, publicWithoutOrganiser).stream().sorted().toList(),
                eventIdsAt("/ev-gov", mine));
        assertEquals(2, Notification.count("recipient", alice), "queued at consumption: nothing else is coming");
        assertEquals(1, Notification.count("recipient", bob));
        assertEquals(0, Notification.count("recipient", legacy), "no owner roles known: no events");

        given().when().get("/api/v1/webhooks").then().statusCode(200).body("id",
                org.hamcrest.Matchers.hasItems(admin, alice, bob, government, legacy));
        for (String id : List.of(admin, alice, bob, government, legacy)) {
            given().when().delete("/api/v1/webhooks/" + id).then().statusCode(204); // admins manage all
        }
    }

    @Test
    @TestSecurity(user = "gov-de-systems", roles = "government")
    void ownersManageOnlyTheirOwnSubscriptions() {
        String theirs = subscriptionOf("organizer-carl", "/not-mine", "organizer");
        String body = "{\"url\":\"%s\",\"categories\":[\"events\"],\"active\":false}".formatted(receiver.url("/mine"));
        given().when().get("/api/v1/webhooks").then().statusCode(200).body("id", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(theirs)));
        given().when().get("/api/v1/webhooks/" + theirs).then().statusCode(404);
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/webhooks/" + theirs).then().statusCode(404);
        given().when().post("/api/v1/webhooks/" + theirs + "/rotate-secret").then().statusCode(404);
        given().when().post("/api/v1/webhooks/" + theirs + "/ping").then().statusCode(404);
        given().when().delete("/api/v1/webhooks/" + theirs).then().statusCode(404);
        given().when().get("/api/v1/deliveries").then().statusCode(200).body("webhookId",
                org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.not(equalTo(theirs))));
        WebhookSubscription untouched = fresh(() -> WebhookSubscription.findById(UUID.fromString(theirs)));
        assertEquals(WebhookSubscription.ACTIVE, untouched.status);
        assertEquals(0, receiver.at("/not-mine").size());

        String mine = subscribe("/mine", "events").getString("id");
        given().contentType(ContentType.JSON).body(body).header("If-Match", "*").when().put("/api/v1/webhooks/" + mine).then().statusCode(200)
                .body("status", equalTo("disabled")).body("disabledReason", equalTo("disabled by its owner"))
                .body("ownerRoles", org.hamcrest.Matchers.contains("government"));
        given().when().delete("/api/v1/webhooks/" + mine).then().statusCode(204);
        fresh(() -> WebhookSubscription.deleteById(UUID.fromString(theirs)));
    }
}
