package org.iccsp.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.notification.webhook.domain.WebhookSigner;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook's owner sees and replays the deliveries to their own webhooks (one, or every failed one: "recover"),
 * never another owner's nor an email (404, the answer for an unknown id); admins see all; paging over them.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class OwnerDeliveriesTest {
    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    static final String OWNER_A = "gov-owner-a";
    static final String OWNER_B = "gov-owner-b";
    static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void pollOnTheTestThread() {
        org.awaitility.Awaitility.pollInSameThread();
    }

    static String subscription(String owner, String path) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = new WebhookSubscription();
            s.id = UUID.randomUUID();
            s.ownerSubject = owner;
            s.ownerRoles = new String[] { "government" };
            s.url = receiver.url(path);
            s.categories = new String[] { "pledges" };
            s.secret = WebhookSigner.newSecret();
            s.status = WebhookSubscription.ACTIVE;
            s.createdAt = NOW;
            s.updatedAt = NOW;
            s.persist();
            return s.id.toString();
        });
    }

    /** A delivery as the pipeline leaves it; the body is the CloudEvent the webhook gets (a marker in its data). */
    static UUID delivery(String channel, String recipient, String status, OffsetDateTime createdAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.eventSource = "/iccsp/pledge-service";
            n.eventId = UUID.randomUUID().toString();
            n.eventType = "org.iccsp.pledges.pledge.announced.v1";
            n.category = "pledges";
            n.channel = channel;
            n.recipient = recipient;
            n.language = "en";
            n.subject = n.eventType;
            n.bodyText = """
                    {"specversion":"1.0","id":"%s","source":"/iccsp/pledge-service","type":"%s",\
                    "datacontenttype":"application/json","data":{"pledgeId":"PAYLOAD-MARKER"}}""".formatted(n.eventId, n.eventType);
            n.status = status;
            n.attempts = Notification.FAILED.equals(status) ? 8 : 0;
            n.lastError = Notification.FAILED.equals(status) ? "HTTP 503" : null;
            n.nextAttemptAt = Notification.PENDING.equals(status) ? createdAt.plusYears(1) : createdAt; // not due
            n.createdAt = createdAt;
            n.persist();
            return n.id;
        });
    }

    static String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id).status);
    }

    record Fixture(String a, String b, String pathA, UUID aFailedOld, UUID aFailedNew, UUID aSent, UUID bFailed,
            UUID email) {
    }

    static Fixture fixture() {
        String pathA = "/owner-a-" + UUID.randomUUID();
        String a = subscription(OWNER_A, pathA);
        String b = subscription(OWNER_B, "/owner-b-" + UUID.randomUUID());
        return new Fixture(a, b, pathA,
                delivery(Notification.WEBHOOK, a, Notification.FAILED, NOW.minusHours(3)),
                delivery(Notification.WEBHOOK, a, Notification.FAILED, NOW.minusMinutes(10)),
                delivery(Notification.WEBHOOK, a, Notification.SENT, NOW.minusMinutes(5)),
                delivery(Notification.WEBHOOK, b, Notification.FAILED, NOW.minusMinutes(10)),
                delivery(Notification.EMAIL, "someone@example.org", Notification.FAILED, NOW.minusMinutes(10)));
    }

    static List<String> ids(Response r) {
        return r.jsonPath().getList("id");
    }

    @Test
    @TestSecurity(user = OWNER_A, roles = "government")
    void anOwnerSeesOnlyTheDeliveriesToTheirOwnWebhooksAndNoPayload() {
        Fixture f = fixture();
        List<String> all = new ArrayList<>();
        String next = "/api/v1/deliveries?limit=500";
        while (next != null) { // whatever else the suite left, follow every page
            Response page = given().when().get(next).then().statusCode(200).extract().response();
            all.addAll(ids(page));
            next = nextLink(page);
        }
        assertTrue(all.containsAll(List.of(f.aFailedOld().toString(), f.aFailedNew().toString(), f.aSent().toString())), all.toString());
        assertFalse(all.contains(f.bFailed().toString()), "another owner's webhook");
        assertFalse(all.contains(f.email().toString()), "an email");

        Response failed = given().queryParam("webhook", f.a()).queryParam("status", "failed")
                .when().get("/api/v1/deliveries").then().statusCode(200).extract().response();
        assertEquals(List.of(f.aFailedNew().toString(), f.aFailedOld().toString()), ids(failed), "newest first");
        String body = failed.asString();
        assertFalse(body.contains("PAYLOAD-MARKER") || body.contains("bodyText") || body.contains("secret"), body);
        assertEquals(Set.of("id", "channel", "recipient", "webhookId", "category", "eventType", "eventSource", "eventId",
                "status", "attempts", "lastError", "createdAt", "sentAt", "traceId", "log"),
                failed.jsonPath().getMap("[0]").keySet(), "what the webhook's request carried anyway; no payload");
        assertEquals(f.a(), failed.jsonPath().getString("[0].webhookId"));
        given().queryParam("channel", "email").when().get("/api/v1/deliveries").then().statusCode(200)
                .body("size()", equalTo(0));

        given().when().get("/api/v1/deliveries/" + f.aFailedOld()).then().statusCode(200)
                .body("webhookId", equalTo(f.a())).body("status", equalTo("failed"));
        String body2 = given().when().get("/api/v1/deliveries/" + f.aFailedOld()).then().extract().asString();
        assertFalse(body2.contains("PAYLOAD-MARKER"), body2);
    }

    @Test
    @TestSecurity(user = OWNER_A, roles = "government")
    void anotherOwnersDeliveriesAnswerLikeUnknownOnesAndStayAsTheyAre() {
        Fixture f = fixture();
        JsonPath unknown = given().when().get("/api/v1/deliveries/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").extract().jsonPath();
        for (UUID hidden : List.of(f.bFailed(), f.email())) {
            JsonPath answer = given().when().get("/api/v1/deliveries/" + hidden).then().statusCode(404)
                    .contentType("application/problem+json").extract().jsonPath();
            assertEquals(unknown.getString("title"), answer.getString("title"));
            assertEquals("delivery " + hidden + " does not exist", answer.getString("detail"));
            given().when().post("/api/v1/deliveries/" + hidden + "/replay").then().statusCode(404);
            assertEquals(Notification.FAILED, status(hidden), "not replayed");
        }
        given().queryParam("webhook", f.b()).when().get("/api/v1/deliveries").then().statusCode(404)
                .body("detail", equalTo("webhook subscription " + f.b() + " does not exist"));
        UUID nobody = UUID.randomUUID();
        given().queryParam("webhook", nobody).when().get("/api/v1/deliveries").then().statusCode(404)
                .body("detail", equalTo("webhook subscription " + nobody + " does not exist"));
        given().when().post("/api/v1/webhooks/" + f.b() + "/recover").then().statusCode(404);
        given().when().post("/api/v1/webhooks/" + nobody + "/recover").then().statusCode(404);
        assertEquals(Notification.FAILED, status(f.bFailed()));
        given().queryParam("webhook", "not-a-uuid").when().get("/api/v1/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("webhook"));
    }

    @Test
    @TestSecurity(user = OWNER_A, roles = "government")
    void anOwnerReplaysOneFailedDeliveryAndRecoversTheRestSinceATime() {
        Fixture f = fixture();
        given().when().post("/api/v1/deliveries/" + f.aSent() + "/replay").then().statusCode(409);
        given().when().post("/api/v1/deliveries/" + f.aFailedNew() + "/replay").then().statusCode(200)
                .body("status", equalTo("pending"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Notification.SENT.equals(status(f.aFailedNew())));
        assertEquals(1, receiver.at(f.pathA()).size());

        UUID older = delivery(Notification.WEBHOOK, f.a(), Notification.FAILED, NOW.minusHours(2));
        UUID recent = delivery(Notification.WEBHOOK, f.a(), Notification.FAILED, NOW.minusMinutes(1));
        // Svix's "recover": every failed one since a time (here: the last hour)
        given().queryParam("since", NOW.minusHours(1).toString()).when().post("/api/v1/webhooks/" + f.a() + "/recover")
                .then().statusCode(200).body("replayed", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> Notification.SENT.equals(status(recent)));
        assertEquals(Notification.FAILED, status(older));
        assertEquals(Notification.FAILED, status(f.aFailedOld()));
        // and without a time: all that are left
        given().when().post("/api/v1/webhooks/" + f.a() + "/recover").then().statusCode(200).body("replayed", equalTo(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> Notification.SENT.equals(status(older))
                && Notification.SENT.equals(status(f.aFailedOld())));
        assertEquals(4, receiver.at(f.pathA()).size());
        assertTrue(receiver.at(f.pathA()).stream().allMatch(d -> d.body().contains("PAYLOAD-MARKER")),
                "the webhook gets the CloudEvent as queued");
        given().when().post("/api/v1/webhooks/" + f.a() + "/recover").then().statusCode(200).body("replayed", equalTo(0));
        given().queryParam("since", "yesterday").when().post("/api/v1/webhooks/" + f.a() + "/recover").then()
                .statusCode(400).body("errors[0].field", equalTo("since"));

        // a disabled endpoint is re-enabled first
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.<WebhookSubscription>findById(UUID.fromString(f.a()))
                .disable("test", java.time.OffsetDateTime.now()));
        delivery(Notification.WEBHOOK, f.a(), Notification.FAILED, NOW.minusMinutes(1));
        given().when().post("/api/v1/webhooks/" + f.a() + "/recover").then().statusCode(409);
        assertEquals(Notification.FAILED, status(f.bFailed()), "another owner's delivery stays as it is");
    }

    @Test
    @TestSecurity(user = "admin-deliveries", roles = "admin")
    void anAdminSeesEveryDeliveryAndFiltersByAnyWebhook() {
        Fixture f = fixture();
        for (UUID id : List.of(f.aFailedOld(), f.bFailed(), f.email())) {
            given().when().get("/api/v1/deliveries/" + id).then().statusCode(200);
        }
        given().queryParam("webhook", f.b()).when().get("/api/v1/deliveries").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(f.bFailed().toString()));
        given().queryParam("status", "failed").queryParam("channel", "email").queryParam("limit", 500)
                .when().get("/api/v1/deliveries").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(f.email().toString()))
                .body("webhookId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    @TestSecurity(user = "cso-deliveries", roles = "cso")
    void whoCannotOwnAWebhookSeesNoDeliveries() {
        Fixture f = fixture();
        given().when().get("/api/v1/deliveries").then().statusCode(403);
        given().when().get("/api/v1/deliveries/" + f.aFailedOld()).then().statusCode(403);
        given().when().post("/api/v1/webhooks/" + f.a() + "/recover").then().statusCode(403);
    }

    @Test
    void anonymousCallersAreRefused() {
        given().when().get("/api/v1/deliveries").then().statusCode(401);
        given().when().post("/api/v1/webhooks/" + UUID.randomUUID() + "/recover").then().statusCode(401);
    }

    static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    static String nextLink(Response r) {
        String link = r.header("Link");
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        assertTrue(m.find(), link);
        return m.group(1);
    }

    /** Pages of 2 over one webhook's deliveries: none repeated or missed while new ones arrive between pages. */
    @Test
    @TestSecurity(user = OWNER_A, roles = "government")
    void deliveriesComePageByPageInAStableOrder() {
        Fixture f = fixture();
        Set<UUID> expected = new HashSet<>(List.of(f.aFailedOld(), f.aFailedNew(), f.aSent()));
        for (int i = 0; i < 4; i++) {
            // the same creation time for several: the id decides
            expected.add(delivery(Notification.WEBHOOK, f.a(), Notification.SENT, NOW.minusMinutes(7)));
        }
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/deliveries?webhook=" + f.a() + "&limit=2";
        int pages = 0;
        while (next != null) {
            Response page = given().when().get(next).then().statusCode(200).extract().response();
            List<String> ids = ids(page);
            assertTrue(ids.size() <= 2, ids.toString());
            seen.addAll(ids);
            next = nextLink(page);
            if (pages++ == 0) {
                delivery(Notification.WEBHOOK, f.a(), Notification.SENT, NOW.plusMinutes(1)); // newer: on no later page
            }
            if (next != null) {
                assertTrue(next.contains("webhook=" + f.a()) && next.contains("limit=2"), "filters kept: " + next);
            } else {
                assertNull(page.header("Link"), "the last page has no Link");
            }
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no row twice: " + seen);
        assertEquals(expected.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet()),
                new HashSet<>(seen), "no row missed");
        assertEquals(4, pages);

        for (Map.Entry<String, String> bad : Map.of("cursor", "not-a-cursor", "limit", "0").entrySet()) {
            given().queryParam(bad.getKey(), bad.getValue()).when().get("/api/v1/deliveries").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.endsWith(bad.getKey()));
        }
        given().queryParam("limit", 501).when().get("/api/v1/deliveries").then().statusCode(400);
        given().queryParam("limit", "abc").when().get("/api/v1/deliveries").then().statusCode(400);
        // a cursor of another list is not this list's
        String webhooksCursor = org.iccsp.platform.web.Cursor.of("webhooks", NOW.toString(), UUID.randomUUID().toString()).encode();
        given().queryParam("cursor", webhooksCursor).when().get("/api/v1/deliveries").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
