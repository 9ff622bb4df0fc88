package org.iccsp.events.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.Actors;
import org.iccsp.events.TestIdentityHeader;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.invitation.messaging.InvitationPublisher;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** Organisers revoke and resend invitations, invitees decline them; the list pages and shows the statuses. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class InvitationManagementTest {
    @jakarta.inject.Inject
    org.iccsp.platform.messaging.SealingKeys sealing;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final EventPlanner planner;

    InvitationManagementTest(EventPlanner planner) {
        this.planner = planner;
    }

    UUID invitationOnlyEvent() {
        return planner.schedule(Actors.event("25-leader convening", Visibility.INVITATION_ONLY, 25).command(),
                Actors.ORGANISER).id;
    }

    static RequestSpecification organiser() {
        return given().header(TestIdentityHeader.SUBJECT, "organizer-bob").header(TestIdentityHeader.ROLE, "organizer");
    }

    static RequestSpecification person(String email) {
        return given().header(TestIdentityHeader.SUBJECT, "cso-" + email).header(TestIdentityHeader.ROLE, "cso")
                .header(TestIdentityHeader.EMAIL, email);
    }

    static Response invite(UUID event, String email) {
        return organiser().contentType(ContentType.JSON).body("{\"email\": \"" + email + "\"}")
                .post("/api/v1/events/" + event + "/invitations");
    }

    static String register(UUID event, String email, String token, int status) {
        return person(email).contentType(ContentType.JSON).body("{\"invitationToken\": \"" + token + "\"}")
                .post("/api/v1/events/" + event + "/registrations").then().statusCode(status).extract().asString();
    }

    @Test
    void aRevokedInvitationStopsWorkingAndTheOrganiserSeesIt() {
        UUID event = invitationOnlyEvent();
        String email = Actors.unique("revoked") + "@example.org";
        Response issued = invite(event, email);
        issued.then().statusCode(201).header("ETag", "\"v0\"").body("status", equalTo("issued"));
        String id = issued.path("id");
        String token = issued.path("token");
        String path = "/api/v1/events/" + event + "/invitations/" + id;
        person(email).get("/api/v1/events/" + event).then().statusCode(200);

        long outbox = OutboxEvent.count();
        organiser().header("If-Match", "\"nonsense\"").post(path + "/revoke").then().statusCode(412)
                .contentType("application/problem+json").body("errors.field", hasItem("If-Match"));
        organiser().header("If-Match", "\"v7\"").post(path + "/revoke").then().statusCode(412);
        assertEquals(outbox, OutboxEvent.count(), "a failed precondition changes nothing");
        assertEquals("issued", status(id));

        String tag = organiser().get(path).then().statusCode(200).body("status", equalTo("issued"))
                .body("token", nullValue()).extract().header("ETag");
        organiser().header("If-Match", tag).post(path + "/revoke").then().statusCode(200)
                .body("status", equalTo("revoked")).body("revokedAt", notNullValue())
                .header("ETag", equalTo("\"v1\""));
        organiser().post(path + "/revoke").then().statusCode(409).contentType("application/problem+json");
        person(email).post(path + "/revoke").then().statusCode(403);

        long registrations = Registration.count();
        register(event, email, token, 403);
        assertEquals(registrations, Registration.count());
        person(email).get("/api/v1/events/" + event).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/events/" + event + "/invitations/decline").then().statusCode(409);
        organiser().get("/api/v1/events/" + event + "/invitations").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("revoked"));
        assertTrue(published(id, "revoked").at("/data/changedBy").asText().equals("organizer-bob"));
    }

    @Test
    void aResendNeedsIfMatchGivesANewTokenAndTheOldOneStopsWorking() throws Exception {
        UUID event = invitationOnlyEvent();
        String email = Actors.unique("resent") + "@example.org";
        Response issued = invite(event, email);
        String id = issued.path("id");
        String oldToken = issued.path("token");
        String path = "/api/v1/events/" + event + "/invitations/" + id;

        long outbox = OutboxEvent.count();
        organiser().post(path + "/resend").then().statusCode(428).contentType("application/problem+json")
                .body("errors.field", hasItem("If-Match"));
        organiser().header("If-Match", "\"nonsense\"").post(path + "/resend").then().statusCode(412);
        assertEquals(outbox, OutboxEvent.count());

        Response resent = organiser().header("If-Match", issued.header("ETag")).post(path + "/resend");
        resent.then().statusCode(200).body("status", equalTo("issued")).body("resendCount", equalTo(1))
                .body("token", notNullValue()).header("ETag", "\"v1\"");
        String newToken = resent.path("token");
        assertNotEquals(oldToken, newToken);
        organiser().header("If-Match", issued.header("ETag")).post(path + "/resend").then().statusCode(412);

        List<ConsumerRecord<String, String>> sent = new TopicProbe(bootstrapServers).await(InvitationPublisher.TOPIC,
                r -> id.equals(r.key()) && r.value().contains(InvitationPublisher.SENT), 2, Duration.ofSeconds(30));
        assertEquals(2, sent.size(), "the invitee is e-mailed again through invitation.sent");
        EventContract.assertConforms("events/invitation-sent.v1.json", sent.get(1).value());
        // the resent token travels sealed (never in clear) and opens to the new token
        assertTrue(sent.stream().noneMatch(r -> r.value().contains(newToken) || r.value().contains(oldToken)));
        JsonNode sealed = new ObjectMapper().readTree(sent.get(1).value()).at("/data/token");
        assertEquals(newToken, sealing.open(new org.iccsp.contracts.SealedText(sealed.path("keyId").asText(),
                sealed.path("ciphertext").asText()), id));

        register(event, email, oldToken, 403);
        register(event, email, newToken, 201);
        organiser().get(path).then().statusCode(200).body("status", equalTo("accepted"))
                .body("resendCount", equalTo(1));
        organiser().header("If-Match", "*").post(path + "/resend").then().statusCode(409);
    }

    @Test
    void theInviteeDeclinesWithTheTokenWithoutAnAccount() {
        UUID event = invitationOnlyEvent();
        String email = Actors.unique("declined") + "@example.org";
        Response issued = invite(event, email);
        String id = issued.path("id");
        String token = issued.path("token");
        String decline = "/api/v1/events/" + event + "/invitations/decline";

        given().contentType(ContentType.JSON).body("{\"token\": \"not-a-token\"}").post(decline)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"token\": \"" + token + "\"}")
                .post("/api/v1/events/" + invitationOnlyEvent() + "/invitations/decline").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"token\": \"" + token + "\", \"extra\": 1}").post(decline)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").post(decline)
                .then().statusCode(400).body("errors.field", hasItem("token"));
        assertEquals("issued", status(id));

        given().contentType(ContentType.JSON).body("{\"token\": \"" + token + "\"}").post(decline)
                .then().statusCode(204).header("ETag", "\"v1\"");
        given().contentType(ContentType.JSON).body("{\"token\": \"" + token + "\"}").post(decline)
                .then().statusCode(409);
        register(event, email, token, 403);
        person(email).get("/api/v1/events/" + event).then().statusCode(404);
        organiser().get("/api/v1/events/" + event + "/invitations/" + id).then().statusCode(200)
                .body("status", equalTo("declined")).body("declinedAt", notNullValue());
        JsonNode declined = published(id, "declined");
        assertTrue(declined.at("/data/changedBy").isNull());
        assertNull(QuarkusTransaction.requiringNew().call(() ->
                Invitation.<Invitation>findById(UUID.fromString(id)).acceptedAt));
    }

    @Test
    void theOrganisersListPagesWithoutRepeatingOrMissingAnInvitation() {
        UUID event = invitationOnlyEvent();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(invite(event, "page-" + i + "@example.org").path("id"));
        }
        String first = "/api/v1/events/" + event + "/invitations?limit=2";
        Response page = organiser().get(first);
        page.then().statusCode(200).body("$", hasSize(2));
        List<String> seen = new ArrayList<>(page.jsonPath().getList("id"));
        String next = page.header("Link");
        created.add(invite(event, "page-late@example.org").path("id"));
        while (next != null) {
            String url = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
            page = organiser().get(url);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("id"));
            next = page.header("Link");
        }
        assertEquals(created, seen, "oldest first, none repeated or missed, the late one at the end");
        assertEquals(seen.size(), new HashSet<>(seen).size());
        organiser().get("/api/v1/events/" + event + "/invitations?cursor=bm9wZQ").then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
        organiser().get("/api/v1/events/" + event + "/invitations?limit=0").then().statusCode(400);
        organiser().get("/api/v1/events/" + event + "/invitations?limit=501").then().statusCode(400);
    }

    private static String status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Invitation.<Invitation>findById(UUID.fromString(id)).status);
    }

    private JsonNode published(String id, String verb) {
        String type = "org.iccsp.events.invitation." + verb + ".v1";
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers).await(InvitationPublisher.TOPIC,
                r -> id.equals(r.key()) && r.value().contains(type), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        EventContract.assertConforms("events/invitation-" + verb + ".v1.json", records.get(0).value());
        try {
            return new ObjectMapper().readTree(records.get(0).value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
