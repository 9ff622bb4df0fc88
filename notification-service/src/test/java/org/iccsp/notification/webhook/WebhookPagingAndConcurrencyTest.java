package org.iccsp.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iccsp.notification.smtp.SmtpServerResource;
import org.iccsp.notification.webhook.domain.WebhookSigner;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The webhook list a page at a time; ETag on every read of a subscription, If-Match on its changes. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class WebhookPagingAndConcurrencyTest {
    static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    static String stored(String owner, OffsetDateTime createdAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = new WebhookSubscription();
            s.id = UUID.randomUUID();
            s.ownerSubject = owner;
            s.ownerRoles = new String[] { "organizer" };
            s.url = receiver.url("/paged");
            s.categories = new String[] { "events" };
            s.secret = WebhookSigner.newSecret();
            s.status = WebhookSubscription.ACTIVE;
            s.createdAt = createdAt;
            s.updatedAt = createdAt;
            s.persist();
            return s.id.toString();
        });
    }

    @Test
    @TestSecurity(user = "organizer-paged", roles = "organizer")
    void theOwnersSubscriptionsComeAPageAtATime() {
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            expected.add(stored("organizer-paged", t.minusMinutes(i % 2))); // ties on the time: the id decides
        }
        stored("someone-else", t); // not theirs
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/webhooks?limit=2";
        boolean first = true;
        while (next != null) {
            Response page = given().when().get(next).then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("id"));
            next = OwnerDeliveriesTest.nextLink(page);
            if (first) {
                stored("organizer-paged", t.plusHours(1)); // a newer one: on no later page
                first = false;
            }
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "none twice: " + seen);
        assertEquals(expected, new HashSet<>(seen), "none missed, nobody else's");
        given().queryParam("cursor", "@@").when().get("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 501).when().get("/api/v1/webhooks").then().statusCode(400);
        Response all = given().queryParam("limit", 500).when().get("/api/v1/webhooks").then().statusCode(200).extract().response();
        assertNull(all.header("Link"), "one page holds them all: no Link");
        assertEquals(6, all.jsonPath().getList("id").size());
    }

    @Test
    @TestSecurity(user = "gov-etag", roles = "government")
    void everyReadCarriesAnETagAndChangesHonourIfMatch() {
        String body = "{\"url\":\"%s\",\"categories\":[\"pledges\"]}".formatted(receiver.url("/etag"));
        Response created = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().response();
        String id = created.jsonPath().getString("id");
        String tag = created.header("ETag");
        assertEquals(tag, given().when().get("/api/v1/webhooks/" + id).then().statusCode(200).extract().header("ETag"));
        assertTrue(tag.matches("\"v\\d+\""), tag);

        String edit = "{\"url\":\"%s\",\"categories\":[\"pledges\",\"events\"]}".formatted(receiver.url("/etag2"));
        // required: no If-Match is 428, and nothing changes
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/webhooks/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).body(edit).header("If-Match", "\"nonsense\"")
                .when().put("/api/v1/webhooks/" + id).then().statusCode(412).body("errors[0].field", equalTo("If-Match"));
        given().contentType(ContentType.JSON).body(edit).header("If-Match", "W/" + tag)
                .when().put("/api/v1/webhooks/" + id).then().statusCode(412);
        given().when().get("/api/v1/webhooks/" + id).then().statusCode(200).header("ETag", tag)
                .body("url", equalTo(receiver.url("/etag"))).body("categories", org.hamcrest.Matchers.contains("pledges"));

        String newTag = given().contentType(ContentType.JSON).body(edit).header("If-Match", tag)
                .when().put("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("url", equalTo(receiver.url("/etag2"))).extract().header("ETag");
        assertNotEquals(tag, newTag);
        // the stale tag (a lost update) is refused, nothing changes
        given().contentType(ContentType.JSON).body(body).header("If-Match", tag)
                .when().put("/api/v1/webhooks/" + id).then().statusCode(412);
        given().when().get("/api/v1/webhooks/" + id).then().header("ETag", newTag).body("url", equalTo(receiver.url("/etag2")));

        // rotate-secret: optional, honoured when sent
        String secret = QuarkusTransaction.requiringNew().call(
                () -> WebhookSubscription.<WebhookSubscription>findById(UUID.fromString(id)).secret);
        given().header("If-Match", tag).when().post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(412);
        assertEquals(secret, QuarkusTransaction.requiringNew().call(
                () -> WebhookSubscription.<WebhookSubscription>findById(UUID.fromString(id)).secret), "not rotated");
        String rotatedTag = given().header("If-Match", newTag).when().post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(newTag, rotatedTag);
        String afterUnconditional = given().when().post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(rotatedTag, afterUnconditional);

        // a change the delivery pipeline makes (disabling it) is a new version too
        QuarkusTransaction.requiringNew().run(() -> WebhookSubscription.<WebhookSubscription>findById(UUID.fromString(id))
                .disable("test", java.time.OffsetDateTime.now()));
        given().header("If-Match", afterUnconditional).when().delete("/api/v1/webhooks/" + id).then().statusCode(412);
        String current = given().when().get("/api/v1/webhooks/" + id).then().statusCode(200).extract().header("ETag");
        assertNotEquals(afterUnconditional, current);
        given().header("If-Match", current).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().when().get("/api/v1/webhooks/" + id).then().statusCode(404);
    }

    /** The contract shows the conditional change: If-Match as a header, its 412/428, and the paging parameters. */
    @Test
    void theOpenApiDocumentShowsIfMatchPagingAndRecover() {
        io.restassured.path.json.JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        java.util.Map<String, Object> put = doc.getMap("paths.'/api/v1/webhooks/{id}'.put");
        assertTrue(put.toString().contains("If-Match"), put.toString());
        java.util.Map<String, Object> responses = doc.getMap("paths.'/api/v1/webhooks/{id}'.put.responses");
        assertTrue(responses.keySet().containsAll(List.of("200", "412", "428")), responses.keySet().toString());
        for (String list : List.of("/api/v1/webhooks", "/api/v1/deliveries", "/api/v1/notifications")) {
            List<String> names = doc.getList("paths.'" + list + "'.get.parameters.name");
            assertTrue(names.containsAll(List.of("limit", "cursor")), list + ": " + names);
            assertEquals("array", doc.getString("paths.'" + list + "'.get.responses.'200'.content.'application/json'.schema.type"),
                    list + ": still a JSON array");
        }
        assertTrue(doc.getList("paths.'/api/v1/deliveries'.get.parameters.name").contains("webhook"));
        assertTrue(doc.getMap("paths.'/api/v1/webhooks/{id}/recover'.post.responses").containsKey("200"));
        assertTrue(doc.getMap("paths.'/api/v1/preferences'.put.responses").keySet().containsAll(List.of("200", "412")));
        assertTrue(doc.getMap("paths.'/api/v1/webhooks/{id}/rotate-secret'.post.responses").keySet()
                .containsAll(List.of("200", "412")));
    }
}
