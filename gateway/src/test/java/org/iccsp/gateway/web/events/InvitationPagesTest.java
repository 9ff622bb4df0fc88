package org.iccsp.gateway.web.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

/** The page an invitation e-mail links to, against the stand-in events-service. */
@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class InvitationPagesTest {

    @Test
    void theInvitationPageNeedsASignedInPerson() {
        given().redirects().follow(false).when().get("/invitations/accept?token=tok-good").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "leila")
    @OidcSecurity(claims = @Claim(key = "email", value = "leila@example.org"))
    void theLinkShowsTheEventInvitedToAndRegistersWithTheToken() {
        Response page = given().queryParam("token", "tok-good").when().get("/invitations/accept");
        page.then().statusCode(200).body(allOf(
                containsString("Leaders&#39; circle &lt;25&gt;"),
                containsString("name=\"token\" value=\"tok-good\""),
                containsString("name=\"event\" value=\"ev-3\""),
                // the event's parity rule asks for the representation group
                containsString("<option value=\"PS\""),
                containsString("value=\"leila\"")));

        String said = RegistrationPagesTest.withCsrf(page).formParam("token", "tok-good").formParam("event", "ev-3")
                .formParam("name", "Leila").formParam("representationGroup", "PS")
                .queryParam("lang", "fr").when().post("/invitations/accept")
                .then().statusCode(303).header("Location", containsString("/my/registrations/reg-7"))
                .extract().cookie(org.iccsp.gateway.web.common.Flash.COOKIE);
        org.junit.jupiter.api.Assertions.assertTrue(java.net.URLDecoder.decode(said, java.nio.charset.StandardCharsets.UTF_8)
                .matches("Vous êtes inscrit à « .+ » : votre place est confirmée\\."), said);
    }

    @Test
    @TestSecurity(user = "mallory")
    @OidcSecurity(claims = @Claim(key = "email", value = "mallory@example.org"))
    void aForwardedLinkIsRefusedClearly() {
        Response page = given().queryParam("token", "tok-forwarded").queryParam("event", "ev-3")
                .when().get("/invitations/accept");
        page.then().statusCode(200).body(containsString("name=\"event\" value=\"ev-3\""));
        RegistrationPagesTest.withCsrf(page).formParam("token", "tok-forwarded").formParam("event", "ev-3")
                .formParam("name", "Mallory").formParam("representationGroup", "IL")
                .when().post("/invitations/accept")
                .then().statusCode(403).body(allOf(
                        containsString("role=\"alert\""),
                        containsString("This invitation cannot be used with your account"),
                        containsString("This invitation was sent to another e-mail address."),
                        containsString("You are signed in with mallory@example.org."),
                        not(containsString("id=\"invitation-form\""))));
    }

    @Test
    @TestSecurity(user = "leila")
    void anEventTheReaderCannotSeeStillLetsTheServiceJudgeTheToken() {
        given().queryParam("token", "tok-x").queryParam("event", "ev-hidden").when().get("/invitations/accept")
                .then().statusCode(200).body(allOf(containsString("The event of this invitation"),
                        containsString("name=\"event\" value=\"ev-hidden\"")));
    }

    @Test
    @TestSecurity(user = "leila")
    void aLinkWithoutItsTokenIsNotFound() {
        given().when().get("/invitations/accept").then().statusCode(404);
    }
}
