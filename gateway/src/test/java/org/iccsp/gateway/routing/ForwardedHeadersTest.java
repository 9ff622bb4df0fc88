package org.iccsp.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a trusted reverse proxy (here: the loopback, where the test client is). */
@QuarkusTest
@TestProfile(ForwardedHeadersTest.BehindATrustedProxy.class)
@WithTestResource(FakeUpstreams.class)
class ForwardedHeadersTest {
    public static class BehindATrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void aTrustedProxysForwardedHostAndProtoNameThePublicOrigin() {
        given().header("X-Forwarded-Host", "api.iccsp.example").header("X-Forwarded-Proto", "https")
                .contentType("application/json").body("{\"name\":\"Water\"}")
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", equalTo("https://api.iccsp.example/api/v1/projects/new-1"));
    }

    @Test
    void soDoesItsForwardedHeader() {
        given().header("Forwarded", "proto=https;host=api.iccsp.example")
                .contentType("application/json").body("{\"name\":\"Water\"}")
                .when().post("/api/v1/projects")
                .then().statusCode(201)
                .header("Location", equalTo("https://api.iccsp.example/api/v1/projects/new-1"));
    }
}
