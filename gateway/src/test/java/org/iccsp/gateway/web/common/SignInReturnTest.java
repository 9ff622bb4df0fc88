package org.iccsp.gateway.web.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.net.URI;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

/**
 * "Sign in" through the whole code flow against the stand-in identity provider: the sign-in page is asked for
 * in the page's language (ui_locales, kc_locale), and the person lands back on the page they came from, never
 * on another site.
 */
@QuarkusTest
@TestProfile(CodeFlow.On.class)
@WithTestResource(FakeUpstreams.class)
@WithTestResource(OidcWiremockTestResource.class)
class SignInReturnTest {

    @Test
    void theSignInLinkOfAPageCarriesThePageWithoutItsLanguage() {
        given().when().get("/events?lang=ar").then().statusCode(200)
                .body(containsString("href=\"/login?return=%2Fevents\" id=\"sign-in\""));
        given().when().get("/directory?q=water&lang=fr").then().statusCode(200)
                .body(containsString("href=\"/login?return=%2Fdirectory%3Fq%3Dwater\" id=\"sign-in\""));
        given().when().get("/").then().statusCode(200).body(containsString("href=\"/login\" id=\"sign-in\""));
    }

    @Test
    void theSignInPageIsAskedForInThePagesLanguage() {
        assertLocale(given().cookie("lang", "ar"), "/login?return=%2Fevents", "ar");
        assertLocale(given(), "/my/registrations?lang=he", "he");
        assertLocale(given().cookie("lang", "fr"), "/login", "fr");
        assertLocale(given(), "/login", "en");
        assertLocale(given().cookie("lang", "xx"), "/login", "en");
    }

    private static void assertLocale(io.restassured.specification.RequestSpecification request, String path, String lang) {
        Response start = request.redirects().follow(false).accept("text/html").when().get(path);
        start.then().statusCode(302);
        String query = URI.create(start.getHeader("Location")).getRawQuery();
        assertEquals(lang, CodeFlow.param(query, "ui_locales"), path);
        assertEquals(lang, CodeFlow.param(query, "kc_locale"), path);
    }

    @Test
    void signingInLandsBackOnThePageItStartedFrom() {
        assertEquals("/events?q=water&lang=ar", landing("/login?return=" + encode("/events?q=water&lang=ar")));
        assertEquals("/directory/organizations/org-1", landing("/login?return=" + encode("/directory/organizations/org-1")));
        assertEquals("/events?q=caf%C3%A9", landing("/login?return=" + encode("/events?q=caf%C3%A9")));
        assertEquals("/", landing("/login"));
    }

    @Test
    void aReturnToAnotherSiteLandsOnTheStartPage() {
        for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "http:/evil.example",
                "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "evil.example", "/\t/evil.example",
                "%2F%2Fevil.example", "%2F%5Cevil.example", "%2F%zz", "/login?return=//evil.example", " /events"}) {
            assertEquals("/", landing("/login?return=" + encode(elsewhere)), elsewhere);
        }
    }

    /** Signs in from {@code path}, follows the restored address with the new session: where /login sends. */
    private static String landing(String path) {
        // (addresses are sent as written, as a browser follows a Location: RestAssured would encode them again)
        Response back = CodeFlow.finish(given().urlEncodingEnabled(false).redirects().follow(false).accept("text/html")
                .when().get(path));
        String session = back.getCookie("q_session");
        assertTrue(session != null, "signed in: " + back.getStatusCode());
        String restored = back.getStatusCode() == 302 ? URI.create(back.getHeader("Location")).getRawPath() + "?"
                + URI.create(back.getHeader("Location")).getRawQuery() : path;
        Response login = back.getStatusCode() == 303 ? back
                : given().urlEncodingEnabled(false).redirects().follow(false).cookie("q_session", session)
                        .when().get(restored.replace("?null", ""));
        login.then().statusCode(303);
        URI location = URI.create(login.getHeader("Location"));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
