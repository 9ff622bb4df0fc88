package org.iccsp.gateway.web.profile;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.common.CodeFlow;
import org.iccsp.gateway.web.common.CsrfField;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing out through the whole code flow against the stand-in identity provider (CodeFlow): after {@code POST /logout} a saved
 * copy of the session cookie no longer serves pages.
 */
@QuarkusTest
@TestProfile(CodeFlow.On.class)
@WithTestResource(FakeUpstreams.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcSignOutTest {

    @Test
    void signingOutEndsTheSessionOnTheServerSoASavedSessionCookieNoLongerServesPages() {
        String session = CodeFlow.signIn("/my/registrations");
        Response page = given().redirects().follow(false).cookie("q_session", session).when().get("/my/registrations");
        page.then().statusCode(200).body(containsString("Signed in as"));

        // asking does not sign out
        Response ask = given().redirects().follow(false).cookie("q_session", session).when().get("/logout");
        ask.then().statusCode(200).body(containsString("id=\"sign-out-form\""));
        given().redirects().follow(false).cookie("q_session", session).when().get("/my/registrations").then().statusCode(200);

        String[] csrf = CsrfField.read(ask);
        given().redirects().follow(false).cookie("q_session", session).cookie("csrf-token", csrf[2])
                .contentType("application/x-www-form-urlencoded").formParams(CsrfField.fields(csrf))
                .when().post("/logout")
                .then().statusCode(303);
        // the copy of the cookie a thief or a shared computer kept
        int status = given().redirects().follow(false).accept("text/html").cookie("q_session", session)
                .when().get("/my/registrations").then().extract().statusCode();
        assertTrue(status == 302 || status == 401, "a signed-out session does not serve pages: " + status);
    }
}
