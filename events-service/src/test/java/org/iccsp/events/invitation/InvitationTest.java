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

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.Actors;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.invitation.api.InvitationRequest;
import org.iccsp.events.invitation.domain.Invitations;
import org.iccsp.events.invitation.messaging.InvitationPublisher;
import org.iccsp.events.invitation.persistence.Invitation;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.messaging.OutboxEvent;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

/** Invitations are bound to the invitee's email: a forwarded link admits nobody else. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class InvitationTest {
    static final String LEADER = "leader-layla@example.org";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final EventPlanner planner;
    final Invitations invitations;

    InvitationTest(EventPlanner planner, Invitations invitations) {
        this.planner = planner;
        this.invitations = invitations;
    }

    UUID invitationOnlyEvent() {
        return planner.schedule(Actors.event("25-leader convening", Visibility.INVITATION_ONLY, 25).command(),
                Actors.ORGANISER).id;
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void anOrganiserInvitesAndTheInvitationIsPublishedWithoutStoringTheToken() throws Exception {
        UUID event = invitationOnlyEvent();
        String id = given().contentType(ContentType.JSON).body("{\"email\": \"Leader-Layla@Example.org\"}")
                .when().post("/api/v1/events/" + event + "/invitations")
                .then().statusCode(201).body("email", equalTo(LEADER)).body("token", notNullValue())
                .extract().path("id");
        String token = given().contentType(ContentType.JSON).body("{\"email\": \"other@example.org\"}")
                .when().post("/api/v1/events/" + event + "/invitations").then().statusCode(201).extract().path("token");
        given().get("/api/v1/events/" + event + "/invitations").then().statusCode(200)
                .body("$", hasSize(2)).body("email", hasItem(LEADER)).body("[0].token", nullValue());
        Invitation stored = Invitation.findById(UUID.fromString(id));
        assertNotEquals(token, stored.tokenHash);
        assertEquals(64, stored.tokenHash.length(), "a SHA-256 hex digest");

        long outbox = OutboxEvent.count();
        given().contentType(ContentType.JSON).body("{\"email\": \"x@example.org\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}")
                .when().post("/api/v1/events/" + event + "/invitations")
                .then().statusCode(400).body("errors.field", hasItem("expiresAt"));
        given().contentType(ContentType.JSON).body("{\"email\": \"not-an-email\"}")
                .when().post("/api/v1/events/" + event + "/invitations")
                .then().statusCode(400).body("errors.field", hasItem("email"));
        assertEquals(outbox, OutboxEvent.count());

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .await(InvitationPublisher.TOPIC, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        EventContract.assertConforms("events/invitation-sent.v1.json", records.get(0).value());
        assertEquals(LEADER, new ObjectMapper().readTree(records.get(0).value()).at("/data/email").asText());
    }

    @Test
    @TestSecurity(user = "cso-layla", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = LEADER))
    void theInviteeRegistersWithTheInvitationAndIsConfirmed() {
        UUID event = invitationOnlyEvent();
        String token = invitations.invite(event, new InvitationRequest(LEADER, null).command(),
                Actors.ORGANISER).token();
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"invitationToken\": \"" + token + "\"}")
                .when().post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(201).body("status", equalTo("confirmed")).body("invited", equalTo(true));
    }

    @Test
    @TestSecurity(user = "cso-forwarded", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = "someone-else@example.org"))
    void aForwardedInvitationDoesNotWorkAndWritesNothing() {
        UUID event = invitationOnlyEvent();
        String token = invitations.invite(event, new InvitationRequest(LEADER, null).command(),
                Actors.ORGANISER).token();
        long registrations = Registration.count();
        long outbox = OutboxEvent.count();
        given().contentType(ContentType.JSON).body("{\"invitationToken\": \"" + token + "\"}")
                .when().post("/api/v1/events/" + event + "/registrations")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("this invitation was sent to another email address"));
        assertEquals(registrations, Registration.count());
        assertEquals(outbox, OutboxEvent.count());
        assertNull(QuarkusTransaction.requiringNew().call(() ->
                Invitation.<Invitation>find("eventId", event).firstResult().acceptedAt), "not accepted");
        given().get("/api/v1/events/" + event).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "cso-late", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = "late@example.org"))
    void anExpiredInvitationOrOneForAnotherEventDoesNotWork() {
        UUID event = invitationOnlyEvent();
        String token = invitations.invite(event, new InvitationRequest("late@example.org",
                OffsetDateTime.now().plusSeconds(30)).command(), Actors.ORGANISER).token();
        QuarkusTransaction.requiringNew().run(() -> Invitation.update("expiresAt = ?1 where eventId = ?2",
                OffsetDateTime.now().minusSeconds(1), event));
        given().contentType(ContentType.JSON).body("{\"invitationToken\": \"" + token + "\"}")
                .when().post("/api/v1/events/" + event + "/registrations").then().statusCode(403);

        String otherToken = invitations.invite(invitationOnlyEvent(),
                new InvitationRequest("late@example.org", null).command(),
                Actors.ORGANISER).token();
        // a token for another event, or none at all, does not tell this invitation-only event from one that
        // does not exist (issue 17): the same 404 as an event nobody scheduled
        given().contentType(ContentType.JSON).body("{\"invitationToken\": \"" + otherToken + "\"}")
                .when().post("/api/v1/events/" + event + "/registrations").then().statusCode(404);
        for (String token2 : List.of(otherToken, "not-a-token")) {
            String unseen = given().contentType(ContentType.JSON).body("{\"invitationToken\": \"" + token2 + "\"}")
                    .when().post("/api/v1/events/" + event + "/registrations").then().statusCode(404)
                    .contentType("application/problem+json").extract().path("title");
            String none = given().contentType(ContentType.JSON).body("{\"invitationToken\": \"" + token2 + "\"}")
                    .when().post("/api/v1/events/" + UUID.randomUUID() + "/registrations").then().statusCode(404)
                    .extract().path("title");
            assertEquals(none, unseen);
        }
        long registrations = Registration.count();
        given().contentType(ContentType.JSON).body("{\"invitationToken\": \"not-a-token\"}")
                .when().post("/api/v1/events/" + event + "/registrations").then().statusCode(404);
        assertEquals(registrations, Registration.count());
    }
}
