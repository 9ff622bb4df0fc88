package org.iccsp.pledge.pledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.iccsp.pledge.PledgeFixtures.act;
import static org.iccsp.pledge.PledgeFixtures.awaitEvent;
import static org.iccsp.pledge.PledgeFixtures.data;
import static org.iccsp.pledge.PledgeFixtures.draft;
import static org.iccsp.pledge.PledgeFixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.pledge.pledge.messaging.PledgeEvents;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One French pledge through its whole life, each step by the role that takes it, with its audit trail
 * and the events it publishes (each captured from Kafka and checked against its schema).
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PledgeLifecycleTest {
    private static String pledgeId;
    private static String draftToWithdraw;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    @Order(1)
    @TestSecurity(user = "gov-pierre", roles = "government")
    @OidcSecurity(claims = { @Claim(key = "government_code", value = "FR"), @Claim(key = "name", value = "Pierre Lefèvre") })
    void franceDraftsAndRevisesAPledge() {
        pledgeId = draft("1000000.00", "EUR", "2026-02-01");
        draftToWithdraw = draft("5.00", "EUR", "2026-02-01");
        given().contentType(ContentType.JSON).body("{\"amount\": \"1200000.50\", \"notes\": \"raised\"}")
                .when().patch("/api/v1/pledges/" + pledgeId).then().statusCode(200)
                .body("amount", equalTo("1200000.50")).body("revision", equalTo(2)).body("currency", equalTo("EUR"));
        given().contentType(ContentType.JSON).body("{\"amount\": \"1.001\"}")
                .when().patch("/api/v1/pledges/" + pledgeId).then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        given().when().get("/api/v1/pledges/" + pledgeId).then().statusCode(200)
                .body("history.action", equalTo(List.of("create", "revise")))
                .body("history.actorName", equalTo(List.of("Pierre Lefèvre", "Pierre Lefèvre")))
                .body("history[1].previous.amount", equalTo("1000000.00"))
                .body("history[1].previous.notes", equalTo("first tranche"));
        assertEquals(0, OutboxEvent.count("aggregateId", pledgeId), "a draft publishes nothing");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "gov-fatima", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void anotherGovernmentNeitherSeesNorTouchesTheDraft() {
        given().when().get("/api/v1/pledges/" + pledgeId).then().statusCode(404);
        given().when().get("/api/v1/pledges?member=FR").then().statusCode(200).body("id", not(hasItem(pledgeId)));
        act(pledgeId, "submit").statusCode(404);
        given().contentType(ContentType.JSON).body("{\"notes\": \"hijack\"}")
                .when().patch("/api/v1/pledges/" + pledgeId).then().statusCode(404);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "gov-pierre", roles = "government")
    @OidcSecurity(claims = { @Claim(key = "government_code", value = "FR"),
            @Claim(key = "email", value = "pierre@diplomatie.example") })
    void franceSubmitsAndCannotReviseOrCommitBeforeTheAnnouncement() {
        act(pledgeId, "commit").statusCode(409).contentType("application/problem+json");
        act(pledgeId, "submit").statusCode(200).body("status", equalTo("submitted")).body("sealed", equalTo(false));
        act(pledgeId, "submit").statusCode(409);
        given().contentType(ContentType.JSON).body("{\"notes\": \"late edit\"}")
                .when().patch("/api/v1/pledges/" + pledgeId).then().statusCode(409);

        String event = awaitEvent(bootstrap, PledgeEvents.TOPIC, pledgeId, PledgeEvents.SUBMITTED);
        EventContract.assertConforms("events/pledge-submitted.v1.json", event);
        JsonNode data = data(event);
        assertEquals("FR", data.get("memberCode").asText());
        assertEquals("1200000.50", data.get("amount").asText());
        assertEquals("gov-pierre", data.get("submittedBy").asText());
        assertEquals("pierre@diplomatie.example", data.get("submitterEmail").asText(), "the receipt's address");
    }

    @Test
    @Order(4)
    void theSubmittedPledgeIsNotPublicYet() {
        given().when().get("/api/v1/pledges/" + pledgeId).then().statusCode(404);
    }

    @Test
    @Order(5)
    @TestSecurity(user = "organizer-olga", roles = "organizer")
    void anOrganiserAnnouncesItButCannotCommitIt() {
        act(pledgeId, "announce").statusCode(200).body("status", equalTo("announced"));
        act(pledgeId, "commit").statusCode(403).contentType("application/problem+json");
        String event = awaitEvent(bootstrap, PledgeEvents.TOPIC, pledgeId, PledgeEvents.ANNOUNCED);
        EventContract.assertConforms("events/pledge-announced.v1.json", event);
        assertTrue(data(event).get("embargoId").isNull());
        assertFalse(data(event).has("submitterEmail"), "the public announcement does not say who submitted it");
    }

    @Test
    @Order(6)
    void theAnnouncedPledgeIsPublic() {
        given().when().get("/api/v1/pledges?member=FR&status=announced").then().statusCode(200)
                .body("id", hasItem(pledgeId));
        given().when().get("/api/v1/pledges?vertical=education").then().statusCode(200).body("id", hasItem(pledgeId));
        given().when().get("/api/v1/pledges?vertical=juggling").then().statusCode(400)
                .body("errors.field", hasItem("vertical"));
    }

    @Test
    @Order(7)
    @TestSecurity(user = "gov-pierre", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "FR"))
    void franceCommitsAndDisbursesInTranchesUntilFulfilled() {
        act(pledgeId, "disburse").statusCode(409); // not committed yet
        act(pledgeId, "commit").statusCode(200).body("status", equalTo("committed"));
        EventContract.assertConforms("events/pledge-committed.v1.json",
                awaitEvent(bootstrap, PledgeEvents.TOPIC, pledgeId, PledgeEvents.COMMITTED));

        String today = LocalDate.now().toString();
        transition(pledgeId, "{\"action\": \"disburse\", \"amount\": \"200000.50\"}").statusCode(400)
                .body("errors.field", hasItem("date"));
        transition(pledgeId, "{\"action\": \"disburse\", \"amount\": \"0\", \"date\": \"" + today + "\"}")
                .statusCode(400).body("errors.field", hasItem("amount"));
        transition(pledgeId, "{\"action\": \"disburse\", \"amount\": \"200000.50\", \"date\": \"2999-01-01\"}")
                .statusCode(400).body("errors.field", hasItem("date"));
        transition(pledgeId, "{\"action\": \"disburse\", \"amount\": \"2000000.00\", \"date\": \"" + today + "\"}")
                .statusCode(422).body("errors.field", hasItem("amount"));
        transition(pledgeId, "{\"action\": \"disburse\", \"amount\": \"200000.50\", \"date\": \"2026-03-01\"}")
                .statusCode(200).body("status", equalTo("disbursed")).body("disbursedTotal", equalTo("200000.50"));
        String partial = awaitEvent(bootstrap, PledgeEvents.TOPIC, pledgeId, PledgeEvents.DISBURSED);
        EventContract.assertConforms("events/pledge-disbursed.v1.json", partial);
        assertFalse(data(partial).get("fulfilled").asBoolean());

        transition(pledgeId, "{\"action\": \"disburse\", \"amount\": \"1000000\", \"date\": \"2026-04-01\"}")
                .statusCode(200).body("status", equalTo("fulfilled")).body("disbursedTotal", equalTo("1200000.50"));
        transition(pledgeId, "{\"action\": \"disburse\", \"amount\": \"1\", \"date\": \"2026-04-02\"}").statusCode(409);
        transition(pledgeId, "{\"action\": \"withdraw\", \"reason\": \"too late\"}").statusCode(409);

        given().when().get("/api/v1/pledges/" + pledgeId).then().statusCode(200)
                .body("history.action", equalTo(List.of("create", "revise", "submit", "announce", "commit",
                        "disburse", "disburse")))
                .body("history[5].amount", equalTo("200000.50")).body("history[5].date", equalTo("2026-03-01"))
                .body("history[6].toStatus", equalTo("fulfilled"))
                .body("history[3].actor", equalTo("organizer-olga"));
    }

    @Test
    @Order(8)
    @TestSecurity(user = "gov-pierre", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "FR"))
    void withdrawingNeedsAReasonAndADraftsWithdrawalPublishesNothing() {
        transition(draftToWithdraw, "{\"action\": \"withdraw\"}").statusCode(400).body("errors.field", hasItem("reason"));
        transition(draftToWithdraw, "{\"action\": \"withdraw\", \"reason\": \"merged into another pledge\"}")
                .statusCode(200).body("status", equalTo("withdrawn"))
                .body("withdrawalReason", equalTo("merged into another pledge"));
        transition(draftToWithdraw, "{\"action\": \"fly\"}").statusCode(400);
        assertEquals(0, OutboxEvent.count("aggregateId", draftToWithdraw));
    }

    @Test
    @Order(9)
    @TestSecurity(user = "gov-pierre", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "FR"))
    void withdrawingAnAnnouncedPledgePublishesTheWithdrawal() {
        String id = draft("300.00", "EUR", "2026-02-01");
        act(id, "submit").statusCode(200);
        act(id, "announce").statusCode(200);
        transition(id, "{\"action\": \"withdraw\", \"reason\": \"budget cut\"}").statusCode(200)
                .body("announcedAt", not(nullValue()));
        String event = awaitEvent(bootstrap, PledgeEvents.TOPIC, id, PledgeEvents.WITHDRAWN);
        EventContract.assertConforms("events/pledge-withdrawn.v1.json", event);
        assertEquals("announced", data(event).get("previousStatus").asText());
        assertEquals("budget cut", data(event).get("reason").asText());
    }
}
