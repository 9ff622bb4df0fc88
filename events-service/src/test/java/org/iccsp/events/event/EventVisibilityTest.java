package org.iccsp.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.UUID;
import org.iccsp.events.Actors;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.invitation.api.InvitationRequest;
import org.iccsp.events.invitation.domain.Invitations;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Public events for all, members-only ones for consortium members, invitation-only ones for invitees. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class EventVisibilityTest {
    static final String INVITEE_EMAIL = "visibility-invitee@example.org";

    EventPlanner planner;
    Invitations invitations;
    UUID publicEvent;
    UUID membersOnly;
    UUID invitationOnly;

    EventVisibilityTest(EventPlanner planner, Invitations invitations) {
        this.planner = planner;
        this.invitations = invitations;
    }

    @BeforeEach
    void schedule() {
        publicEvent = planner.schedule(Actors.event("Public convening", Visibility.PUBLIC, 100).command(),
                Actors.ORGANISER).id;
        membersOnly = planner.schedule(Actors.event("Senior officials' meeting", Visibility.MEMBERS_ONLY, 40).command(),
                Actors.ORGANISER).id;
        invitationOnly = planner.schedule(Actors.event("25-leader convening", Visibility.INVITATION_ONLY, 25).command(),
                Actors.ORGANISER).id;
        invitations.invite(invitationOnly, new InvitationRequest(INVITEE_EMAIL, null).command(), Actors.ORGANISER);
    }

    @Test
    void anonymousSeesOnlyPublicEvents() {
        given().get("/api/v1/events/" + publicEvent).then().statusCode(200).body("visibility", equalTo("public"));
        given().get("/api/v1/events/" + membersOnly).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/events/" + invitationOnly).then().statusCode(404);
        given().get("/api/v1/events/" + membersOnly + "/sessions").then().statusCode(404);
        given().get("/api/v1/events?limit=500").then().statusCode(200)
                .body("id", hasItem(publicEvent.toString()))
                .body("id", not(hasItem(membersOnly.toString())))
                .body("id", not(hasItem(invitationOnly.toString())));
    }

    @Test
    @TestSecurity(user = "gov-gb", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void membersSeeMembersOnlyEventsButNotInvitationOnlyOnes() {
        given().get("/api/v1/events/" + membersOnly).then().statusCode(200);
        given().get("/api/v1/events/" + invitationOnly).then().statusCode(404);
        given().get("/api/v1/events?limit=500").then().statusCode(200)
                .body("id", hasItem(membersOnly.toString()))
                .body("id", not(hasItem(invitationOnly.toString())));
    }

    @Test
    @TestSecurity(user = "cso-alice", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = "alice@example.org"))
    void aCsoUserWithoutInvitationSeesNeither() {
        given().get("/api/v1/events/" + membersOnly).then().statusCode(404);
        given().get("/api/v1/events/" + invitationOnly).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "cso-invitee", roles = "cso")
    @OidcSecurity(claims = @Claim(key = "email", value = INVITEE_EMAIL))
    void theInviteeSeesTheInvitationOnlyEvent() {
        given().get("/api/v1/events/" + invitationOnly).then().statusCode(200)
                .body("visibility", equalTo("invitation-only"));
        given().get("/api/v1/events?limit=500").then().statusCode(200).body("id", hasItem(invitationOnly.toString()));
        given().get("/api/v1/events/" + membersOnly).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organisersSeeEverything() {
        given().get("/api/v1/events/" + invitationOnly).then().statusCode(200);
        given().get("/api/v1/events/" + membersOnly).then().statusCode(200);
    }
}
