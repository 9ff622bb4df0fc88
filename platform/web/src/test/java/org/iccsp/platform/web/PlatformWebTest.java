package org.iccsp.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every service inherits from platform-web, with OIDC on against a stand-in provider: only
 * tokens for the iccsp-backend audience are accepted, and malformed input of every kind is a 400
 * problem naming what is wrong, never a 500 (the end-to-end MalformedInputIT runs the same corpus
 * against the real services).
 */
@QuarkusTest
@TestProfile(PlatformWebTest.OidcOn.class)
@WithTestResource(OidcWiremockTestResource.class)
class PlatformWebTest {
    @TestHTTPResource
    URL url;

    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/");
        }
    }

    private static String token(String audience) {
        return OidcWiremockTestResource.generateJwtToken("carol", Set.of(Caller.ADMIN), "carol-subject", "Bearer",
                Set.of(audience), Map.of());
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(Problem.MEDIA_TYPE).body("status", equalTo(status));
    }

    @Test
    void aTokenForTheServicesIsAccepted() {
        given().auth().oauth2(token("iccsp-backend")).when().get("/probe/admin")
                .then().statusCode(200).body("subject", equalTo("carol-subject"));
    }

    @Test
    void aTokenOfTheSameProviderForAnotherAudienceIsRefused() {
        problem(given().auth().oauth2(token("https://service.example.com")).when().get("/probe/admin").then(), 401);
        problem(given().auth().oauth2(token("iccsp-web")).when().get("/probe/public").then(), 401);
    }

    @Test
    void aTokenThatIsNoJwtIsRefusedWithoutAskingTheProvider() {
        problem(given().auth().oauth2("not-a-jwt").when().get("/probe/public").then(), 401);
    }

    @Test
    void controlCharactersInAJsonStringAreRefusedNamingTheField() {
        problem(given().contentType("application/json").body("{\"name\": \"Nul\\u0000Org\"}").when().post("/probe/items").then(), 400)
                .body("errors[0].field", equalTo("name")).body("detail", containsString("control characters"));
        problem(given().contentType("application/json").body("{\"name\": \"ok\", \"tags\": [\"a\", \"b\\u001b[31m\"]}")
                .when().post("/probe/items").then(), 400).body("errors[0].field", equalTo("tags[1]"));
        problem(given().contentType("application/json").body("{\"name\": \"ok\", \"nested\": {\"note\": \"\\u0007\"}}")
                .when().post("/probe/items").then(), 400).body("errors[0].field", equalTo("nested.note"));
    }

    @Test
    void tabsAndLineBreaksAreText() {
        given().contentType("application/json").body("{\"name\": \"two\\nlines\\tand a tab\\r\\n\"}").when().post("/probe/items")
                .then().statusCode(200).body("name", equalTo("two\nlines\tand a tab\r\n"));
    }

    @Test
    void jsonNestedDeeperThanJacksonsLimitIsABadRequest() throws Exception {
        // plain HttpClient: RestAssured would pretty-print these bodies on a failure until the heap is gone
        for (String deep : List.of("{\"name\": \"x\", \"nested\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "probe/items"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(deep)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), response.body());
            assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    void truncatedJsonIsMalformed() {
        problem(given().contentType("application/json").body("{\"name\":").when().post("/probe/items").then(), 400)
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void aParameterOfTheWrongTypeIsABadRequestNamingIt() {
        String id = "7b0d9a5e-2f4c-4f43-9d8e-0f5f3f1c2a10";
        given().when().get("/probe/items/" + id + "?day=2026-01-31&limit=5").then().statusCode(200).body("limit", equalTo(5));
        problem(given().when().get("/probe/items/not-a-uuid").then(), 400).body("errors[0].field", equalTo("id"));
        problem(given().when().get("/probe/items/" + id + "?day=2026-13-45").then(), 400).body("errors[0].field", equalTo("day"));
        problem(given().when().get("/probe/items/" + id + "?limit=abc").then(), 400).body("errors[0].field", equalTo("limit"));
        problem(given().when().get("/probe/items/" + id + "?limit=99999999999999").then(), 400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void controlCharactersInParametersAreRefusedBeforeAnyResource() {
        String id = "7b0d9a5e-2f4c-4f43-9d8e-0f5f3f1c2a10";
        problem(given().urlEncodingEnabled(false).when().get("/probe/items/" + id + "?q=a%00b").then(), 400)
                .body("errors[0].field", equalTo("q"));
        problem(given().urlEncodingEnabled(false).when().get("/probe/items/a%00b").then(), 400)
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void aValueTheDatabaseRefusesIsABadRequestNotAnInternalError() {
        problem(given().when().get("/probe/too-long").then(), 400).body("detail", containsString("cannot be stored"));
    }

    @Test
    void anUnknownFieldIsRefusedNamingItNeverDropped() {
        problem(given().contentType("application/json").body("{\"name\": \"ok\", \"publicListng\": true}")
                .when().post("/probe/items").then(), 400)
                .body("errors[0].field", equalTo("publicListng"))
                .body("errors[0].message", containsString("not a field"))
                .body("detail", containsString("name"));
        problem(given().contentType("application/json").body("{\"name\": \"ok\", \"nested\": {\"note\": \"a\", \"nope\": 1}}")
                .when().post("/probe/items").then(), 400).body("errors[0].field", equalTo("nested.nope"));
        problem(given().contentType("application/json").body("{\"counts\": [1], \"nested\": {\"notes\": \"a\"}}")
                .when().post("/probe/typed").then(), 400).body("errors[0].field", equalTo("nested.notes"));
    }

    @Test
    void valuesOfTheRightJsonTypeAreRead() {
        given().contentType("application/json").body("""
                {"name": "ok", "capacity": 5, "places": 2, "listed": false, "amount": 1000.50, "counts": [1, 2],
                 "nested": {"note": "n"}, "kind": "SUMMIT"}""")
                .when().post("/probe/typed").then().statusCode(200)
                .body("capacity", equalTo(5)).body("places", equalTo(2)).body("listed", equalTo(false))
                .body("kind", equalTo("SUMMIT"));
    }

    @Test
    void aDecimalAmountMayBeANumberOrAStringHoldingOne() {
        given().contentType("application/json").body("{\"amount\": \"1000.50\"}").when().post("/probe/typed")
                .then().statusCode(200).body("amount", equalTo(1000.50f));
        given().contentType("application/json").body("{\"amount\": 10}").when().post("/probe/typed")
                .then().statusCode(200).body("amount", equalTo(10));
        problem(given().contentType("application/json").body("{\"amount\": \"a lot\"}").when().post("/probe/typed").then(), 400)
                .body("errors[0].field", equalTo("amount"));
        problem(given().contentType("application/json").body("{\"amount\": true}").when().post("/probe/typed").then(), 400)
                .body("errors[0].field", equalTo("amount"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNamingTheFieldNeverCoerced() {
        Map<String, String> wrong = new java.util.LinkedHashMap<>();
        wrong.put("{\"capacity\": 1.5}", "capacity");
        wrong.put("{\"capacity\": 2.7}", "capacity");
        wrong.put("{\"capacity\": \"5\"}", "capacity");
        wrong.put("{\"capacity\": true}", "capacity");
        wrong.put("{\"places\": 1.0}", "places");
        wrong.put("{\"places\": \"2\"}", "places");
        wrong.put("{\"name\": 12345}", "name");
        wrong.put("{\"name\": 1.5}", "name");
        wrong.put("{\"name\": false}", "name");
        wrong.put("{\"listed\": \"true\"}", "listed");
        wrong.put("{\"listed\": 1}", "listed");
        wrong.put("{\"counts\": [1, 2.5]}", "counts[1]");
        wrong.put("{\"counts\": 3}", "counts");
        wrong.put("{\"nested\": \"n\"}", "nested");
        wrong.put("{\"kind\": 1}", "kind");
        wrong.forEach((body, field) -> problem(given().contentType("application/json").body(body)
                .when().post("/probe/typed").then(), 400)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo(field)));
    }
}
