package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API as a client sees it through the real gateway (issue 16): large answers arrive whole over
 * HTTP/1.1 (the services chunk anything over 8 KB), Location headers name the gateway, body, URI and
 * header limits are problems, and pages and answers carry the security headers.
 */
@RealStack
class ApiThroughGatewayIT {
    private static final HttpClient HTTP_11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String DIRECTORY = "http://127.0.0.1:" + (8081 + LocalStack.OFFSET);

    @Test
    void aLargeListArrivesWholeAndLocationsNameTheGateway() throws Exception {
        String admin = Http.token("admin-carol");
        Http.Reply created = Http.postJson(LocalStack.GATEWAY + "/api/v1/organizations", admin, """
                {"legalName": "Large Lists %s", "type": "ngo", "country": "PS", "contactEmail": "large@example.org",
                 "sectors": ["education"]}""".formatted(UUID.randomUUID()));
        assertEquals(201, created.status(), created.body());
        String organisation = created.json().get("id").asText();
        assertEquals(LocalStack.GATEWAY + "/api/v1/organizations/" + organisation, header(created.headers(), "Location"),
                "the Location the client can follow, not the service's own address");

        for (int i = 0; i < 5; i++) {
            Http.Reply project = Http.postJson(LocalStack.GATEWAY + "/api/v1/organizations/" + organisation + "/projects", admin, """
                    {"title": "Shared classrooms %d", "description": "%s", "sectors": ["education"], "status": "active"}"""
                    .formatted(i, ("Teachers from both sides plan lessons together " + i + ". ").repeat(90)));
            assertEquals(201, project.status(), project.body());
            assertTrue(header(project.headers(), "Location").startsWith(LocalStack.GATEWAY + "/api/v1/"),
                    header(project.headers(), "Location"));
        }

        String path = "/api/v1/organizations/" + organisation + "/projects";
        HttpResponse<String> direct = get11(DIRECTORY + path, admin);
        assertEquals(200, direct.statusCode());
        assertEquals("chunked", direct.headers().firstValue("Transfer-Encoding").orElse(""),
                "the service chunks a body this large, which is the case under test");
        HttpResponse<String> proxied = get11(LocalStack.GATEWAY + path, admin);
        assertEquals(HttpClient.Version.HTTP_1_1, proxied.version());
        assertEquals(200, proxied.statusCode());
        assertTrue(proxied.body().length() > 20_000, "length " + proxied.body().length());
        assertEquals(direct.body(), proxied.body(), "the whole list through the gateway");
        JsonNode projects = Http.JSON.readTree(proxied.body());
        assertEquals(5, projects.size());
    }

    /** The local stack's gateway trusts the loopback as a reverse proxy (ICCSP_TRUSTED_PROXIES). */
    @Test
    void aTrustedProxysForwardedOriginNamesTheLocation() {
        Http.Reply created = Http.postJson(LocalStack.GATEWAY + "/api/v1/organizations", Http.token("admin-carol"), """
                {"legalName": "Forwarded %s", "type": "ngo", "country": "IL", "contactEmail": "fwd@example.org",
                 "sectors": ["education"]}""".formatted(UUID.randomUUID()),
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "api.iccsp.example");
        assertEquals(201, created.status(), created.body());
        assertTrue(header(created.headers(), "Location").startsWith("https://api.iccsp.example/api/v1/organizations/"),
                header(created.headers(), "Location"));
    }

    @Test
    void bodiesOverTheLimitAreProblemsDeclaredOrChunked() throws Exception {
        String admin = Http.token("admin-carol");
        byte[] big = ("{\"legalName\": \"" + "x".repeat(3_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Http.Reply declared = Http.call("POST", LocalStack.GATEWAY + "/api/v1/organizations", admin, "application/json", big);
        assertTooLarge(declared.status(), declared.contentType(), declared.body());

        HttpResponse<String> chunked = HTTP_11.send(HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + "/api/v1/organizations"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))) // no length: chunked
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Exchanges.record("POST", chunked.uri(), chunked.statusCode(), chunked.headers().map(), chunked.body());
        assertTooLarge(chunked.statusCode(), chunked.headers().firstValue("Content-Type").orElse(""), chunked.body());
    }

    @Test
    void longUrisAndHugeHeadersAreProblems() {
        Http.Reply longUri = Http.call("GET", LocalStack.GATEWAY + "/api/v1/organizations/" + "a".repeat(5_000), null, null, null);
        assertEquals(414, longUri.status(), longUri.body());
        assertEquals("application/problem+json", longUri.contentType());
        assertEquals("https://iccsp.org/problems/uri-too-long", longUri.json().get("type").asText());

        Http.Reply hugeHeaders = Http.call("GET", LocalStack.GATEWAY + "/api/v1/sectors", null, null, null,
                "X-Padding", "p".repeat(9_000));
        assertEquals(431, hugeHeaders.status(), hugeHeaders.body());
        assertEquals("application/problem+json", hugeHeaders.contentType());
        assertEquals("https://iccsp.org/problems/headers-too-large", hugeHeaders.json().get("type").asText());
    }

    @Test
    void aPageAndAnApiAnswerCarryTheSecurityHeaders() {
        Http.Reply page = Http.call("GET", LocalStack.GATEWAY + "/directory", null, null, null, "Accept", "text/html");
        assertEquals(200, page.status());
        assertSecurityHeaders(page.headers());
        assertFalse(page.body().contains(" style="), "no inline style under the policy");

        Http.Reply answer = Http.call("GET", LocalStack.GATEWAY + "/api/v1/organizations?limit=1", Http.token("cso-alice"), null, null);
        assertEquals(200, answer.status());
        assertSecurityHeaders(answer.headers());
        assertEquals("no-store", header(answer.headers(), "Cache-Control"), "an answer to a signed-in caller is not stored");
    }

    private static void assertSecurityHeaders(java.util.Map<String, java.util.List<String>> headers) {
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                + "form-action 'self' " + LocalStack.KEYCLOAK + "; base-uri 'none'; object-src 'none'",
                header(headers, "Content-Security-Policy"));
        assertEquals("nosniff", header(headers, "X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", header(headers, "Referrer-Policy"));
        assertEquals("DENY", header(headers, "X-Frame-Options"));
    }

    private static void assertTooLarge(int status, String contentType, String body) throws Exception {
        assertEquals(413, status, body);
        assertTrue(contentType.startsWith("application/problem+json"), contentType);
        JsonNode problem = Http.JSON.readTree(body);
        assertEquals("https://iccsp.org/problems/too-large", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("exceeds"), body);
    }

    private static HttpResponse<String> get11(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP_11.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Exchanges.record("GET", response.uri(), response.statusCode(), response.headers().map(), response.body());
        return response;
    }

    private static String header(java.util.Map<String, java.util.List<String>> headers, String name) {
        return HttpHeaders.of(headers, (n, v) -> true).firstValue(name).orElse("");
    }
}
