package org.iccsp.gateway.web.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.junit.jupiter.api.Test;

/**
 * With OIDC switched on against a stand-in identity provider: the API stays a pass-through
 * (any bearer token, or none, reaches the service untouched), pages that need a person start the
 * code flow with PKCE, and pages call the services with the person's token.
 */
@QuarkusTest
@TestProfile(OidcFrontDoorTest.OidcOn.class)
@WithTestResource(FakeUpstreams.class)
@WithTestResource(OidcWiremockTestResource.class)
class OidcFrontDoorTest {

    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/");
        }
    }

    private static String aliceToken() {
        return OidcWiremockTestResource.getAccessToken("alice", Set.of("cso"));
    }

    @Test
    void aValidBearerTokenIsPassedThroughUntouched() {
        String token = aliceToken();
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/projects")
                .then().statusCode(200).body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void aTokenTheGatewayCannotVerifyIsStillTheServicesToJudge() {
        given().header("Authorization", "Bearer abc.def.ghi").when().get("/api/v1/projects")
                .then().statusCode(200).body("authorization", equalTo("Bearer abc.def.ghi"));
    }

    @Test
    void anApiCallWithoutATokenIsForwardedNotRedirectedToSignIn() {
        given().redirects().follow(false).accept("text/html").contentType("application/json").body("{}")
                .when().post("/api/v1/organizations")
                .then().statusCode(201).body("authorization", equalTo(null));
    }

    @Test
    void signingInStartsTheCodeFlowWithPkce() {
        given().redirects().follow(false).accept("text/html").when().get("/login")
                .then().statusCode(302)
                .header("Location", allOf(containsString("/realms/quarkus"), containsString("client_id=iccsp-web"),
                        containsString("response_type=code"), containsString("code_challenge="),
                        containsString("code_challenge_method=S256")));
    }

    @Test
    void pagesCallTheServicesWithTheSignedInPersonsToken() {
        given().header("Authorization", "Bearer " + aliceToken()).when().get("/events")
                .then().statusCode(200)
                .body(allOf(containsString("Members briefing"), containsString("Signed in as alice")));
        given().when().get("/events").then().statusCode(200)
                .body(allOf(not(containsString("Members briefing")), containsString("Leaders&#39; Convening")));
    }

    @Test
    void requestsThatAreNotSignedInCannotPileUpSignInStateCookies() {
        for (int i = 0; i < 5; i++) {
            Response started = given().redirects().follow(false).accept("text/html").when().get("/my/registrations?n=" + i);
            started.then().statusCode(302);
            for (io.restassured.http.Header header : started.getHeaders().getList("Set-Cookie")) {
                String name = header.getValue().substring(0, header.getValue().indexOf('='));
                assertTrue(!name.startsWith("q_auth") || name.equals("q_auth"),
                        "one sign-in state cookie, replaced by the next sign-in, not " + name);
            }
        }
    }

}
