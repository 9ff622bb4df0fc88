package org.iccsp.gateway.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import org.iccsp.gateway.routing.FakeUpstreams;
import org.iccsp.gateway.web.pledges.PledgeClient;
import org.junit.jupiter.api.Test;

/**
 * The pages' calls to the services are measured ({@code http_client_requests_seconds}) under the typed
 * clients' path templates, never under a path that names a pledge, an event or an organisation; the API
 * proxy's own client calls are not measured as client calls at all (their raw URI is the caller's path).
 */
@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, initArgs = @ResourceArg(name = FakeUpstreams.PLEDGES_UP, value = "true"))
class ServiceClientMetricsTest {

    @Test
    void aClientsTemplatesAreItsPathsJoinedWithItsMethodsPaths() {
        var templates = ServiceClientMetrics.templates(PledgeClient.class);
        assertTrue(templates.containsAll(List.of("/api/v1/pledges", "/api/v1/pledges/{id}",
                "/api/v1/pledges/{id}/transitions", "/api/v1/embargoes/{id}/release", "/api/v1/funding/summary")),
                templates.toString());
        assertTrue(templates.stream().noneMatch(t -> t.endsWith("/")), templates.toString());
    }

    @Test
    @TestSecurity(user = "gb-official", roles = "government")
    @OidcSecurity(claims = @Claim(key = "government_code", value = "GB"))
    void pageCallsAreMeasuredUnderTemplatesAndProxiedCallsNotAsClientCalls() {
        given().when().get("/my/pledges/pl-1").then().statusCode(200);
        given().when().get("/events/ev-1").then().statusCode(200);
        given().when().get("/events/ev-hidden").then().statusCode(404);
        given().when().get("/api/v1/organizations/org-5e1d-secret/history").then().statusCode(200);

        String metrics = given().when().get(TestHTTPResourceManager.getManagementUri() + "/metrics").then()
                .statusCode(200).extract().asString();
        List<String> clientLines = metrics.lines().filter(l -> l.startsWith("http_client_requests")).toList();
        assertAll(
                () -> assertTrue(has(clientLines, "pledges", "/api/v1/pledges/{id}"), "the pledge page's call: " + clientLines),
                () -> assertTrue(has(clientLines, "events", "/api/v1/events/{id}"), "the event page's call: " + clientLines),
                () -> assertTrue(has(clientLines, "events", "/api/v1/events/{id}/sessions"), "its sessions: " + clientLines),
                () -> assertEquals(List.of(), clientLines.stream().filter(l -> l.contains("pl-1") || l.contains("ev-")
                        || l.contains("org-5e1d-secret") || l.contains("clientName=\"<default>\"")).toList(),
                        "no id, no proxied call"));
    }

    private static boolean has(List<String> lines, String client, String uri) {
        return lines.stream().anyMatch(l -> l.contains("clientName=\"" + client + "\"") && l.contains("uri=\"" + uri + "\""));
    }
}
