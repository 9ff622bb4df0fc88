package org.iccsp.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(FakeUpstreams.class)
class ApiProxyTest {

    @Test
    void forwardsMethodPathQueryBodyAndBearerTokenToTheOwningService() {
        given().header("Authorization", "Bearer abc.def.ghi").header("X-Request-Id", "req-42")
                .contentType("application/json").body("{\"legalName\":\"Heartbeat\"}")
                .when().post("/api/v1/organizations?dryRun=true")
                .then().statusCode(201)
                .header("X-Upstream", "directory")
                .header("X-Request-Id", "req-42")
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/organizations?dryRun=true"))
                .body("authorization", equalTo("Bearer abc.def.ghi"))
                .body("requestId", equalTo("req-42"))
                .body("body", equalTo("{\"legalName\":\"Heartbeat\"}"));
    }

    @Test
    void givesEveryRequestAnId() {
        given().when().get("/api/v1/projects").then().statusCode(200)
                .header("X-Request-Id", not(emptyOrNullString()))
                .body("requestId", not(emptyOrNullString()));
    }

    @Test
    void aServiceThatIsDownIsA503Problem() {
        given().when().get("/api/v1/pledges").then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("detail", containsString("pledges"));
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void isReadyOnTheManagementInterface() {
        given().when().get(TestHTTPResourceManager.getManagementUri() + "/health/ready").then().statusCode(200);
    }
}
