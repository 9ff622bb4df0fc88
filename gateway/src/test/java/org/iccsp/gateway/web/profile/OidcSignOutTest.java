package org.iccsp.gateway.web.profile;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.common.CsrfField;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing out through the whole code flow against the stand-in identity provider (whose token endpoint
 * wants a confidential client, hence its client id and secret here): after {@code POST /logout} a saved
 * copy of the session cookie no longer serves pages.
 */
@QuarkusTest
@TestProfile(OidcSignOutTest.CodeFlow.class)
@WithTestResource(FakeUpstreams.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcSignOutTest {

    public static class CodeFlow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-web-app", "quarkus.oidc.credentials.secret", "secret");
        }
    }

    @Test
    void signingOutEndsTheSessionOnTheServerSoASavedSessionCookieNoLongerServesPages() {
        String session = signIn("/my/registrations");
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

    /** The code flow against the stand-in provider, as a browser goes through it; returns q_session. */
    private static String signIn(String path) {
        Response start = given().redirects().follow(false).accept("text/html").when().get(path);
        start.then().statusCode(302);
        URI authorize = URI.create(start.getHeader("Location"));
        String state = param(authorize.getRawQuery(), "state");
        String redirect = java.net.URLDecoder.decode(param(authorize.getRawQuery(), "redirect_uri"), java.nio.charset.StandardCharsets.UTF_8);
        Response back = given().redirects().follow(false).cookies(start.getCookies())
                .when().get(URI.create(redirect).getPath() + "?state=" + state + "&code=58af24f2-9093-4674-a431-4a9d66be719c");
        String session = back.getCookie("q_session");
        assertTrue(session != null && !session.isEmpty(), "signed in: " + back.getStatusCode() + " " + back.getHeaders());
        return session;
    }

    private static String param(String query, String name) {
        Matcher m = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(query);
        assertTrue(m.find(), name + " in " + query);
        return m.group(1);
    }
}
