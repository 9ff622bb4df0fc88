package org.iccsp.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rate limit keys on a verified identity (tokens signed by the stand-in identity provider), else on
 * the client address as Quarkus resolves it; the test client (loopback) is not a trusted proxy here.
 * Bursts of 30, one request back every 5 s: each test first empties the loopback's bucket. What may go
 * through is bounded by the burst plus what the refill returned while the test ran (a busy machine sends
 * 1,000 requests in 70–100 s, long enough for 20 tokens to come back), far below what no limit would let by.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
@WithTestResource(FakeUpstreams.class)
@WithTestResource(OidcWiremockTestResource.class)
class RateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "%test.iccsp.gateway.rate-limit.capacity", "30",
                    "%test.iccsp.gateway.rate-limit.refill-per-second", "0.2");
        }
    }

    private static final double REFILL_PER_SECOND = 0.2;

    /** The tokens the bucket gets back between {@code startNanos} and now, rounded up, plus one in flight. */
    private static int refilledSince(long startNanos) {
        return (int) Math.ceil((System.nanoTime() - startNanos) / 1e9 * REFILL_PER_SECOND) + 1;
    }

    /** Spends the loopback address's bucket (anonymous API calls); @return how many went through. */
    private static int emptyTheAddressBucket() {
        int passed = 0;
        for (int i = 0; i < 40; i++) {
            int status = given().when().get("/api/v1/projects").statusCode();
            if (status == 429) {
                return passed;
            }
            assertEquals(200, status);
            passed++;
        }
        throw new AssertionError("no 429 after 40 anonymous requests");
    }

    @Test
    void aThousandForgedTokensWithFreshSubjectsShareTheirAddresssBucket() {
        int passed = 0;
        Response refused = null;
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            Response response = given().header("Authorization", "Bearer " + GatewayHardeningTest.unsignedJwt("forged-" + i))
                    .when().get("/api/v1/projects");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode());
                passed++;
            }
        }
        assertTrue(passed <= 30 + refilledSince(start), passed + " of 1000 forged tokens went through");
        assertTrue(refused != null);
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("https://iccsp.org/problems/too-many-requests", refused.jsonPath().getString("type"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "Retry-After " + retryAfter);
        // and so does a token with no sub at all, or no token
        given().when().get("/api/v1/projects").then().statusCode(429);
    }

    @Test
    void aVerifiedTokenHasItsOwnBucket() {
        emptyTheAddressBucket();
        String alice = "Bearer " + OidcWiremockTestResource.generateJwtToken("alice", Set.of("cso"), "sub-alice", "Bearer");
        int passed = 0;
        long start = System.nanoTime();
        Response refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            Response response = given().header("Authorization", alice).when().get("/api/v1/projects");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode());
                passed++;
            }
        }
        assertTrue(refused != null, "no 429 for alice after 60 requests");
        assertTrue(passed >= 29 && passed <= 30 + refilledSince(start), "alice's burst allowed " + passed);
        // another verified person is not held back by alice's bucket nor the address's
        given().header("Authorization", "Bearer " + OidcWiremockTestResource.generateJwtToken("bob", Set.of("cso"), "sub-bob", "Bearer"))
                .when().get("/api/v1/projects").then().statusCode(200);
    }

    @Test
    void pagesAreLimitedTooWithAPageInTheReadersLanguage() {
        emptyTheAddressBucket();
        // (tokens may have trickled back in since: a few pages go through at most)
        Response page = given().accept("text/html").when().get("/?lang=fr");
        for (int i = 0; i < 5 && page.statusCode() != 429; i++) {
            page = given().accept("text/html").when().get("/?lang=fr");
        }
        assertEquals(429, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(Integer.parseInt(page.header("Retry-After")) >= 1);
        page.then().body(containsString("lang=\"fr\"")).body(containsString("Trop de requêtes"));
        // unknown paths too
        int status = given().when().get("/favicon.ico").statusCode();
        if (status != 429) {
            status = given().when().get("/favicon.ico").statusCode();
        }
        assertEquals(429, status);
    }

    @Test
    void aForwardedAddressFromAnUntrustedPeerDoesNotMakeANewClient() {
        emptyTheAddressBucket();
        int passed = 0;
        long start = System.nanoTime();
        for (int i = 1; i <= 20; i++) {
            int status = given().header("X-Forwarded-For", "203.0.113." + i).header("Forwarded", "for=198.51.100." + i)
                    .when().get("/api/v1/projects").statusCode();
            if (status != 429) {
                assertEquals(200, status);
                passed++;
            }
        }
        // twenty new clients would all have gone through; tokens trickling back let one or two by
        assertTrue(passed <= refilledSince(start), passed + " of 20 spoofed addresses went through");
    }
}
